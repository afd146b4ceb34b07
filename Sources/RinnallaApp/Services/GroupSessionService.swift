import Fluent
import RinnallaCore
import SQLKit
import Vapor

/// A group session as the page forms (add, change) send it, before it is checked; its
/// coding keys name the fields for the views and the errors (issue 14).
struct GroupSessionForm: PageForm, Sendable {
    var day: String?
    var startTime: String?
    var endTime: String?
    var place: String?
    var note: String?

    enum CodingKeys: String, CodingKey {
        case day, startTime, endTime, place, note
    }
}

/// Cancelling a session: the reason told to the members.
struct SessionCancelForm: PageForm, Sendable {
    var cancelReason: String?

    enum CodingKeys: String, CodingKey {
        case cancelReason
    }
}

/// A group's sessions: made from its schedule (again and again without duplicates),
/// changed, cancelled with a reason, or added by hand by the owning unit's staff.
enum GroupSessionService {
    typealias Input = GroupSessionForm

    struct Valid: Sendable {
        var day: Day
        var start: Int
        var end: Int
        var place: String
        var note: String
    }

    static func validate(_ input: Input) throws -> Valid {
        let day = try GroupService.day(input.day, field: GroupSessionForm.name(.day))
        let start = try GroupService.time(input.startTime, field: GroupSessionForm.name(.startTime))
        let end = try GroupService.time(input.endTime, field: GroupSessionForm.name(.endTime))
        guard end > start else {
            throw AppError.invalid(.groupsErrorEndBeforeStart, field: GroupSessionForm.name(.endTime))
        }
        let place = try GroupService.text(
            input.place, field: GroupSessionForm.name(.place), required: true, max: GroupService.maximumShortText)
        let note = try GroupService.text(
            input.note, field: GroupSessionForm.name(.note), required: false, max: GroupService.maximumLongText)
        return Valid(day: day, start: start, end: end, place: place, note: note)
    }

    /// Makes the sessions the schedule gives between the group's first and last day that
    /// are not there yet (the unique `group_id, schedule_key` index backs this up), and
    /// removes sessions still to come that the schedule no longer gives, unless they were
    /// moved, cancelled or already have attendance. Call inside the action's transaction.
    @discardableResult
    static func generate(_ group: ActivityGroup, today: Day, on db: any Database) async throws
        -> (added: Int, removed: Int)
    {
        let groupID = try group.requireID()
        guard let range = group.range else { return (0, 0) }
        let wanted = group.schedule.days(in: range)
        let wantedKeys = Set(wanted.map(\.iso))
        let existing = try await GroupSession.query(on: db).filter(\.$group.$id == groupID)
            .filter(\.$scheduleKey != nil).all()
        var removed = 0
        let stale = existing.filter { session in
            guard let key = session.scheduleKey, !wantedKeys.contains(key) else { return false }
            return session.day == key && session.day >= today.iso && !session.isCancelled
                && session.attendanceSavedAt == nil
        }
        if !stale.isEmpty {
            let ids = stale.compactMap(\.id)
            let recorded = try await GroupAttendanceRecord.query(on: db).filter(\.$session.$id ~~ ids).all(
                \.$session.$id)
            let removable = Set(ids).subtracting(recorded)
            if !removable.isEmpty {
                try await GroupSession.query(on: db).filter(\.$id ~~ Array(removable)).delete()
                removed = removable.count
            }
        }
        let have = Set(existing.compactMap(\.scheduleKey))
        let sessions = wanted.filter { !have.contains($0.iso) }.map { day in
            let session = GroupSession()
            session.$group.id = groupID
            session.$unit.id = group.$unit.id
            session.day = day.iso
            session.startMinutes = group.startMinutes
            session.endMinutes = group.endMinutes
            session.place = group.place
            session.note = ""
            session.status = GroupSession.planned
            session.cancelReason = ""
            session.scheduleKey = day.iso
            session.walkIns = 0
            return session
        }
        if !sessions.isEmpty { try await sessions.create(on: db) }
        return (sessions.count, removed)
    }

    /// Sessions to come that still had the group's old place or time get the new ones.
    static func follow(
        groupID: UUID, from today: Day, old: (place: String, start: Int, end: Int),
        new: (place: String, start: Int, end: Int), on db: any Database
    ) async throws {
        func upcoming() -> QueryBuilder<GroupSession> {
            GroupSession.query(on: db).filter(\.$group.$id == groupID).filter(\.$day >= today.iso)
                .filter(\.$status == GroupSession.planned).filter(\.$attendanceSavedAt == nil)
        }
        if old.place != new.place {
            try await upcoming().filter(\.$place == old.place).set(\.$place, to: new.place).update()
        }
        if old.start != new.start || old.end != new.end {
            try await upcoming().filter(\.$startMinutes == old.start).filter(\.$endMinutes == old.end)
                .set(\.$startMinutes, to: new.start).set(\.$endMinutes, to: new.end).update()
        }
    }

