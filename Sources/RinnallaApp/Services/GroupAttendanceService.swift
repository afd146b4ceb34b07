import Fluent
import RinnallaCore
import SQLKit
import Vapor

/// A session's attendance as the page form sends it: a status per member
/// (`name(status:)`) and the number of walk-ins; its coding keys name the fields for the
/// views and the errors (issue 14).
struct AttendanceForm: PageForm, Sendable {
    var walkIns: String?
    /// The status chosen per client ID, as sent.
    var statuses: [UUID: String] = [:]

    enum CodingKeys: String, CodingKey {
        case walkIns
    }

    static let statusPrefix = "status-"
    /// The status field of a member.
    static func name(status clientID: UUID) -> String { statusPrefix + clientID.uuidString }

    init(walkIns: String? = nil, statuses: [UUID: String] = [:]) {
        self.walkIns = walkIns
        self.statuses = statuses
    }

    init() { self.init(walkIns: nil) }

    /// The walk-ins decode with the coding key, the statuses by their prefix.
    init(from decoder: any Decoder) throws {
        let statuses = try decoder.container(keyedBy: FormFieldKey.self).texts(prefixedByID: Self.statusPrefix)
        self.init(
            walkIns: try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .walkIns),
            statuses: statuses)
    }
}

/// Attendance at a group session: marked on one screen and saved in one transaction;
/// saving again updates (unique `session_id, client_id`). Attended sessions are the
/// client's activity days in their period, like realised meetings.
enum GroupAttendanceService {
    struct Entry: Sendable {
        let clientID: UUID
        let name: String
        let unitID: UUID
        var status: AttendanceStatus?
    }

    /// The clients to mark: members on the session's day, and anyone already marked.
    static func roster(of session: GroupSession, on db: any Database) async throws -> [Entry] {
        let sessionID = try session.requireID()
        let records = try await GroupAttendanceRecord.query(on: db).filter(\.$session.$id == sessionID).all()
        let enrolments = try await GroupEnrolment.query(on: db).filter(\.$group.$id == session.$group.id)
            .filter(\.$enrolledOn <= session.day)
            .group(.or) { $0.filter(\.$leftOn == nil).filter(\.$leftOn > session.day) }
            .all()
        var units: [UUID: UUID] = [:]
        for enrolment in enrolments { units[enrolment.$client.id] = enrolment.$unit.id }
        for record in records { units[record.$client.id] = record.$unit.id }
        guard !units.isEmpty else { return [] }
        let names = try await ClientRecord.query(on: db).filter(\.$id ~~ Array(units.keys)).field(\.$id)
            .field(\.$name).all()
        let statuses = Dictionary(records.map { ($0.$client.id, $0.attendance) }, uniquingKeysWith: { a, _ in a })
        return names.compactMap { client in
            guard let id = client.id, let unit = units[id] else { return nil }
            return Entry(clientID: id, name: client.name, unitID: unit, status: statuses[id] ?? nil)
        }.sorted { $0.name < $1.name }
    }

    /// The attendance screen's data, audited as a view of each listed client.
    static func view(_ sessionID: UUID, on caller: Caller) async throws -> (GroupSession, [Entry]) {
        let session = try await GroupSessionService.editable(sessionID, on: caller)
        let roster = try await roster(of: session, on: caller.db)
        try await AuditLog.append(
            .view,
            rows: roster.map {
                .init(
                    unitID: $0.unitID, clientID: $0.clientID, recordType: "group-attendance",
                    recordID: sessionID.uuidString)
            }, on: caller)
        return (session, roster)
    }

    static let maximumWalkIns = 500

