import Fluent
import RinnallaCore
import Vapor

/// Groups for the demo organisation, named after the handbook's group models and
/// methods ("Ryhmämalleja", "Sosiaalisen kuntoutuksen työtapoja ja -menetelmiä") and held
/// at places the handbook lists in "Alueiden tärpit". The group leader Rasmus Ryhmä holds
/// an open group that meets today, with the demo caseload's clients as members and past
/// sessions marked: one client has missed the latest two (the home page's reminder).
enum DemoGroups {
    struct Seed {
        let name: String
        let description: String
        let aim: GroupAim
        let methods: [GroupMethod]
        let area: String
        let place: String
        let unit: String
        let leaders: [String]
        let leaderNames: String
        /// Weekdays relative to today's weekday (0 = today's).
        let weekdayOffsets: [Int]
        let start: Int
        let end: Int
        let intervalWeeks: Int
        let isOpen: Bool
        let capacity: Int
        let language: GroupLanguage
        let accessibility: String
        let startedDaysAgo: Int
        let runsDays: Int
    }

    /// Descriptions quote the handbook where it describes the activity.
    static let seeds: [Seed] = [
        Seed(
            name: "Toiminnallinen matalan kynnyksen avoin ryhmä",
            description:
                "Ryhmätoiminnan on tarkoitus tuottaa iloa, hyvää mieltä, sosiaalisten tilanteiden harjoittelua, uusia kokemuksia ja tukea asiakasta omien tavoitteiden saavuttamisessa.",
            aim: .inclusion, methods: [.functional, .gameBased, .peerDiscussion], area: "Länsi",
            place: "Kannelmäen D-asema, Klaneettitie 11", unit: DemoData.west, leaders: ["rasmus"],
            leaderNames: "Kokemusasiantuntija", weekdayOffsets: [0], start: 10 * 60, end: 12 * 60, intervalWeeks: 1,
            isOpen: true, capacity: 12, language: .fi, accessibility: "Esteetön sisäänkäynti katutasosta.",
            startedDaysAgo: 56, runsDays: 180),
        Seed(
            name: "Wertsu-vertaisryhmä",
            description: "Helsingin sosku-tiimin päihdekuntoutujien vertaistuelliset Wertsu-ryhmät.",
            aim: .peerSupport, methods: [.peerDiscussion], area: "Pohjoinen", place: "Malmin raitti 19",
            unit: DemoData.west, leaders: ["olli"], leaderNames: "Vertaisohjaaja", weekdayOffsets: [2], start: 13 * 60,
            end: 14 * 60 + 30, intervalWeeks: 1, isOpen: false, capacity: 8, language: .fi, accessibility: "",
            startedDaysAgo: 30, runsDays: 150),
        Seed(
            name: "Pelisessiot",
            description: "Pelaaminen (mm. sosiaalisesti vahvistavana toimintana, pelisessiot).",
            aim: .socialSkills, methods: [.gameBased], area: "Länsi", place: "Pitäjänmäen kirjasto, Jousipolku 1",
            unit: DemoData.west, leaders: ["rasmus"], leaderNames: "", weekdayOffsets: [1, 3], start: 14 * 60,
            end: 16 * 60, intervalWeeks: 1, isOpen: true, capacity: 10, language: .fi,
            accessibility: "Hissi toiseen kerrokseen.", startedDaysAgo: 20, runsDays: 120),
        Seed(
            name: "Kokkikurssi",
            description: "Terveelliset ravitsemusta edistävät menetelmät, mm. yhteinen ruoanlaitto ja ruokailu.",
            aim: .everydaySkills, methods: [.functional], area: "Etelä", place: "Lapinlahden lähde, Lapinlahdenpolku 8",
            unit: DemoData.west, leaders: ["olli"], leaderNames: "", weekdayOffsets: [4], start: 11 * 60,
            end: 13 * 60 + 30, intervalWeeks: 2, isOpen: false, capacity: 6, language: .fi, accessibility: "",
            startedDaysAgo: 40, runsDays: 100),
        Seed(
            name: "Digiryhmä",
            description:
                "Digitaidot lisäävät asiakkaiden osallisuutta toimia yhteiskunnassa ja hoitaa omia asioitaan. Helsingissä on hyödynnetty muun muassa vertaisohjaajia digitaitojen opettamiseen.",
            aim: .everydaySkills, methods: [.peerDiscussion], area: "Länsi",
            place: "Pitäjänmäen kirjasto, Jousipolku 1", unit: DemoData.west, leaders: ["olli"],
            leaderNames: "Vertaisohjaaja", weekdayOffsets: [1], start: 10 * 60, end: 11 * 60 + 30, intervalWeeks: 1,
            isOpen: true, capacity: 8, language: .fi, accessibility: "", startedDaysAgo: 10, runsDays: 90),
        Seed(
            name: "Luontoryhmä",
            description:
                "Lähiluonnossa liikkuminen ja havainnointi, retket, luontokuvien ottaminen/ katselu, hyötykasvien kerääminen ja viljely, pilvien katselu, sääilmiöiden seuraaminen ja tunnustelu.",
            aim: .inclusion, methods: [.nature, .visits], area: "Itä", place: "Uutelan ulkoilualue",
            unit: DemoData.east, leaders: ["ilkka"], leaderNames: "", weekdayOffsets: [3], start: 12 * 60,
            end: 14 * 60, intervalWeeks: 2, isOpen: true, capacity: 10, language: .fi,
            accessibility: "Ulkoilureitit ovat osin epätasaisia.", startedDaysAgo: 14, runsDays: 120),
        Seed(
            name: "Omaryhmä",
            description:
                "Omaryhmät: Kotiin eristäytyneille asiakkaille, 2-4 asiakasta/ryhmä. Työntekijät osallistuvat ja sisällöt suunnitellaan yhdessä asiakkaiden kanssa.",
            aim: .socialSkills, methods: [.functional, .peerDiscussion], area: "Itä", place: "Stoa, Turunlinnantie 1",
            unit: DemoData.east, leaders: ["ilkka"], leaderNames: "", weekdayOffsets: [2], start: 12 * 60,
            end: 13 * 60 + 30, intervalWeeks: 1, isOpen: false, capacity: 4, language: .sv,
            accessibility: "", startedDaysAgo: 7, runsDays: 84),
    ]

