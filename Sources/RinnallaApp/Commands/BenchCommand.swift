import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Vapor

/// `rinnalla bench social-report [--unit NAME] [--from M/YYYY] [--to M/YYYY] [--runs N]`: times the
/// social report's counting (the SQL and the small-cell protection, no HTTP) on the
/// current database, for bench/README.md.
struct BenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "what", help: "social-report | inclusion")
        var what: String
        @Option(name: "unit", help: "Unit name (default the demo outreach unit)")
        var unit: String?
        @Option(name: "from", help: "First month, M/yyyy or a day in it (default 24 months back)")
        var from: String?
        @Option(name: "to", help: "Last month, M/yyyy or a day in it (default the last month that has ended)")
        var to: String?
        @Option(name: "runs", help: "Timed runs after one warm-up (default 5)")
        var runs: Int?
        @Option(name: "import-rows", help: "inclusion: rows of the CSV import timed (default 100,000)")
        var importRows: Int?
    }

    var help: String { "Times the social report's queries on the current database." }

    func run(using context: CommandContext, signature: Signature) async throws {
        if signature.what == "inclusion" {
            try await InclusionBench.run(
                context.application, runs: signature.runs ?? 5, importRows: signature.importRows ?? 100_000
            ) { context.console.print($0) }
            return
        }
        guard signature.what == "social-report" else {
            context.console.print("unknown benchmark: \(signature.what)")
            return
        }
        let app = context.application
        let name = signature.unit ?? DemoData.outreach
        guard let unit = try await OrgUnit.query(on: app.db).filter(\.$name == name).first() else {
            context.console.print("no unit named \(name)")
            return
        }
        let today = Day(app.clock.now())
        // Whole months as the report itself takes them (issue 13, item 9): a day is widened
        // to its month; by default the 24 months that have ended.
        let lastEnded = ReportMonths.lastEnded(today: today)
        let from =
            signature.from.flatMap { Day(parsing: $0) ?? (try? ReportMonths.first($0).get()) }
            .map { Day($0.year, $0.month, 1) }
            ?? (lastEnded.month == 12 ? Day(lastEnded.year - 1, 1, 1) : Day(lastEnded.year - 2, lastEnded.month + 1, 1))
        let to =
            signature.to.flatMap { Day(parsing: $0) ?? (try? ReportMonths.last($0, today: today).get()) }
            .map { Day($0.year, $0.month, Day.daysInMonth($0.year, $0.month)) } ?? lastEnded
        let query = SocialReportService.Query(unitID: try unit.requireID(), from: from, to: to, areaID: nil)
        let contacts = try await Contact.query(on: app.db).count()
        let inRange = try await Contact.query(on: app.db).filter(\.$unit.$id == query.unitID)
            .filter(\.$day >= from.iso).filter(\.$day <= to.iso).count()
        context.console.print(
            "\(contacts) contacts in the database, \(inRange) of \(name) in \(from.finnish)–\(to.finnish)")
        var times: [Double] = []
        for run in 0...(signature.runs ?? 5) {
            let started = Date()
            let report = try await SocialReportService.report(query, on: app.db)
            let seconds = Date().timeIntervalSince(started)
            if run == 0 {
                context.console.print(
                    "warm-up \(String(format: "%.0f", seconds * 1000)) ms; total shown: \(ProtectedCountText.text(report.channelByMonth.total, language: .en))"
                )
            } else {
                times.append(seconds)
            }
        }
        let sorted = times.sorted()
        context.console.print(
            "social report: median \(String(format: "%.0f", sorted[sorted.count / 2] * 1000)) ms, min \(String(format: "%.0f", sorted[0] * 1000)) ms, max \(String(format: "%.0f", sorted[sorted.count - 1] * 1000)) ms over \(sorted.count) runs"
        )
    }
}