    /// Saves the session's attendance in one transaction. `statuses` maps a client to
    /// "present", "absent" or "excused"; clients not given keep what they had. Refused
    /// input names its field (`status-<clientID>`, `walkIns`) and changes nothing.
    static func save(
        _ sessionID: UUID, statuses: [UUID: String], walkIns: String?, on caller: Caller
    ) async throws -> GroupSession {
        let session = try await GroupSessionService.editable(sessionID, on: caller)
        let user = try caller.requireUser()
        guard !session.isCancelled else { throw AppError.invalid(.groupsErrorSessionCancelled, field: nil) }
        guard let day = session.sessionDay, day <= Day(caller.now) else {
            throw AppError.invalid(.groupsErrorSessionFuture, field: nil)
        }
        let roster = try await roster(of: session, on: caller.db)
        let byClient = Dictionary(uniqueKeysWithValues: roster.map { ($0.clientID, $0) })
        var valid: [(Entry, AttendanceStatus)] = []
        for (clientID, raw) in statuses.sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
            let field = AttendanceForm.name(status: clientID)
            guard let entry = byClient[clientID] else {
                throw AppError.invalid(.groupsErrorNotMember, field: field)
            }
            guard let status = AttendanceStatus(rawValue: raw.trimmingCharacters(in: .whitespaces)) else {
                throw AppError.invalid(.groupsErrorChoice, field: field, arguments: ["field": entry.name])
            }
            valid.append((entry, status))
        }
        let walkInText = InputRules.trimmed(walkIns) ?? "0"
        guard let walkInCount = BoundedInput.integer(walkInText, in: 0...maximumWalkIns) else {
            throw AppError.invalid(
                .groupsErrorWalkIns, field: AttendanceForm.name(.walkIns), arguments: ["max": String(maximumWalkIns)])
        }
        let periods = try await periodOnDay(day, clients: valid.map(\.0.clientID), on: caller.db)
        let now = caller.now
        let groupID = session.$group.id
        let marked = valid
        return try await caller.db.atomically { db in
            // Two saves of the same session take turns, so neither inserts a second row
            // for a client (the unique index would refuse it anyway).
            try await db.serializeWrites()
            let existing = try await GroupAttendanceRecord.query(on: db).filter(\.$session.$id == sessionID).all()
            let had = Dictionary(existing.map { ($0.$client.id, $0) }, uniquingKeysWith: { a, _ in a })
            for (entry, status) in marked {
                let record = had[entry.clientID] ?? GroupAttendanceRecord()
                let before = record.id == nil ? nil : record.status
                record.$session.id = sessionID
                record.$group.id = groupID
                record.$client.id = entry.clientID
                record.$unit.id = entry.unitID
                record.$period.id = periods[entry.clientID]
                record.day = day.iso
                record.status = status.rawValue
                record.$recordedBy.id = user.id
                try await record.save(on: db)
                if before != status.rawValue {
                    try await AuditLog.append(
                        before == nil ? .create : .update, unitID: entry.unitID, clientID: entry.clientID,
                        recordType: "group-attendance", recordID: record.id?.uuidString,
                        detail: "session=\(sessionID) \(status.rawValue)", on: caller, db: db)
                }
            }
            session.walkIns = walkInCount
            session.attendanceSavedAt = now
            try await session.update(on: db)
            try await AuditLog.append(
                .update, unitID: session.$unit.id, recordType: "group-session", recordID: sessionID.uuidString,
                detail: "attendance \(marked.count) walk-ins \(walkInCount)", on: caller, db: db)
            return session
        }
    }

    /// The client's period that `day` belongs to: the open one, or a closed one that was
    /// running then. Its activity days then include the session.
    static func periodOnDay(_ day: Day, clients: [UUID], on db: any Database) async throws -> [UUID: UUID] {
        guard !clients.isEmpty else { return [:] }
        let periods = try await RehabilitationPeriod.query(on: db).filter(\.$client.$id ~~ clients)
            .field(\.$id).field(\.$client.$id).field(\.$status).field(\.$createdAt).field(\.$closedAt).all()
        var result: [UUID: UUID] = [:]
        for client in clients {
            let candidates = periods.filter { $0.$client.id == client }.filter { period in
                if let closed = period.closedAt, Day(closed) < day { return false }
                return true
            }
            let chosen =
                candidates.first(where: \.isOpen)
                ?? candidates.filter { !$0.isOpen }.max {
                    ($0.closedAt ?? .distantPast) < ($1.closedAt ?? .distantPast)
                }
            if let id = chosen?.id { result[client] = id }
        }
        return result
    }

    /// Present clients of each session.
    static func presentCounts(of sessionIDs: [UUID], on db: any Database) async throws -> [UUID: Int] {
        guard !sessionIDs.isEmpty else { return [:] }
        let rows = try await (db as! any SQLDatabase).select().column("session_id")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(GroupAttendanceRecord.schema)
            .where("session_id", .in, sessionIDs).where("status", .equal, AttendanceStatus.present.rawValue)
            .groupBy("session_id").all()
        var result: [UUID: Int] = [:]
        for row in rows {
            result[try row.decode(column: "session_id", as: UUID.self)] = try row.decode(column: "n", as: Int.self)
        }
        return result
    }

    /// The periods' marked sessions as the allowance sees them (group_attendance_period_day_idx),
    /// from `from` on when given. Read as plain rows, like the home page's meetings.
    static func allowanceMeetings(ofPeriods periodIDs: [UUID], from: Day? = nil, on db: any Database) async throws
        -> [UUID: [ActivityAllowance.Meeting]]
    {
        guard !periodIDs.isEmpty else { return [:] }
        var query = (db as! any SQLDatabase).select().column("period_id").column("day").column("status")
            .from(GroupAttendanceRecord.schema).where("period_id", .in, periodIDs)
        if let from { query = query.where("day", .greaterThanOrEqual, from.iso) }
        var result: [UUID: [ActivityAllowance.Meeting]] = [:]
        for row in try await query.all() {
            guard let day = Day(iso: try row.decode(column: "day", as: String.self)),
                let status = AttendanceStatus(rawValue: try row.decode(column: "status", as: String.self))
            else { continue }
            result[try row.decode(column: "period_id", as: UUID.self), default: []].append(
                GroupAttendance.allowanceMeeting(day: day, status: status))
        }
        return result
    }

    /// Per client, how many of their latest marked sessions of the group (since they
    /// joined) they missed in a row.
    static func missedInARow(groupID: UUID, enrolments: [GroupEnrolment], on db: any Database) async throws
        -> [UUID: Int]
    {
        let since = Dictionary(
            enrolments.map { ($0.$client.id, $0.enrolledOn) }, uniquingKeysWith: { a, _ in a })
        guard !since.isEmpty else { return [:] }
        let records = try await GroupAttendanceRecord.query(on: db).filter(\.$group.$id == groupID)
            .filter(\.$client.$id ~~ Array(since.keys)).sort(\.$day).all()
        var statuses: [UUID: [AttendanceStatus]] = [:]
        for record in records {
            guard let status = record.attendance, record.day >= (since[record.$client.id] ?? "") else { continue }
            statuses[record.$client.id, default: []].append(status)
        }
        return statuses.mapValues(GroupAttendance.missedInARow)
    }
}
