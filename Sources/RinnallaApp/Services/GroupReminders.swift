import Fluent
import Foundation
import RinnallaCore

/// The home page's group lists: today's sessions of the groups the user leads (one tap
/// to their attendance), and the caseload's clients who missed the latest two sessions
/// of a group in a row ("Seuraa osallistumista · Tartu asiaan, jos poissaoloja").
enum GroupReminders: WorkerReminderList {
    struct SessionItem: Sendable {
        let sessionID: UUID
        let groupID: UUID
        let groupName: String
        let time: String
        let place: String
        let recorded: Bool
        let led: Bool
    }

    struct AbsenceItem: Sendable {
        let periodID: UUID
        let clientID: UUID
        let clientName: String
        let groupID: UUID
        let groupName: String
        let missed: Int
        let lastMissed: Day
    }

    static func fill(_ reminders: inout WorkerReminders, caseload: Caseload, on db: any Database) async throws {
        let led = try await GroupLeader.query(on: db).filter(\.$user.$id == caseload.userID).all(\.$group.$id)
        // Shown only to group leaders: for everyone else an empty list would be noise.
        reminders.groupSessionsToday =
            led.isEmpty
            ? nil
            : try await sessionsToday(
                ledGroups: led, unitIDs: caseload.unitIDs, today: reminders.today, ledOnly: true, on: db)
        reminders.groupAbsences = try await absences(caseload: caseload, today: reminders.today, on: db)
    }

    static func sessionsToday(for user: CurrentUser, today: Day, ledOnly: Bool, on db: any Database) async throws
        -> [SessionItem]
    {
        let led = try await GroupLeader.query(on: db).filter(\.$user.$id == user.id).all(\.$group.$id)
        return try await sessionsToday(
            ledGroups: led, unitIDs: user.clientDataUnitIDs.filter { user.can(.writeClientData, inUnit: $0) },
            today: today, ledOnly: ledOnly, on: db)
    }

    /// Today's sessions that are not cancelled (group_sessions_day_idx): of the groups
    /// led, and unless `ledOnly` of every group of `unitIDs`; led ones first, by time.
    /// Attendance is marked by the owning unit's staff, so only its sessions are listed.
    static func sessionsToday(
        ledGroups: [UUID], unitIDs: [UUID], today: Day, ledOnly: Bool, on db: any Database
    ) async throws -> [SessionItem] {
        guard !unitIDs.isEmpty else { return [] }
        var query = GroupSession.query(on: db).filter(\.$day == today.iso)
            .filter(\.$status == GroupSession.planned).filter(\.$unit.$id ~~ unitIDs)
        if ledOnly {
            guard !ledGroups.isEmpty else { return [] }
            query = query.filter(\.$group.$id ~~ ledGroups)
        }
        let sessions = try await query.all()
        guard !sessions.isEmpty else { return [] }
        let names = Dictionary(
            try await ActivityGroup.query(on: db).filter(\.$id ~~ Array(Set(sessions.map(\.$group.id))))
                .field(\.$id).field(\.$name).all().compactMap { group in group.id.map { ($0, group.name) } },
            uniquingKeysWith: { a, _ in a })
        let led = Set(ledGroups)
        return sessions.compactMap { session -> SessionItem? in
            guard let id = session.id else { return nil }
            return SessionItem(
                sessionID: id, groupID: session.$group.id, groupName: names[session.$group.id] ?? "",
                time: session.timeText, place: session.place, recorded: session.attendanceSavedAt != nil,
                led: led.contains(session.$group.id))
        }.sorted { ($0.led ? 0 : 1, $0.time, $0.groupName) < ($1.led ? 0 : 1, $1.time, $1.groupName) }
    }

    /// How far back the absence rule looks: sessions are weekly or every other week, so
    /// the latest two are within this.
    static let lookBackDays = 120

    /// The caseload's clients with open periods whose latest two marked sessions of a
    /// group (since they joined it) were both missed. Three indexed queries.
    static func absences(caseload: Caseload, today: Day, on db: any Database) async throws -> [AbsenceItem] {
        let periodByClient = Dictionary(
            caseload.openPeriods.map { ($0.clientID, $0.id) }, uniquingKeysWith: { a, _ in a })
        guard !periodByClient.isEmpty else { return [] }
        // group_enrolments_client_idx
        let enrolments = try await GroupEnrolment.query(on: db).filter(\.$client.$id ~~ Array(periodByClient.keys))
            .filter(\.$leftOn == nil).all()
        guard !enrolments.isEmpty else { return [] }
        var since: [String: String] = [:]
        for enrolment in enrolments { since["\(enrolment.$client.id) \(enrolment.$group.id)"] = enrolment.enrolledOn }
        // group_attendance_client_day_idx
        let records = try await GroupAttendanceRecord.query(on: db)
            .filter(\.$client.$id ~~ Array(Set(enrolments.map(\.$client.id))))
            .filter(\.$day >= today.adding(days: -lookBackDays).iso).sort(\.$day).all()
        var byPair: [String: [GroupAttendanceRecord]] = [:]
        for record in records {
            let key = "\(record.$client.id) \(record.$group.id)"
            guard let joined = since[key], record.day >= joined else { continue }
            byPair[key, default: []].append(record)
        }
        var flagged: [(record: GroupAttendanceRecord, missed: Int)] = []
        for (_, rows) in byPair {
            let missed = GroupAttendance.missedInARow(rows.compactMap(\.attendance))
            if missed >= GroupAttendance.missedInARowLimit, let last = rows.last { flagged.append((last, missed)) }
        }
        guard !flagged.isEmpty else { return [] }
        let names = Dictionary(
            try await ActivityGroup.query(on: db).filter(\.$id ~~ Array(Set(flagged.map(\.record.$group.id))))
                .field(\.$id).field(\.$name).all().compactMap { group in group.id.map { ($0, group.name) } },
            uniquingKeysWith: { a, _ in a })
        return flagged.compactMap { item -> AbsenceItem? in
            let clientID = item.record.$client.id
            guard let periodID = periodByClient[clientID], let day = Day(iso: item.record.day) else { return nil }
            return AbsenceItem(
                periodID: periodID, clientID: clientID, clientName: caseload.clientNames[clientID] ?? "",
                groupID: item.record.$group.id, groupName: names[item.record.$group.id] ?? "", missed: item.missed,
                lastMissed: day)
        }.sorted { ($0.clientName, $0.groupName) < ($1.clientName, $1.groupName) }
    }
}
