import Fluent
import RinnallaCore
import Vapor

/// The worker's private iCalendar feed. The address holds a random token; the database
/// keeps only its SHA-256, so the address cannot be read back from a dump and is shown
/// once, when it is made.
enum CalendarFeedService {
    /// How far back and ahead the feed reaches.
    static let daysBack = 28
    static let daysAhead = 366

    static func current(for userID: UUID, on db: any Database) async throws -> CalendarFeed? {
        try await CalendarFeed.query(on: db).filter(\.$user.$id == userID).first()
    }

    /// Makes a new feed token, replacing (and so revoking) any earlier one.
    static func create(on caller: Caller) async throws -> String {
        let user = try caller.requireUser()
        let token = Secrets.token()
        let now = caller.now
        try await caller.db.atomically { db in
            try await CalendarFeed.query(on: db).filter(\.$user.$id == user.id).delete()
            let feed = CalendarFeed()
            feed.$user.id = user.id
            feed.tokenHash = Secrets.sha256Hex(token)
            feed.createdAt = now
            try await feed.create(on: db)
            try await AuditLog.append(
                .create, recordType: "calendar-feed", recordID: feed.id?.uuidString, on: caller, db: db)
        }
        return token
    }

    /// Ends the user's feed address; a password change or reset does this, since the
    /// address lets anyone holding it read the worker's meetings.
    static func revokeAll(userID: UUID, on db: any Database) async throws {
        try await CalendarFeed.query(on: db).filter(\.$user.$id == userID).delete()
    }

    static func revoke(on caller: Caller) async throws {
        let user = try caller.requireUser()
        try await caller.db.atomically { db in
            guard let feed = try await current(for: user.id, on: db) else { return }
            try await feed.delete(on: db)
            try await AuditLog.append(
                .delete, recordType: "calendar-feed", recordID: feed.id?.uuidString, on: caller, db: db)
        }
    }

    /// The feed for a token, or nil when no active user has it (the route answers 404).
    /// Only meetings the worker holds in units where they still read client data.
    /// `publicURL` (the configured address) makes each event link to its meeting.
    static func calendar(token: String, publicURL: String?, on caller: Caller) async throws -> String? {
        let db = caller.db
        guard !token.isEmpty,
            let feed = try await CalendarFeed.query(on: db).filter(\.$tokenHash == Secrets.sha256Hex(token)).first(),
            let user = try await User.find(feed.$user.id, on: db), user.isActive, let userID = user.id
        else { return nil }
        let memberships = try await UnitMembership.query(on: db).filter(\.$user.$id == userID).all()
        let units = Array(
            Set(
                memberships.filter { Role(rawValue: $0.role)?.capabilities.contains(.readClientData) ?? false }
                    .map(\.$unit.id)))
        let now = caller.now
        let today = Day(now)
        var meetings: [Meeting] = []
        if !units.isEmpty {
            // meetings_worker_day_idx
            meetings = try await Meeting.query(on: db).filter(\.$worker.$id == userID).filter(\.$unit.$id ~~ units)
                .filter(\.$day >= today.adding(days: -daysBack).iso)
                .filter(\.$day <= today.adding(days: daysAhead).iso)
                .field(\.$id).field(\.$client.$id).field(\.$startsAt).field(\.$durationMinutes).field(\.$type)
                .field(\.$place).field(\.$status).sort(\.$startsAt).all()
        }
        let clientIDs = Array(Set(meetings.map(\.$client.id)))
        var initials: [UUID: String] = [:]
        if !clientIDs.isEmpty {
            for client in try await ClientRecord.query(on: db).filter(\.$id ~~ clientIDs).field(\.$id).field(\.$name)
                .all()
            {
                if let id = client.id { initials[id] = WorkerDay.initials(client.name) }
            }
        }
        let language = Language(rawValue: user.language) ?? .default
        let t = { (key: L10nKey) in Localizer.shared.text(key, language) }
        let base = publicURL.map {
            $0.hasSuffix("/") ? String($0.dropLast()) : $0
        }
        let events = meetings.compactMap { meeting -> ICalendar.Event? in
            guard let id = meeting.id else { return nil }
            let type = L10nKey(rawValue: "meetings.type.\(meeting.type)").map(t) ?? meeting.type
            let place = L10nKey(rawValue: "meetings.place.\(meeting.place)").map(t) ?? meeting.place
            // The minimum that leaves the system: meeting type and the client's initials.
            // No identity code, full name, record, task or methods.
            let who = initials[meeting.$client.id] ?? ""
            return ICalendar.Event(
                uid: "\(id.uuidString.lowercased())@rinnalla", stamp: now, start: meeting.startsAt,
                end: meeting.startsAt.addingTimeInterval(Double(meeting.durationMinutes) * 60),
                summary: who.isEmpty ? type : "\(type) – \(who)", location: place,
                url: base.map { $0 + SiteRoute.meeting(id).href },
                status: meeting.status == ActivityAllowance.MeetingStatus.cancelled.rawValue ? "CANCELLED" : "CONFIRMED"
            )
        }
        try await AuditLog.append(
            .view,
            actor: AuditActor(
                userID: userID, name: "calendar feed: \(user.name)", requestID: caller.auditActor.requestID,
                ipAddress: caller.auditActor.ipAddress),
            recordType: "calendar-feed", recordID: feed.id?.uuidString, detail: "\(events.count) meetings", now: now,
            on: db)
        return ICalendar(name: t(.calendarName), events: events).render()
    }
}
