import NIOConcurrencyHelpers
import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Vapor

/// Writes and checks the tamper-evident audit log.
/// Who did something: a logged-in user with their request, or a command-line operator.
struct AuditActor: Sendable {
    var userID: UUID?
    var name: String?
    var requestID: String?
    var ipAddress: String?

    static func commandLine(_ command: String) -> AuditActor {
        AuditActor(userID: nil, name: "cli: \(command)", requestID: nil, ipAddress: nil)
    }
}

extension Request {
    var auditActor: AuditActor {
        AuditActor(userID: currentUser?.id, name: currentUser?.name, requestID: id, ipAddress: clientIP)
    }
}

enum AuditLog {
    struct Entry: Sendable {
        var action: AuditAction
        var userID: UUID?
        var actorName: String?
        var unitID: UUID?
        var clientID: UUID?
        var recordType: String?
        var recordID: String?
        var requestID: String?
        var ipAddress: String?
        var detail: String?
    }

    /// Appends a row for the current request's user. Call it with the `db` of the
    /// transaction that makes the change, so both commit together.
    static func append(
        _ action: AuditAction, unitID: UUID? = nil, clientID: UUID? = nil, recordType: String? = nil,
        recordID: String? = nil, detail: String? = nil, on request: Request, db: (any Database)? = nil
    ) async throws {
        try await append(
            action, unitID: unitID, clientID: clientID, recordType: recordType, recordID: recordID, detail: detail,
            on: request.caller, db: db)
    }

    static func append(
        _ action: AuditAction, unitID: UUID? = nil, clientID: UUID? = nil, recordType: String? = nil,
        recordID: String? = nil, detail: String? = nil, on caller: Caller, db: (any Database)? = nil
    ) async throws {
        // A row of its own (a read, a refusal) goes through the group commit; a row that
        // belongs to a change is written inside the change's transaction (`db`).
        AuditRecorder.current?.record(
            action,
            .init(unitID: unitID, clientID: clientID, recordType: recordType ?? "", recordID: recordID, detail: detail))
        if db == nil, !AtomicScope.active, !caller.db.inTransaction, let batcher = caller.auditBatcher {
            let actor = caller.auditActor
            let entry = Entry(
                action: action, userID: actor.userID, actorName: actor.name, unitID: unitID, clientID: clientID,
                recordType: recordType, recordID: recordID, requestID: actor.requestID, ipAddress: actor.ipAddress,
                detail: detail)
            try await batcher.append(entry, now: caller.now)
            return
        }
        try await append(
            action, actor: caller.auditActor, unitID: unitID, clientID: clientID, recordType: recordType,
            recordID: recordID, detail: detail, now: caller.now, on: db ?? caller.db)
    }

    static func append(
        _ action: AuditAction, actor: AuditActor, unitID: UUID? = nil, clientID: UUID? = nil,
        recordType: String? = nil, recordID: String? = nil, detail: String? = nil, now: Date, on db: any Database
    ) async throws {
        let entry = Entry(
            action: action, userID: actor.userID, actorName: actor.name, unitID: unitID, clientID: clientID,
            recordType: recordType, recordID: recordID, requestID: actor.requestID, ipAddress: actor.ipAddress,
            detail: detail)
        try await append(entry, now: now, on: db)
    }

    /// One row of a list written at once (`append(_:rows:on:db:)`).
    struct Row: Sendable {
        var unitID: UUID?
        var clientID: UUID?
        var recordType: String
        var recordID: String?
        var detail: String? = nil
    }

    /// The rows of one action over many records (a list of clients read, the decisions
    /// saved together), chained in one write instead of one lock and read per row.
    static func append(_ action: AuditAction, rows: [Row], on request: Request, db: (any Database)? = nil)
        async throws
    {
        try await append(action, rows: rows, on: request.caller, db: db)
    }

    static func append(_ action: AuditAction, rows: [Row], on caller: Caller, db: (any Database)? = nil)
        async throws
    {
        guard !rows.isEmpty else { return }
        for row in rows { AuditRecorder.current?.record(action, row) }
        let actor = caller.auditActor
        let entries = rows.map { row in
            (
                entry: Entry(
                    action: action, userID: actor.userID, actorName: actor.name, unitID: row.unitID,
                    clientID: row.clientID, recordType: row.recordType, recordID: row.recordID,
                    requestID: actor.requestID, ipAddress: actor.ipAddress, detail: row.detail),
                now: caller.now
            )
        }
        try await write(entries, on: db ?? caller.db)
    }

    static func append(_ entry: Entry, now: Date, on db: any Database) async throws {
        try await write([(entry, now)], on: db)
    }

