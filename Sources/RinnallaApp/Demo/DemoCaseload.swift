import Fluent
import RinnallaCore
import Vapor

/// The handbook's four example clients as a realistic caseload for the demo worker:
/// periods at different phases, with the goals the handbook gives for each.
enum DemoCaseload {
    struct GoalSeed {
        let text: String
        let expected: String
        var children: [GoalSeed] = []
    }

    struct ClientSeed {
        let name: String
        let birthDate: String
        let phase: PeriodPhase
        /// How many days ago the period started; decisions run in three-month steps from then.
        let startedDaysAgo: Int
        let goals: [GoalSeed]
        /// Everyday changes already reached (by text).
        var reached: Set<String> = []
        var interimDone = false
    }

    // Goals quoted from the handbook ("… MAHDOLLISIA TAVOITTEITA"); the GAS expected
    // levels are the demo worker's own examples, not the handbook's.
    static let clients: [ClientSeed] = [
        ClientSeed(
            name: "Sportti-Adam", birthDate: "1978-05-14", phase: .start, startedDaysAgo: 10,
            goals: [
                GoalSeed(
                    text: "Kotoutuminen ja osallisuuden kokeminen", expected: "Liikun kodin ulkopuolella viikoittain",
                    children: [
                        GoalSeed(
                            text: "Harjoittelen käyttämään julkisia kulkuvälineitä",
                            expected: "Kuljen yhden tutun reitin itsenäisesti",
                            children: [
                                GoalSeed(
                                    text:
                                        "Harjoittelen työntekijän kanssa uuden reitin mieluisaan paikkaan ja testaan reittiä itsenäisesti",
                                    expected: "")
                            ]),
                        GoalSeed(
                            text: "Vahvistan osallisuutta kodin ulkopuolella",
                            expected: "Käyn yhdessä vertaistukea tarjoavassa paikassa",
                            children: [
                                GoalSeed(
                                    text:
                                        "Tutustun työntekijän avustuksella vertaistukea tarjoavaan palveluun, esim. JADE-yhteisö",
                                    expected: ""),
                                GoalSeed(text: "Etsin työntekijän kanssa sopivan kielikurssin", expected: ""),
                            ]),
                    ]),
                GoalSeed(
                    text: "Digiosaaminen", expected: "Osaan hakea reitin puhelimella",
                    children: [
                        GoalSeed(
                            text: "Harjoittelen reittioppaan käyttöä", expected: "Haen reitin reittioppaasta tuettuna")
                    ]),
            ]),
        ClientSeed(
            name: "Taiteilija-Tuuli", birthDate: "1991-09-02", phase: .intensiveIndividualWork, startedDaysAgo: 45,
            goals: [
                GoalSeed(
                    text: "Omasta terveydestä ja toimintakyvystä huolehtiminen",
                    expected: "Nukahdan useimpina iltoina ennen puoltayötä",
                    children: [
                        GoalSeed(
                            text: "Kokeilen meditaatiota ennen nukahtamista",
                            expected: "Meditoin kolmena iltana viikossa"),
                        GoalSeed(text: "Tunnistan omia vahvuuksiani", expected: "Osaan nimetä kolme vahvuuttani"),
                    ]),
                GoalSeed(
                    text: "Arjen taidot ja toiminnanohjaus", expected: "Arjen lukujärjestys on käytössä",
                    children: [
                        GoalSeed(
                            text: "Hankin tietoa nepsy-asioista", expected: "Olen tutustunut ADHD-liiton palveluihin")
                    ]),
            ]),
        ClientSeed(
            name: "Tietäjä-Timo", birthDate: "1965-03-21", phase: .interimEvaluation, startedDaysAgo: 80,
            goals: [
                GoalSeed(
                    text: "Sosiaalisissa suhteissa tukeminen ja yksinäisyyden lievittäminen",
                    expected: "Tapaan muita ihmisiä joka viikko",
                    children: [
                        GoalSeed(
                            text: "Käyn kerran viikossa asukastalon tietovisassa",
                            expected: "Käyn tietovisassa joka viikko",
                            children: [
                                GoalSeed(text: "Etsin tietoa erilaisista vaihtoehdoista", expected: ""),
                                GoalSeed(text: "Listaan asioita joista olen kiinnostunut", expected: ""),
                            ])
                    ]),
                GoalSeed(
                    text: "Arjen taitojen harjoittelu", expected: "Kotona on järjestystä",
                    children: [
                        GoalSeed(
                            text: "Harjoittelen toistuvaa toimintaa", expected: "Teen sovitut kotityöt viikoittain",
                            children: [
                                GoalSeed(text: "Vien roskia säännöllisesti", expected: ""),
                                GoalSeed(text: "Huolehdin laskujen maksamisesta", expected: ""),
                            ])
                    ]),
            ],
            reached: ["Listaan asioita joista olen kiinnostunut", "Vien roskia säännöllisesti"]),
        ClientSeed(
            name: "Skeittari-Nico", birthDate: "2001-11-30", phase: .groupActivity, startedDaysAgo: 150,
            goals: [
                GoalSeed(
                    text: "Vuorokausirytmi", expected: "Herään arkisin ennen kymmentä",
                    children: [
                        GoalSeed(
                            text:
                                "Kirjaan sovitut asiat kalenteriin ja tarkistan päivittäin seuraavan päivän tapahtumat",
                            expected: "Kalenteri on päivittäin käytössä")
                    ]),
                GoalSeed(
                    text: "Omien asioiden hoitaminen", expected: "Laskut on maksettu ajallaan",
                    children: [
                        GoalSeed(
                            text: "Harjoittelen laskujen maksamista ajallaan",
                            expected: "Maksan laskut eräpäivään mennessä")
                    ]),
            ],
            interimDone: true),
    ]

