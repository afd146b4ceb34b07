import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Vapor

/// `demo --scale N`, groups: per 1.0 of scale 2,000 groups and exactly 100,000 sessions
/// (50 a group, made from each group's schedule), with members from the generated
/// clients' open periods. Seeded separately from the clients, so adding groups did not
/// change the rest of the generated data. No attendance is generated.
extension DemoScale {
    static let groupsPerUnitScale = 2_000
    static let sessionsPerUnitScale = 100_000
    static let groupsPerChunk = 200

    static func groupCounts(scale: Double) -> (groups: Int, sessions: Int) {
        (
            max(1, Int((Double(groupsPerUnitScale) * scale).rounded())),
            Int((Double(sessionsPerUnitScale) * scale).rounded())
        )
    }

    static let groupKinds: [(name: String, aim: GroupAim, methods: [GroupMethod])] = [
        ("Toiminnallinen avoin ryhmä", .inclusion, [.functional]),
        ("Wertsu-vertaisryhmä", .peerSupport, [.peerDiscussion]),
        ("Pelisessiot", .socialSkills, [.gameBased]),
        ("Kokkikurssi", .everydaySkills, [.functional]),
        ("Digiryhmä", .everydaySkills, [.peerDiscussion]),
        ("Luontoryhmä", .inclusion, [.nature, .visits]),
        ("Omaryhmä", .socialSkills, [.functional, .peerDiscussion]),
        ("Taideryhmä", .inclusion, [.artBased]),
        ("Hyvä päivä -ryhmä", .socialSkills, [.functional, .gameBased]),
        ("Kulttuurikäynnit", .inclusion, [.visits, .artBased]),
    ]

    /// Places the handbook lists in "Alueiden tärpit", by area.
    static let groupPlaces: [String: [String]] = [
        "Itä": ["Kontulan D-asema, Kontulankaari 1B 14A", "Stoa, Turunlinnantie 1", "Liikuntamylly, Myllypurontie 1"],
        "Pohjoinen": ["Malmin raitti 19", "Taiteen Sulattamo, Malmin raitti 17", "Jakomäen kirjasto, Jakomäenpolku 3"],
        "Etelä": ["Lapinlahden lähde, Lapinlahdenpolku 8", "Hermannin diakoniatalo, Hämeentie 73"],
        "Länsi": [
            "Kannelmäen D-asema, Klaneettitie 11", "Pitäjänmäen kirjasto, Jousipolku 1",
            "Kanneltalo, Klaneettitie 5",
        ],
    ]

    static let groupColumns = [
        "id", "unit_id", "area_id", "name", "search_text", "name_sort", "description", "aim", "methods",
        "leader_names", "place", "weekdays", "weekday_mask", "start_minutes", "end_minutes", "interval_weeks",
        "is_open", "capacity", "enrolled_count", "language", "accessibility", "first_day", "last_day", "created_by",
        "created_at", "updated_at",
    ]
    static let groupLeaderColumns = ["id", "group_id", "user_id"]
    static let sessionColumns = [
        "id", "group_id", "unit_id", "day", "start_minutes", "end_minutes", "place", "note", "status",
        "cancel_reason", "schedule_key", "walk_ins", "attendance_saved_at", "created_at", "updated_at",
    ]
    static let enrolmentColumns = [
        "id", "group_id", "client_id", "unit_id", "enrolled_on", "left_on", "created_by", "created_at", "updated_at",
    ]