    /// Appends entries to the chain in one transaction, in the order given.
    static func write(_ entries: [(entry: Entry, now: Date)], on db: any Database) async throws {
        guard !entries.isEmpty else { return }
        try await db.atomically { db in
            // Appends take turns across app instances so the chain never forks.
            try await db.serializeWrites()
            // Only the chain's end is needed: two columns, not a whole event through Fluent.
            let last = try await (db as! any SQLDatabase).raw(
                "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"
            ).first()
            var sequence = try last?.decode(column: "seq", as: Int.self) ?? 0
            var previous = try last?.decode(column: "hash", as: String.self) ?? AuditChain.genesis
            var events: [AuditEvent] = []
            for (entry, now) in entries {
                let event = AuditEvent()
                sequence += 1
                event.sequence = sequence
                event.occurredAtMillis = Int64((now.timeIntervalSince1970 * 1000).rounded())
                event.userID = entry.userID
                event.actorName = entry.actorName
                event.action = entry.action.rawValue
                event.unitID = entry.unitID
                event.clientID = entry.clientID
                event.recordType = entry.recordType
                event.recordID = entry.recordID
                event.requestID = entry.requestID
                event.ipAddress = entry.ipAddress
                event.detail = entry.detail
                event.previousHash = previous
                event.hash = AuditChain.hash(event.record, previous: previous)
                previous = event.hash
                events.append(event)
            }
            // One plain multi-row INSERT: every page view writes here, and Fluent's
            // create reflects over the model's fields for each row.
            func bind<T: Encodable & Sendable>(_ value: T?) -> any SQLExpression {
                value.map { SQLBind($0) } ?? SQLLiteral.null
            }
            var insert = (db as! any SQLDatabase).insert(into: AuditEvent.schema).columns(
                "id", "seq", "occurred_at_ms", "user_id", "actor_name", "action", "unit_id", "client_id",
                "record_type", "record_id", "request_id", "ip_address", "detail", "prev_hash", "hash")
            for event in events {
                insert = insert.values(
                    SQLBind(UUID()), SQLBind(event.sequence), SQLBind(event.occurredAtMillis), bind(event.userID),
                    bind(event.actorName), SQLBind(event.action), bind(event.unitID), bind(event.clientID),
                    bind(event.recordType), bind(event.recordID), bind(event.requestID), bind(event.ipAddress),
                    bind(event.detail), SQLBind(event.previousHash), SQLBind(event.hash))
            }
            try await insert.run()
        }
    }

    /// The chain's newest row as a head to record outside the database (`AuditHead`);
    /// sequence 0 and the genesis hash when the log is empty.
    static func head(recordedAt: Date, on db: any Database) async throws -> AuditHead {
        let last = try await AuditEvent.query(on: db).sort(\.$sequence, .descending).first()
        return AuditHead(
            recordedAt: ISO8601DateFormatter().string(from: recordedAt), sequence: last?.sequence ?? 0,
            hash: last?.hash ?? AuditChain.genesis)
    }

    /// The stored hash of row `sequence`, if the row exists.
    static func hash(at sequence: Int, on db: any Database) async throws -> String? {
        try await AuditEvent.query(on: db).filter(\.$sequence == sequence).first()?.hash
    }

    static func verify(on db: any Database, pageSize: Int = 1000) async throws -> AuditChain.Finding {
        var verifier = AuditChain.Verifier()
        var after = 0
        while true {
            let page = try await AuditEvent.query(on: db)
                .filter(\.$sequence > after)
                .sort(\.$sequence)
                .limit(pageSize)
                .all()
            for event in page {
                verifier.check(event.record, storedPrevious: event.previousHash, storedHash: event.hash)
            }
            if case .broken = verifier.finding { return verifier.finding }
            guard let last = page.last, page.count == pageSize else { break }
            after = last.sequence
        }
        return verifier.finding
    }

    static let csvHeader = [
        "seq", "time_utc", "user_id", "actor", "action", "unit_id", "client_id", "record_type", "record_id",
        "request_id", "ip_address", "detail", "hash",
    ]

    /// Rows between two instants as CSV (RFC 4180, UTF-8).
    static func exportCSV(from: Date, to: Date, on db: any Database) async throws -> String {
        let fromMillis = Int64(from.timeIntervalSince1970 * 1000)
        let toMillis = Int64(to.timeIntervalSince1970 * 1000)
        let events = try await AuditEvent.query(on: db)
            .filter(\.$occurredAtMillis >= fromMillis)
            .filter(\.$occurredAtMillis < toMillis)
            .sort(\.$sequence)
            .all()
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var lines = [CSV.line(csvHeader)]
        for event in events {
            lines.append(
                CSV.line([
                    String(event.sequence), iso.string(from: event.occurredAt), event.userID?.uuidString ?? "",
                    event.actorName ?? "", event.action, event.unitID?.uuidString ?? "",
                    event.clientID?.uuidString ?? "", event.recordType ?? "", event.recordID ?? "",
                    event.requestID ?? "", event.ipAddress ?? "", event.detail ?? "", event.hash,
                ]))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}

/// Notes the audit rows a cached page part wrote while it was built (`RenderCache`), so
/// that serving it again writes the same rows: a cached read is still a read.
final class AuditRecorder: Sendable {
    struct Recorded: Sendable {
        let action: AuditAction
        let row: AuditLog.Row
    }

    @TaskLocal static var current: AuditRecorder?

    private let rows = NIOLockedValueBox<[Recorded]>([])

    func record(_ action: AuditAction, _ row: AuditLog.Row) {
        rows.withLockedValue { $0.append(.init(action: action, row: row)) }
    }

    var recorded: [Recorded] { rows.withLockedValue { $0 } }

    /// Writes `recorded` again for `request`: one row through the group commit, several
    /// chained in one write.
    static func replay(_ recorded: [Recorded], on request: Request) async throws {
        if recorded.count == 1, let only = recorded.first {
            try await AuditLog.append(
                only.action, unitID: only.row.unitID, clientID: only.row.clientID, recordType: only.row.recordType,
                recordID: only.row.recordID, detail: only.row.detail, on: request)
            return
        }
        var order: [AuditAction] = []
        var byAction: [AuditAction: [AuditLog.Row]] = [:]
        for item in recorded {
            if byAction[item.action] == nil { order.append(item.action) }
            byAction[item.action, default: []].append(item.row)
        }
        for action in order {
            try await AuditLog.append(action, rows: byAction[action] ?? [], on: request)
        }
    }
}