    /// Adds the caseload to `unitID`, with `worker` as the named worker. Call inside a transaction.
    static func load(unitID: UUID, worker: UUID, now: Date, on db: any Database) async throws {
        let today = Day(now)
        var sequence = 0
        for (clientIndex, seed) in clients.enumerated() {
            let client = ClientRecord()
            client.$unit.id = unitID
            client.name = seed.name
            client.nameSearch = seed.name.lowercased()
            client.birthDate = seed.birthDate
            client.language = "fi"
            client.$responsibleWorker.id = worker
            try await client.create(on: db)
            let period = RehabilitationPeriod()
            period.$client.id = try client.requireID()
            period.$unit.id = unitID
            period.status = "open"
            period.phase = seed.phase.rawValue
            period.suitability = Suitability.Check(offer: [.ownWish, .commitment], notNow: [])
            period.$createdBy.id = worker
            try await period.create(on: db)
            let periodID = try period.requireID()
            // Decisions in three-month steps from the start, up to the one covering today.
            var first = today.adding(days: -seed.startedDaysAgo)
            var ranges: [DayRange] = []
            while first <= today {
                let range = DayRange(first, DecisionRules.latestEnd(ofDecisionStarting: first))
                ranges.append(range)
                sequence += 1
                let decision = Decision()
                decision.$period.id = periodID
                decision.$client.id = try client.requireID()
                decision.$unit.id = unitID
                decision.kind = Decision.Kind.rehabilitation.rawValue
                decision.number = DecisionNumber.make(year: today.year, sequence: 90_000 + sequence)
                decision.firstDay = range.first.iso
                decision.lastDay = range.last.iso
                decision.isContinuation = ranges.count > 1
                decision.resolution = DecisionTexts.Resolution.positive.rawValue
                decision.opinionHeard = true
                decision.opinionMethod = "Tavattu"
                decision.language = DecisionLanguage.fi.rawValue
                decision.text = DecisionTexts.rehabilitation(
                    .init(
                        range: range, individualMeetings: 6, groupSessions: 4, allowanceCentsPerDay: 900,
                        goals: seed.goals.map(\.text), isContinuation: ranges.count > 1))
                decision.details = .init(individualMeetings: 6, groupSessions: 4, goals: seed.goals.map(\.text))
                decision.$createdBy.id = worker
                decision.createdAt = range.first.startDate
                try await decision.create(on: db)
                first = range.last.adding(days: 1)
            }
            // Meetings every second week on the start's weekday: realised before today, planned after.
            let lastDay = ranges.last?.last ?? today
            var day = today.adding(days: -seed.startedDaysAgo)
            var index = 0
            while day <= lastDay {
                let meeting = Meeting()
                meeting.$period.id = periodID
                meeting.$client.id = try client.requireID()
                meeting.$unit.id = unitID
                meeting.$worker.id = worker
                // Each client has their own hour, so the week does not look double-booked.
                meeting.startsAt = day.startDate.addingTimeInterval(Double(9 + 2 * clientIndex) * 3600)
                meeting.day = day.iso
                meeting.durationMinutes = 60
                meeting.type = index % 3 == 2 ? "group" : "individual"
                meeting.place = ["cafe", "nature-walk", "office", "museum"][index % 4]
                meeting.status = day < today ? "realised" : "planned"
                meeting.methods = ""
                meeting.task = ""
                meeting.record = day < today ? "Tapaaminen toteutui suunnitellusti." : ""
                try await meeting.create(on: db)
                day = day.adding(days: 14)
                index += 1
            }
            var goalIDs: [(Goal, GoalLevel)] = []
            func add(_ goal: GoalSeed, level: GoalLevel, parent: UUID?, position: Int) async throws {
                let row = Goal()
                row.$period.id = periodID
                row.$client.id = try client.requireID()
                row.$unit.id = unitID
                row.$parent.id = parent
                row.level = level.rawValue
                row.position = position
                row.reachedOn = seed.reached.contains(goal.text) ? today.adding(days: -7).iso : nil
                row.$createdBy.id = worker
                row.createdAt = now
                try await row.create(on: db)
                let version = GoalVersion()
                version.$goal.id = try row.requireID()
                version.version = 1
                version.text = goal.text
                version.smart = level == .everyday ? "SMART" : "SRT"
                version.expected = goal.expected
                version.muchLess = ""
                version.less = ""
                version.more = ""
                version.muchMore = ""
                version.weight = 1
                version.baseline = -1
                version.reason = ""
                version.$createdBy.id = worker
                version.createdAt = now
                try await version.create(on: db)
                goalIDs.append((row, level))
                for (childIndex, child) in goal.children.enumerated() {
                    try await add(child, level: level.childLevel ?? .everyday, parent: row.id, position: childIndex)
                }
            }
            for (position, goal) in seed.goals.enumerated() {
                try await add(goal, level: .main, parent: nil, position: position)
            }
            if seed.interimDone, let firstDecision = ranges.first {
                let evaluation = Evaluation()
                evaluation.$period.id = periodID
                evaluation.$client.id = try client.requireID()
                evaluation.$unit.id = unitID
                evaluation.kind = EvaluationKind.interim.rawValue
                evaluation.day = firstDecision.last.adding(days: -7).iso
                evaluation.groupParticipation = "Kävi kokkiryhmässä kolme kertaa."
                evaluation.continuation = true
                evaluation.continuationReasons = "Asiakas on hyötynyt ja haluaa jatkaa."
                evaluation.nextSteps = "Jatkopäätös, ryhmätoiminta jatkuu."
                evaluation.achieved = ""
                evaluation.clientView = ""
                evaluation.followUpPlan = ""
                evaluation.transition = ""
                evaluation.$createdBy.id = worker
                evaluation.createdAt = now
                try await evaluation.create(on: db)
                for (goal, level) in goalIDs where level.isRatedWithGAS {
                    let rating = GoalRating()
                    rating.$evaluation.id = try evaluation.requireID()
                    rating.$goal.id = try goal.requireID()
                    rating.goalVersion = 1
                    rating.level = level == .main ? 0 : -1
                    rating.weight = 1
                    rating.baseline = -1
                    rating.note = ""
                    try await rating.create(on: db)
                }
            }
        }
    }
}
