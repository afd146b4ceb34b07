import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Vapor

/// `rinnalla demo --scale N`: generated data for benchmarks on top of the demo
/// organisation. N = 1 makes 10,000 clients, 30,000 periods (three a client, at most one
/// open) with their decisions, and 1,000,000 meetings spread over the decisions' days;
/// and 2,000 groups with 100,000 sessions (`DemoScale+Groups.swift`).
///
/// The demo worker Sanna Salo is the named responsible worker of 3 % of the clients (300 at
/// N = 1, about 120 of them with an open period): a large but believable caseload for the
/// home page. The other clients go to the other demo workers of the three demo units.
/// Names and birth dates are generated; no identity codes. The generator is seeded, so
/// every run makes the same rows, and it writes with multi-row SQL inserts in one
/// transaction per chunk of clients.
enum DemoScale {
    static let markerKey = "demo.scale"
    static let seed: UInt64 = 2026
    static let clientsPerUnitScale = 10_000
    static let meetingsPerUnitScale = 1_000_000
    static let periodsPerClient = 3
    /// Share of clients whose named worker is Sanna (the benchmarked caseload).
    static let sannaShare = 3
    static let clientsPerChunk = 200

    struct Refused: Error, CustomStringConvertible {
        let description: String
    }

    struct Summary: Sendable {
        var clients = 0
        var periods = 0
        var decisions = 0
        var meetings = 0
        var groups = 0
        var sessions = 0
        var enrolments = 0
        var sannaClients = 0
        var seconds = 0.0
    }

    /// Counts for `scale`: `scale` 0.01 gives 100 clients, 300 periods, 10,000 meetings.
    static func counts(scale: Double) -> (clients: Int, meetings: Int) {
        (
            max(1, Int((Double(clientsPerUnitScale) * scale).rounded())),
            Int((Double(meetingsPerUnitScale) * scale).rounded())
        )
    }

    private struct GenClient {
        let id: UUID
        let unitID: UUID
        let workerID: UUID
        let name: String
        let birthDate: String
        let language: String
        let createdAt: Date
    }

    private struct GenPeriod {
        let id: UUID
        let client: Int
        let isOpen: Bool
        let phase: String
        let decisions: [DayRange]
        let closedAt: Date?
        var meetingCount = 0
        var days: Int { decisions.last!.last.ordinal - decisions.first!.first.ordinal + 1 }
        var status: String { isOpen ? "open" : "closed" }
    }

    /// Loads the demo organisation if needed, then the generated data. Refuses when
    /// generated data is already there (the marker setting), so counts stay exact.
    /// The demo organisation loaded, no earlier generated data under `marker` (refused with
    /// `present(marker value)`), and the units by name and users by e-mail to generate for.
    static func prepare(on app: Application, marker: String, present: (String) -> String) async throws -> (
        units: [String: UUID], users: [String: UUID]
    ) {
        try await DemoData.load(on: app)
        if let existing = try await Setting.find(marker, on: app.db) {
            throw Refused(description: present(existing.value))
        }
        let units = Dictionary(
            uniqueKeysWithValues: try await OrgUnit.query(on: app.db).all().map { ($0.name, try $0.requireID()) })
        let users = Dictionary(
            uniqueKeysWithValues: try await User.query(on: app.db).all().map { ($0.email, try $0.requireID()) })
        return (units, users)
    }

