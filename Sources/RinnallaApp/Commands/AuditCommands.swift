import Fluent
import RinnallaCore
import Vapor

struct AuditCommands: AsyncCommandGroup {
    var help: String { "Export and verify the audit log." }
    var commands: [String: any AnyAsyncCommand] {
        [
            "export": AuditExportCommand(), "verify": AuditVerifyCommand(), "head": AuditHeadCommand(),
        ]
    }
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
    struct Signature: CommandSignature {
        @Option(name: "expect-head", help: "A head recorded earlier, SEQUENCE:HASH; the row must still hold that hash")
        var expectHead: String?
        @Option(name: "heads", help: "A file of heads recorded by 'rinnalla audit head --append FILE'")
        var heads: String?
    }

    var help: String {
        "Walks the audit log's hash chain and names the first row that does not match; with --expect-head or --heads also checks heads recorded outside the database (deleted newest rows, a rewritten chain)."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let db = context.application.db
        switch try await AuditLog.verify(on: db) {
        case .intact(let rows):
            context.console.print("Audit log intact: \(rows) rows verified.")
        case .broken(let sequence, let reason):
            throw CommandErrors.Reported(description: "audit log broken at row \(sequence): \(reason.rawValue)")
        }
        var lines: [String] = []
        if let expected = signature.expectHead {
            let parts = expected.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw CommandErrors.Reported(description: "error (expect-head): give SEQUENCE:HASH")
            }
            lines.append("given \(parts[0]) \(parts[1])")
        }
        if let file = signature.heads {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw CommandErrors.Reported(description: "error (heads): cannot read \(file)")
            }
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        guard !lines.isEmpty else { return }
        // A head given on the command line carries no HMAC; only the file's lines are signed.
        let key = AuditHead.key(Environment.get("RINNALLA_AUDIT_KEY"))
        var problems: [AuditAnchor.Problem] = []
        if signature.expectHead != nil {
            problems += try await AuditAnchor.check([lines.removeFirst()], key: nil) {
                try await AuditLog.hash(at: $0, on: db)
            }
        }
        problems += try await AuditAnchor.check(lines, key: key) { try await AuditLog.hash(at: $0, on: db) }
        guard problems.isEmpty else {
            throw CommandErrors.Reported(description: problems.map(Self.describe).joined(separator: "\n"))
        }
        context.console.print("Recorded heads match: no row deleted from the end, no chain rewritten.")
    }

    static func describe(_ problem: AuditAnchor.Problem) -> String {
        switch problem {
        case .unreadable(let line): "heads line \(line): not a recorded head"
        case .forgedRecord(let line): "heads line \(line): its HMAC does not match RINNALLA_AUDIT_KEY (forged record)"
        case .truncated(let sequence, let at):
            "audit log truncated: row \(sequence), recorded as the head at \(at), is missing"
        case .rewritten(let sequence, let at):
            "audit log rewritten: row \(sequence) no longer holds the hash recorded at \(at)"
        }
    }
}

struct AuditHeadCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "append", help: "Also append the head to this file (outside the database)")
        var append: String?
    }

    var help: String {
        "Prints the audit chain's head (newest sequence and hash); run daily, with --append, to a file the database's users cannot write."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        var head = try await AuditLog.head(recordedAt: app.clock.now(), on: app.db)
        if let key = AuditHead.key(Environment.get("RINNALLA_AUDIT_KEY")) { head = head.signed(with: key) }
        if let path = signature.append {
            let line = Data((head.line + "\n").utf8)
            if !FileManager.default.fileExists(atPath: path) {
                guard FileManager.default.createFile(atPath: path, contents: nil) else {
                    throw CommandErrors.Reported(description: "error (append): cannot create \(path)")
                }
            }
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw CommandErrors.Reported(description: "error (append): cannot write \(path)")
            }
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: line)
        }
        context.console.print(head.line)
    }
}