    /// A session of a group the user may read (its times and place are catalogue
    /// information).
    static func find(_ sessionID: UUID, on caller: Caller) async throws -> GroupSession {
        let user = try caller.requireUser()
        guard user.can(.readClientData), let session = try await GroupSession.find(sessionID, on: caller.db) else {
            throw AppError.notFound
        }
        return session
    }

    /// A session of the user's own unit's group: for changes and attendance.
    static func editable(_ sessionID: UUID, on caller: Caller) async throws -> GroupSession {
        let user = try caller.requireUser()
        guard let session = try await GroupSession.find(sessionID, on: caller.db),
            user.can(.writeClientData, inUnit: session.$unit.id)
        else { throw AppError.notFound }
        return session
    }

    static func add(_ input: Input, groupID: UUID, on caller: Caller) async throws -> GroupSession {
        let group = try await GroupService.editable(groupID, on: caller)
        let valid = try validate(input)
        return try await caller.db.atomically { db in
            let session = GroupSession()
            session.$group.id = groupID
            session.$unit.id = group.$unit.id
            apply(valid, to: session)
            session.status = GroupSession.planned
            session.cancelReason = ""
            session.scheduleKey = nil
            session.walkIns = 0
            try await session.create(on: db)
            try await AuditLog.append(
                .create, unitID: group.$unit.id, recordType: "group-session", recordID: session.id?.uuidString,
                detail: "day=\(valid.day.iso)", on: caller, db: db)
            return session
        }
    }

    static func update(_ sessionID: UUID, _ input: Input, on caller: Caller) async throws -> GroupSession {
        let session = try await editable(sessionID, on: caller)
        let valid = try validate(input)
        return try await caller.db.atomically { db in
            apply(valid, to: session)
            try await session.update(on: db)
            // Attendance already marked moves with its session's day.
            try await GroupAttendanceRecord.query(on: db).filter(\.$session.$id == sessionID)
                .set(\.$day, to: valid.day.iso).update()
            try await AuditLog.append(
                .update, unitID: session.$unit.id, recordType: "group-session", recordID: sessionID.uuidString,
                detail: "day=\(valid.day.iso)", on: caller, db: db)
            return session
        }
    }

    /// Cancels a session with the reason told to the members. A session with attendance
    /// marked is not cancelled: it took place.
    static func cancel(_ sessionID: UUID, reason: String?, on caller: Caller) async throws -> GroupSession {
        let session = try await editable(sessionID, on: caller)
        let reason = try GroupService.text(
            reason, field: SessionCancelForm.name(.cancelReason), required: true, max: GroupService.maximumShortText)
        guard !session.isCancelled else { throw AppError.invalid(.groupsSessionAlreadyCancelled, field: nil) }
        guard session.attendanceSavedAt == nil else {
            throw AppError.invalid(.groupsSessionHasAttendance, field: SessionCancelForm.name(.cancelReason))
        }
        return try await caller.db.atomically { db in
            session.status = GroupSession.cancelled
            session.cancelReason = reason
            try await session.update(on: db)
            try await AuditLog.append(
                .update, unitID: session.$unit.id, recordType: "group-session", recordID: sessionID.uuidString,
                detail: "cancelled", on: caller, db: db)
            return session
        }
    }

    private static func apply(_ valid: Valid, to session: GroupSession) {
        session.day = valid.day.iso
        session.startMinutes = valid.start
        session.endMinutes = valid.end
        session.place = valid.place
        session.note = valid.note
    }

    /// A group's sessions from `first` on (all when nil), in time order.
    static func sessions(ofGroup groupID: UUID, from first: Day? = nil, limit: Int? = nil, on db: any Database)
        async throws -> [GroupSession]
    {
        var query = GroupSession.query(on: db).filter(\.$group.$id == groupID)
        if let first { query = query.filter(\.$day >= first.iso) }
        query = query.sort(\.$day).sort(\.$startMinutes)
        if let limit { query = query.limit(limit) }
        return try await query.all()
    }

    /// The latest sessions before `day`, newest first.
    static func recent(ofGroup groupID: UUID, before day: Day, limit: Int, on db: any Database) async throws
        -> [GroupSession]
    {
        try await GroupSession.query(on: db).filter(\.$group.$id == groupID).filter(\.$day < day.iso)
            .sort(\.$day, .descending).sort(\.$startMinutes, .descending).limit(limit).all()
    }
}