    /// Two more clients of the west unit (Olli Ohjaaja's) with open periods, so today's
    /// group has more members than the four handbook clients.
    static let extraClients = [("Mervi Mäkinen", "1984-02-17"), ("Jari Laine", "1969-08-05")]

    /// Adds the groups, sessions, members and past attendance. Call inside a transaction,
    /// after the demo caseload.
    static func load(units: [String: UUID], users: [String: UUID], now: Date, on db: any Database) async throws {
        let today = Day(now)
        guard let west = units[DemoData.west], let olli = users["olli@demo.rinnalla.fi"] else { return }
        let areas = Dictionary(
            try await Area.query(on: db).all().compactMap { area in area.id.map { (area.name, $0) } },
            uniquingKeysWith: { a, _ in a })
        // The extra clients, each with an open period and a decision covering today.
        for (index, extra) in extraClients.enumerated() {
            let client = ClientRecord()
            client.$unit.id = west
            client.name = extra.0
            client.nameSearch = extra.0.lowercased()
            client.birthDate = extra.1
            client.language = "fi"
            client.$responsibleWorker.id = olli
            try await client.create(on: db)
            let period = RehabilitationPeriod()
            period.$client.id = try client.requireID()
            period.$unit.id = west
            period.status = "open"
            period.phase = PeriodPhase.groupActivity.rawValue
            period.suitability = Suitability.Check(offer: [.ownWish, .socialRelationships], notNow: [])
            period.$createdBy.id = olli
            try await period.create(on: db)
            let range = DayRange(
                today.adding(days: -30), DecisionRules.latestEnd(ofDecisionStarting: today.adding(days: -30)))
            let decision = Decision()
            decision.$period.id = try period.requireID()
            decision.$client.id = try client.requireID()
            decision.$unit.id = west
            decision.kind = Decision.Kind.rehabilitation.rawValue
            decision.number = DecisionNumber.make(year: today.year, sequence: 95_000 + index)
            decision.firstDay = range.first.iso
            decision.lastDay = range.last.iso
            decision.isContinuation = false
            decision.resolution = DecisionTexts.Resolution.positive.rawValue
            decision.opinionHeard = true
            decision.opinionMethod = "Tavattu"
            decision.language = DecisionLanguage.fi.rawValue
            decision.text = DecisionTexts.rehabilitation(
                .init(
                    range: range, individualMeetings: 6, groupSessions: 4, allowanceCentsPerDay: 900,
                    goals: ["kodin ulkopuolisen mielekkään toiminnan aloittaminen"], isContinuation: false))
            decision.details = .init(
                individualMeetings: 6, groupSessions: 4, goals: ["kodin ulkopuolisen mielekkään toiminnan aloittaminen"]
            )
            decision.$createdBy.id = olli
            decision.createdAt = range.first.startDate
            try await decision.create(on: db)
        }
        var groups: [String: ActivityGroup] = [:]
        for seed in seeds {
            guard let unit = units[seed.unit], let area = areas[seed.area] else { continue }
            let first = today.adding(days: -seed.startedDaysAgo)
            let weekdays = seed.weekdayOffsets.map { (today.weekday - 1 + $0) % 7 + 1 }
            let schedule = GroupSchedule(
                weekdays: weekdays, startMinutes: seed.start, endMinutes: seed.end, intervalWeeks: seed.intervalWeeks)
            // The first day is a session day of the schedule's first week, so every other
            // week lands on today for the group meeting today.
            let group = ActivityGroup()
            group.$unit.id = unit
            group.$area.id = area
            group.name = seed.name
            group.nameSort = seed.name.lowercased()
            group.about = seed.description
            group.aim = seed.aim.rawValue
            group.methods = GroupMethod.stored(seed.methods)
            group.leaderNames = seed.leaderNames
            group.place = seed.place
            group.weekdays = schedule.storedWeekdays
            group.weekdayMask = schedule.weekdayMask
            group.startMinutes = seed.start
            group.endMinutes = seed.end
            group.intervalWeeks = seed.intervalWeeks
            group.isOpen = seed.isOpen
            group.capacity = seed.capacity
            group.enrolledCount = 0
            group.language = seed.language.rawValue
            group.accessibility = seed.accessibility
            group.firstDay = first.iso
            group.lastDay = first.adding(days: seed.runsDays).iso
            let leaderIDs = seed.leaders.compactMap { users["\($0)@demo.rinnalla.fi"] }
            group.$createdBy.id = leaderIDs.first ?? olli
            let leaderNames = try await User.query(on: db).filter(\.$id ~~ leaderIDs).all(\.$name)
            group.searchText = GroupService.searchText(
                [seed.name, seed.description, seed.place, seed.leaderNames] + leaderNames)
            try await group.create(on: db)
            for leader in leaderIDs {
                try await GroupLeader(groupID: try group.requireID(), userID: leader).create(on: db)
            }
            try await GroupSessionService.generate(group, today: today, on: db)
            groups[seed.name] = group
        }
        try await members(groups: groups, west: west, today: today, now: now, users: users, on: db)
    }