    static func load(scale: Double, on app: Application, progress: @escaping @Sendable (String) -> Void) async throws
        -> Summary
    {
        guard scale > 0, scale <= 10 else { throw Refused(description: "--scale must be more than 0 and at most 10") }
        let started = Date()
        let (units, users) = try await prepare(on: app, marker: markerKey) {
            "generated data is already present (scale \($0)); start from an empty database to generate again"
        }
        let now = app.clock.now()
        let today = Day(now)
        func user(_ name: String) -> UUID { users["\(name)@demo.rinnalla.fi"]! }
        let west = units[DemoData.west]!
        let east = units[DemoData.east]!
        let outreach = units[DemoData.outreach]!
        let sanna = user("sanna")
        // Workers who hold meetings and answer for clients, by unit (the admin and the
        // evaluator do neither).
        let workers: [UUID: [UUID]] = [
            west: [user("olli"), user("rasmus"), user("tiina")], east: [user("ilkka"), user("tiina")],
            outreach: [user("eetu")],
        ]

        var rng = SeededRandom(seed: seed)
        let (clientCount, meetingCount) = counts(scale: scale)
        var clients: [GenClient] = []
        var periods: [GenPeriod] = []
        clients.reserveCapacity(clientCount)
        periods.reserveCapacity(clientCount * periodsPerClient)
        let phases = [PeriodPhase.start, .intensiveIndividualWork, .interimEvaluation, .groupActivity, .closing]
        for index in 0..<clientCount {
            let isSanna = index % 100 < sannaShare
            let roll = rng.int(0...99)
            let unit = isSanna ? west : roll < 50 ? west : roll < 80 ? east : outreach
            let worker = isSanna ? sanna : rng.pick(workers[unit]!)
            let born = Day(rng.int(1955...2005), rng.int(1...12), rng.int(1...28))
            let language = roll % 20 == 0 ? "sv" : roll % 25 == 1 ? "en" : "fi"
            // Three periods one after another, the last one open for 40 % of the clients.
            let lastOpen = rng.chance(0.4)
            var spans: [(ranges: [DayRange], open: Bool)] = []
            var end: Day
            if lastOpen {
                let start = today.adding(days: -rng.int(0...330))
                spans.append((decisionRanges(from: start, through: today), true))
                end = start.adding(days: -rng.int(30...300))
            } else {
                end = today.adding(days: -rng.int(1...500))
            }
            while spans.count < periodsPerClient {
                let steps = rng.int(1...4)
                let ranges = decisionRanges(endingBefore: end, steps: steps)
                spans.append((ranges, false))
                end = ranges[0].first.adding(days: -rng.int(30...300))
            }
            spans.reverse()
            let clientID = rng.uuid()
            let name = "\(rng.pick(DemoScaleNames.first)) \(rng.pick(DemoScaleNames.family))"
            clients.append(
                GenClient(
                    id: clientID, unitID: unit, workerID: worker, name: name, birthDate: born.iso, language: language,
                    createdAt: spans[0].ranges[0].first.adding(days: -14).startDate))
            for span in spans {
                periods.append(
                    GenPeriod(
                        id: rng.uuid(), client: index, isOpen: span.open,
                        phase: span.open ? rng.pick(phases).rawValue : PeriodPhase.closing.rawValue,
                        decisions: span.ranges,
                        closedAt: span.open ? nil : span.ranges.last!.last.adding(days: 3).startDate))
            }
        }
        // Meetings in proportion to each period's days, exactly `meetingCount` in all.
        let totalDays = periods.reduce(0) { $0 + $1.days }
        var cumulative = 0
        var given = 0
        for index in periods.indices {
            cumulative += periods[index].days
            let upTo = Int((Double(meetingCount) * Double(cumulative) / Double(totalDays)).rounded())
            periods[index].meetingCount = upTo - given
            given = upTo
        }
        progress(
            "Generating \(clients.count) clients, \(periods.count) periods, \(meetingCount) meetings (seed \(seed))")

        var summary = Summary()
        summary.sannaClients = clients.filter { $0.workerID == sanna }.count
        var decisionSequence = 20_000_000
        var lastReport = Date()
        let byClient = Dictionary(grouping: periods.indices, by: { periods[$0].client })
        for chunkStart in stride(from: 0, to: clients.count, by: clientsPerChunk) {
            let chunk = chunkStart..<min(chunkStart + clientsPerChunk, clients.count)
            var clientRows: [[any SQLExpression]] = []
            var periodRows: [[any SQLExpression]] = []
            var decisionRows: [[any SQLExpression]] = []
            var meetingRows: [[any SQLExpression]] = []
            for clientIndex in chunk {
                let client = clients[clientIndex]
                clientRows.append([
                    SQLBind(client.id), SQLBind(client.unitID), SQLBind(client.name),
                    SQLBind(client.name.lowercased()), SQLBind(client.birthDate), SQLBind(client.language),
                    SQLBind(client.workerID), SQLBind(client.createdAt), SQLBind(client.createdAt),
                ])
                for periodIndex in byClient[clientIndex] ?? [] {
                    let period = periods[periodIndex]
                    let createdAt = period.decisions[0].first.adding(days: -7).startDate
                    periodRows.append([
                        SQLBind(period.id), SQLBind(client.id), SQLBind(client.unitID), SQLBind(period.status),
                        SQLBind(period.phase),
                        SQLBind(Suitability.Check(offer: [.ownWish, .commitment], notNow: [])),
                        SQLBind(client.workerID), SQLBind(createdAt), SQLBind(period.closedAt ?? createdAt),
                        period.closedAt.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null,
                    ])
                    let meetings = meetingDays(period, today: today, rng: &rng)
                    for (number, range) in period.decisions.enumerated() {
                        decisionSequence += 1
                        let text = DecisionTexts.rehabilitation(
                            .init(
                                range: range, individualMeetings: 6, groupSessions: 4, allowanceCentsPerDay: 900,
                                goals: [], isContinuation: number > 0))
                        decisionRows.append(
                            decisionRow(
                                period: period, client: client, kind: .rehabilitation,
                                number: DecisionNumber.make(year: range.first.year, sequence: decisionSequence),
                                range: range, isContinuation: number > 0, text: text, amountCents: nil,
                                details: .init(individualMeetings: 6, groupSessions: 4, goals: []), rng: &rng))
                        // Allowance months decided, except those ended within the last month:
                        // those are still to decide and show on the home page.
                        for month in ActivityAllowance.months(of: range, mode: .fromDecisionStart)
                        where month.last < today.adding(days: -31) {
                            let days = Set(
                                meetings.filter { $0.status == "realised" && month.contains($0.day) }.map(\.day)
                            )
                            .sorted()
                            guard !days.isEmpty else { continue }
                            decisionSequence += 1
                            decisionRows.append(
                                decisionRow(
                                    period: period, client: client, kind: .allowance,
                                    number: DecisionNumber.make(year: month.last.year, sequence: decisionSequence),
                                    range: month, isContinuation: false,
                                    text: "Toimintaraha \(month.finnish): \(days.count) päivää.",
                                    amountCents: days.count * 900, details: .init(activityDays: days.map(\.iso)),
                                    rng: &rng))
                        }
                    }
                    let others = workers[client.unitID]!
                    for meeting in meetings {
                        let worker = rng.chance(0.9) ? client.workerID : rng.pick(others)
                        let record = meeting.status == "realised" ? rng.pick(DemoScaleNames.records) : ""
                        let startsAt = meeting.day.startDate.addingTimeInterval(Double(rng.int(8...15)) * 3600)
                        meetingRows.append([
                            SQLBind(rng.uuid()), SQLBind(period.id), SQLBind(client.id), SQLBind(client.unitID),
                            SQLBind(worker), SQLBind(startsAt), SQLBind(meeting.day.iso),
                            SQLBind(rng.chance(0.7) ? 60 : 90), SQLBind(meeting.type),
                            SQLBind(rng.pick(Meeting.places)),
                            SQLBind(meeting.status), SQLBind(""), SQLBind(""), SQLBind(record), SQLBind(startsAt),
                            SQLBind(startsAt),
                        ])
                    }
                }
            }
            let isFirst = chunkStart == 0
            let isLast = chunk.upperBound == clients.count
            let rows = (clientRows, periodRows, decisionRows, meetingRows)
            try await app.db.atomically { db in
                let sql = db as! any SQLDatabase
                if isFirst {
                    // The marker first: an interrupted run is refused too, not half-repeated.
                    try await Setting(key: markerKey, value: "\(scale)").create(on: db)
                }
                try await insert("clients", clientColumns, rows.0, on: sql)
                try await insert("periods", periodColumns, rows.1, on: sql)
                try await insert("decisions", decisionColumns, rows.2, on: sql)
                try await insert("meetings", meetingColumns, rows.3, on: sql)
                if isLast {
                    try await AuditLog.append(
                        .create, actor: .commandLine("demo --scale"), recordType: "demo-scale",
                        detail: "scale \(scale)",
                        now: now, on: db)
                }
            }
            summary.clients += clientRows.count
            summary.periods += periodRows.count
            summary.decisions += decisionRows.count
            summary.meetings += meetingRows.count
            if isLast || Date().timeIntervalSince(lastReport) >= 5 {
                lastReport = Date()
                let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
                progress("  \(summary.clients)/\(clients.count) clients, \(summary.meetings) meetings, \(seconds) s")
            }
        }
        let groups = try await loadGroups(scale: scale, on: app, today: today, now: now, progress: progress)
        summary.groups = groups.groups
        summary.sessions = groups.sessions
        summary.enrolments = groups.enrolments
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Three-month decisions from `start`, up to the one that covers `through`.
    private static func decisionRanges(from start: Day, through: Day) -> [DayRange] {
        var ranges: [DayRange] = []
        var first = start
        repeat {
            let range = DayRange(first, DecisionRules.latestEnd(ofDecisionStarting: first))
            ranges.append(range)
            first = range.last.adding(days: 1)
        } while first <= through && ranges.count < 4
        return ranges
    }

    /// `steps` three-month decisions that end before `end`.
    private static func decisionRanges(endingBefore end: Day, steps: Int) -> [DayRange] {
        var start = end.adding(days: -92 * steps)
        while true {
            var ranges: [DayRange] = []
            var first = start
            for _ in 0..<steps {
                let range = DayRange(first, DecisionRules.latestEnd(ofDecisionStarting: first))
                ranges.append(range)
                first = range.last.adding(days: 1)
            }
            if ranges.last!.last < end { return ranges }
            start = start.adding(days: -7)
        }
    }

    private struct GenMeeting {
        let day: Day
        let status: String
        let type: String
    }

    /// The period's meetings spread evenly (with jitter) over its decisions' days: past
    /// ones mostly realised, some cancelled or missed; today's and later ones planned.
    private static func meetingDays(_ period: GenPeriod, today: Day, rng: inout SeededRandom) -> [GenMeeting] {
        let first = period.decisions.first!.first
        let days = period.days
        let count = period.meetingCount
        guard count > 0 else { return [] }
        return (0..<count).map { index in
            let offset = Int((Double(index) + Double.random(in: 0..<1, using: &rng)) * Double(days) / Double(count))
            let day = first.adding(days: min(days - 1, offset))
            let status: String
            if day < today {
                let roll = rng.int(0...99)
                status = roll < 82 ? "realised" : roll < 92 ? "cancelled" : "did-not-come"
            } else {
                status = "planned"
            }
            let roll = rng.int(0...99)
            let type =
                roll < 60 ? "individual" : roll < 85 ? "group" : roll < 90 ? "network" : roll < 95 ? "phone" : "remote"
            return GenMeeting(day: day, status: status, type: type)
        }
    }

    private static func decisionRow(
        period: GenPeriod, client: GenClient, kind: Decision.Kind, number: String, range: DayRange,
        isContinuation: Bool, text: String, amountCents: Int?, details: Decision.Details, rng: inout SeededRandom
    ) -> [any SQLExpression] {
        [
            SQLBind(rng.uuid()), SQLBind(period.id), SQLBind(client.id), SQLBind(client.unitID),
            SQLBind(kind.rawValue), SQLBind(number), SQLBind(range.first.iso), SQLBind(range.last.iso),
            SQLBind(isContinuation), SQLBind(DecisionTexts.Resolution.positive.rawValue), SQLBind(true),
            SQLBind("Tavattu"), SQLBind(text), amountCents.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null,
            SQLBind(details), SQLBind(client.workerID), SQLBind(range.first.adding(days: -7).startDate),
        ]
    }

    static let clientColumns = [
        "id", "unit_id", "name", "name_search", "birth_date", "language", "responsible_worker_id", "created_at",
        "updated_at",
    ]
    static let periodColumns = [
        "id", "client_id", "unit_id", "status", "phase", "suitability", "created_by", "created_at", "updated_at",
        "closed_at",
    ]
    static let decisionColumns = [
        "id", "period_id", "client_id", "unit_id", "kind", "number", "first_day", "last_day", "is_continuation",
        "resolution", "opinion_heard", "opinion_method", "text", "amount_cents", "details", "created_by", "created_at",
    ]
    static let meetingColumns = [
        "id", "period_id", "client_id", "unit_id", "worker_id", "starts_at", "day", "duration_minutes", "type",
        "place", "status", "methods", "task", "record", "created_at", "updated_at",
    ]

    /// Multi-row inserts, each under both databases' limits on bound parameters.
    static func insert(
        _ table: String, _ columns: [String], _ rows: [[any SQLExpression]], on sql: any SQLDatabase
    ) async throws {
        let perStatement = max(1, 15_000 / columns.count)
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            var builder = sql.insert(into: table).columns(columns)
            for row in rows[start..<min(start + perStatement, rows.count)] { builder = builder.values(row) }
            try await builder.run()
        }
    }
}