    /// Generates the groups; returns how many groups, sessions and memberships it made.
    static func loadGroups(
        scale: Double, on app: Application, today: Day, now: Date, progress: @escaping @Sendable (String) -> Void
    ) async throws -> (groups: Int, sessions: Int, enrolments: Int) {
        let (groupCount, sessionCount) = groupCounts(scale: scale)
        var rng = SeededRandom(seed: seed &+ 4)
        let units = try await OrgUnit.query(on: app.db).sort(\.$name).all().compactMap(\.id)
        let areas = try await Area.all(on: app.db).compactMap { area in area.id.map { (id: $0, name: area.name) } }
        let memberships = try await UnitMembership.query(on: app.db).all()
        let staffRoles = Set(Role.allCases.filter { $0.capabilities.contains(.writeClientData) }.map(\.rawValue))
        var staff: [UUID: [UUID]] = [:]
        for membership in memberships where staffRoles.contains(membership.role) {
            staff[membership.$unit.id, default: []].append(membership.$user.id)
        }
        for key in staff.keys { staff[key]?.sort { $0.uuidString < $1.uuidString } }
        let usable = units.filter { !(staff[$0] ?? []).isEmpty }
        guard !usable.isEmpty, !areas.isEmpty else { return (0, 0, 0) }
        // Members come from open periods, in a fixed order.
        let open = try await (app.db as! any SQLDatabase).select().column("client_id").column("unit_id")
            .from(RehabilitationPeriod.schema).where("status", .equal, "open").orderBy("client_id").all()
            .map {
                (try $0.decode(column: "client_id", as: UUID.self), try $0.decode(column: "unit_id", as: UUID.self))
            }
        progress("Generating \(groupCount) groups and \(sessionCount) sessions")
        var made = (groups: 0, sessions: 0, enrolments: 0)
        var carry = 0
        for chunkStart in stride(from: 0, to: groupCount, by: groupsPerChunk) {
            let chunk = chunkStart..<min(chunkStart + groupsPerChunk, groupCount)
            var groupRows: [[any SQLExpression]] = []
            var leaderRows: [[any SQLExpression]] = []
            var sessionRows: [[any SQLExpression]] = []
            var enrolmentRows: [[any SQLExpression]] = []
            for index in chunk {
                // Exactly `sessionCount` in all: an even share, the remainder to the first groups.
                var wanted = sessionCount / groupCount + (index < sessionCount % groupCount ? 1 : 0) + carry
                let kind = rng.pick(groupKinds)
                let area = rng.pick(areas)
                let unit = rng.pick(usable)
                let leader = rng.pick(staff[unit]!)
                let weekdays = rng.chance(0.25) ? [rng.int(1...5), rng.int(1...5)] : [rng.int(1...5)]
                let start = rng.int(9...15) * 60 + (rng.chance(0.5) ? 30 : 0)
                let schedule = GroupSchedule(
                    weekdays: weekdays, startMinutes: start, endMinutes: start + rng.pick([60, 90, 120]),
                    intervalWeeks: rng.chance(0.7) ? 1 : 2)
                let first = today.adding(days: -rng.int(0...400))
                let available = schedule.days(
                    in: DayRange(first, first.adding(days: GroupSchedule.maximumDays - 1)))
                let days = Array(available.prefix(wanted))
                carry = wanted - days.count
                wanted = days.count
                guard let last = days.last else { continue }
                let id = rng.uuid()
                let place = rng.pick(groupPlaces[area.name] ?? ["Asukastalo"])
                let name = "\(kind.name) \(area.name) \(index + 1)"
                let capacity = rng.int(4...15)
                let language = rng.int(0...19)
                let members = Array(
                    Set((0..<rng.int(0...min(capacity, 8))).compactMap { _ in open.isEmpty ? nil : rng.pick(open).0 })
                )
                .sorted { $0.uuidString < $1.uuidString }
                let createdAt = first.adding(days: -14).startDate
                groupRows.append([
                    SQLBind(id), SQLBind(unit), SQLBind(area.id), SQLBind(name),
                    SQLBind("\(name) \(place)".lowercased()), SQLBind(name.lowercased()),
                    SQLBind("Sosiaalisen kuntoutuksen ryhmä: \(kind.name.lowercased())."), SQLBind(kind.aim.rawValue),
                    SQLBind(GroupMethod.stored(kind.methods)), SQLBind(""), SQLBind(place),
                    SQLBind(schedule.storedWeekdays), SQLBind(schedule.weekdayMask), SQLBind(schedule.startMinutes),
                    SQLBind(schedule.endMinutes), SQLBind(schedule.intervalWeeks), SQLBind(rng.chance(0.6)),
                    SQLBind(capacity), SQLBind(members.count),
                    SQLBind(language < 16 ? "fi" : language < 18 ? "sv" : language < 19 ? "en" : "other"), SQLBind(""),
                    SQLBind(first.iso), SQLBind(last.iso), SQLBind(leader), SQLBind(createdAt), SQLBind(createdAt),
                ])
                leaderRows.append([SQLBind(rng.uuid()), SQLBind(id), SQLBind(leader)])
                for day in days {
                    let past = day < today
                    let cancelled = past && rng.chance(0.05)
                    let recorded = past && !cancelled && rng.chance(0.85)
                    let savedAt = day.startDate.addingTimeInterval(Double(schedule.endMinutes) * 60)
                    sessionRows.append([
                        SQLBind(rng.uuid()), SQLBind(id), SQLBind(unit), SQLBind(day.iso),
                        SQLBind(schedule.startMinutes), SQLBind(schedule.endMinutes), SQLBind(place), SQLBind(""),
                        SQLBind(cancelled ? GroupSession.cancelled : GroupSession.planned),
                        SQLBind(cancelled ? "Ohjaaja estynyt" : ""), SQLBind(day.iso),
                        SQLBind(recorded ? rng.int(0...3) : 0),
                        recorded ? SQLBind(savedAt) as any SQLExpression : SQLLiteral.null, SQLBind(createdAt),
                        SQLBind(recorded ? savedAt : createdAt),
                    ])
                }
                let unitOf = Dictionary(open, uniquingKeysWith: { a, _ in a })
                for client in members {
                    enrolmentRows.append([
                        SQLBind(rng.uuid()), SQLBind(id), SQLBind(client), SQLBind(unitOf[client] ?? unit),
                        SQLBind(max(first, today.adding(days: -rng.int(0...120))).iso), SQLLiteral.null,
                        SQLBind(leader),
                        SQLBind(createdAt), SQLBind(createdAt),
                    ])
                }
            }
            let rows = (groupRows, leaderRows, sessionRows, enrolmentRows)
            try await app.db.atomically { db in
                let sql = db as! any SQLDatabase
                try await insert(ActivityGroup.schema, groupColumns, rows.0, on: sql)
                try await insert(GroupLeader.schema, groupLeaderColumns, rows.1, on: sql)
                try await insert(GroupSession.schema, sessionColumns, rows.2, on: sql)
                try await insert(GroupEnrolment.schema, enrolmentColumns, rows.3, on: sql)
            }
            made.groups += groupRows.count
            made.sessions += sessionRows.count
            made.enrolments += enrolmentRows.count
        }
        progress("  \(made.groups) groups, \(made.sessions) sessions, \(made.enrolments) memberships")
        return made
    }
}