    /// The members and their marked sessions.
    private static func members(
        groups: [String: ActivityGroup], west: UUID, today: Day, now: Date, users: [String: UUID], on db: any Database
    ) async throws {
        guard let open = groups[seeds[0].name], let rasmus = users["rasmus@demo.rinnalla.fi"] else { return }
        let clients = try await ClientRecord.query(on: db).filter(\.$unit.$id == west).all()
        let periods = try await RehabilitationPeriod.query(on: db).filter(\.$unit.$id == west)
            .filter(\.$status == "open").all()
        let periodOf = Dictionary(periods.map { ($0.$client.id, $0.id) }, uniquingKeysWith: { a, _ in a })
        func client(_ name: String) -> ClientRecord? { clients.first { $0.name == name } }
        // Who is in today's group, since how many days ago, and how they attended
        // (latest session last): Tietäjä-Timo has missed the latest two.
        let plan: [(String, Int, [AttendanceStatus])] = [
            ("Skeittari-Nico", 56, [.present, .present, .excused, .present, .present, .present, .present, .present]),
            ("Taiteilija-Tuuli", 42, [.present, .present, .absent, .present, .present, .present]),
            ("Tietäjä-Timo", 56, [.present, .present, .present, .present, .present, .present, .absent, .absent]),
            ("Sportti-Adam", 7, [.present]),
            ("Mervi Mäkinen", 28, [.present, .excused, .present, .present]),
            ("Jari Laine", 21, [.present, .present, .present]),
        ]
        let groupID = try open.requireID()
        let past = try await GroupSession.query(on: db).filter(\.$group.$id == groupID).filter(\.$day < today.iso)
            .sort(\.$day).all()
        var enrolled = 0
        for (name, daysAgo, statuses) in plan {
            guard let member = client(name), let clientID = member.id else { continue }
            let joined = today.adding(days: -daysAgo)
            try await enrol(open, clientID: clientID, unit: west, on: joined, by: rasmus, db: db)
            enrolled += 1
            let sessions = past.filter { $0.day >= joined.iso }.suffix(statuses.count)
            for (session, status) in zip(sessions, statuses.suffix(sessions.count)) {
                let record = GroupAttendanceRecord()
                record.$session.id = try session.requireID()
                record.$group.id = groupID
                record.$client.id = clientID
                record.$unit.id = west
                record.$period.id = periodOf[clientID] ?? nil
                record.day = session.day
                record.status = status.rawValue
                record.$recordedBy.id = rasmus
                try await record.create(on: db)
            }
        }
        for (index, session) in past.enumerated() {
            session.walkIns = index % 3
            session.attendanceSavedAt = session.sessionDay?.startDate.addingTimeInterval(13 * 3600)
            try await session.update(on: db)
        }
        open.enrolledCount = enrolled
        try await open.update(on: db)
        // A few memberships elsewhere.
        let others: [(String, String)] = [
            ("Pelisessiot", "Skeittari-Nico"), ("Kokkikurssi", "Taiteilija-Tuuli"), ("Digiryhmä", "Sportti-Adam"),
        ]
        for (groupName, clientName) in others {
            guard let group = groups[groupName], let clientID = client(clientName)?.id else { continue }
            try await enrol(group, clientID: clientID, unit: west, on: today.adding(days: -7), by: rasmus, db: db)
            group.enrolledCount += 1
            try await group.update(on: db)
        }
    }

    private static func enrol(
        _ group: ActivityGroup, clientID: UUID, unit: UUID, on day: Day, by user: UUID, db: any Database
    ) async throws {
        let enrolment = GroupEnrolment()
        enrolment.$group.id = try group.requireID()
        enrolment.$client.id = clientID
        enrolment.$unit.id = unit
        enrolment.enrolledOn = day.iso
        enrolment.leftOn = nil
        enrolment.$createdBy.id = user
        try await enrolment.create(on: db)
    }
}
