import Fluent
import Foundation
import RinnallaCore
import SQLKit

extension Caseload {
    /// What the home page's lists need of a rehabilitation or allowance decision.
    struct DecisionRow: Sendable {
        let id: UUID
        let periodID: UUID
        let kind: String
        let number: String
        let firstDay: String
        let lastDay: String
        let resolution: String
        let correctsID: UUID?
        /// An allowance decision's sum.
        let amountCents: Int?
        /// The day the decision was made.
        let made: Day?

        var range: DayRange? {
            guard let first = Day(iso: firstDay), let last = Day(iso: lastDay) else { return nil }
            return DayRange(first, last)
        }
        var isGranted: Bool { resolution == DecisionTexts.Resolution.positive.rawValue }
        var isRehabilitation: Bool { kind == Decision.Kind.rehabilitation.rawValue }
        var isAllowance: Bool { kind == Decision.Kind.allowance.rawValue }
    }

    /// The caseload's rehabilitation and allowance decisions, read once for every list on
    /// the home page, as plain rows: Fluent's per-row model reflection of `Decision` was
    /// about a third of the page's time when three lists each loaded them (perf, bench/).
    static func decisions(of periodIDs: [UUID], on db: any Database) async throws -> [UUID: [DecisionRow]] {
        guard !periodIDs.isEmpty else { return [:] }
        // decisions_period_idx
        let rows = try await (db as! any SQLDatabase).select()
            .columns(
                "id", "period_id", "kind", "number", "first_day", "last_day", "resolution", "corrects_id",
                "amount_cents", "created_at"
            )
            .from(Decision.schema)
            .where("period_id", .in, periodIDs)
            .where("kind", .in, [Decision.Kind.rehabilitation.rawValue, Decision.Kind.allowance.rawValue])
            .orderBy("number")
            .all()
        var byPeriod: [UUID: [DecisionRow]] = [:]
        for row in rows {
            let decision = DecisionRow(
                id: try row.decode(column: "id", as: UUID.self),
                periodID: try row.decode(column: "period_id", as: UUID.self),
                kind: try row.decode(column: "kind", as: String.self),
                number: try row.decode(column: "number", as: String.self),
                firstDay: try row.decode(column: "first_day", as: String.self),
                lastDay: try row.decode(column: "last_day", as: String.self),
                resolution: try row.decode(column: "resolution", as: String.self),
                correctsID: try row.decode(column: "corrects_id", as: UUID?.self),
                amountCents: try row.decode(column: "amount_cents", as: Int?.self),
                made: try row.decode(column: "created_at", as: Date?.self).map { Day($0) })
            byPeriod[decision.periodID, default: []].append(decision)
        }
        return byPeriod
    }

    /// The granted rehabilitation decisions' day ranges of a period, in order.
    func grantedRanges(of periodID: UUID) -> [DayRange] {
        (decisions[periodID] ?? []).filter { $0.isRehabilitation && $0.isGranted }.compactMap(\.range)
            .sorted { $0.first < $1.first }
    }
}
