import Fluent
import RinnallaCore
import Vapor

struct AuditCommands: AsyncCommandGroup {
    var help: String { "Export and verify the audit log." }
    var commands: [String: any AnyAsyncCommand] { ["export": AuditExportCommand(), "verify": AuditVerifyCommand()] }
}

struct AuditExportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "from", help: "First day, d.M.yyyy or yyyy-MM-dd") var from: String?
        @Option(name: "to", help: "Last day (inclusive), d.M.yyyy or yyyy-MM-dd") var to: String?
        @Option(name: "output", short: "o", help: "File to write; standard output if omitted") var output: String?
    }

    var help: String { "Writes the audit rows of a date range as CSV." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let from = signature.from.flatMap(Formatting.parseDay) else {
            throw CommandErrors.Reported(description: "error (from): give the first day as d.M.yyyy or yyyy-MM-dd")
        }
        guard let toDay = signature.to.flatMap(Formatting.parseDay) else {
            throw CommandErrors.Reported(description: "error (to): give the last day as d.M.yyyy or yyyy-MM-dd")
        }
        guard toDay >= from else {
            throw CommandErrors.Reported(description: "error (to): the last day is before the first day")
        }
        let to = Formatting.calendar.date(byAdding: .day, value: 1, to: toDay) ?? toDay
        let csv = try await AuditLog.exportCSV(from: from, to: to, on: app.db)
        try await AuditLog.append(
            .export, actor: .commandLine("audit export"), recordType: "audit-log",
            detail: "\(signature.from ?? "")–\(signature.to ?? "")", now: app.clock.now(), on: app.db)
        if let output = signature.output {
            try csv.write(toFile: output, atomically: true, encoding: .utf8)
            context.console.print("Wrote \(output)")
        } else {
            FileHandle.standardOutput.write(Data(csv.utf8))
        }
    }
}

struct AuditVerifyCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Walks the audit log's hash chain and names the first row that does not match." }

    func run(using context: CommandContext, signature: Signature) async throws {
        switch try await AuditLog.verify(on: context.application.db) {
        case .intact(let rows):
            context.console.print("Audit log intact: \(rows) rows verified.")
        case .broken(let sequence, let reason):
            throw CommandErrors.Reported(description: "audit log broken at row \(sequence): \(reason.rawValue)")
        }
    }
}
