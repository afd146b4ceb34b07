import Fluent
import Foundation
import RinnallaCore
import SQLKit

/// The team lead's dashboard of one unit (issue 16): is the service delivered as the
/// handbook says, worker by worker and month by month. Read with a handful of plain
/// queries over the unit; the lists that the worker's home page also has (meeting
/// rhythm, decisions ending, allowance months, interim evaluations, group absences) are
/// made by the worker's own code run over the whole unit (`WorkerDayService.addClientLists`),
/// so the two pages cannot count differently.
enum TeamLeadDashboardService {
    /// Who may see the dashboard of a unit, and how. Outside the user's units (and not an
    /// admin) it is 404, as everywhere; a member who neither leads nor evaluates the unit
    /// gets 403 with a message saying who may.
    static func access(to unitID: UUID, for user: CurrentUser) throws -> DashboardAccess {
        let roles = Set(user.memberships.filter { $0.unitID == unitID }.map(\.role))
        guard !roles.isEmpty || user.can(.manageUsers) else { throw AppError.notFound }
        if roles.contains(.teamLead) { return .lists }
        if user.can(.viewAggregates, inUnit: unitID) || user.can(.manageUsers) { return .aggregates }
        throw AppError(status: .forbidden, code: "forbidden", key: .dashboardNotLead)
    }

    /// Aggregates come by month only. Two overlapping periods (a quarter and two of its
    /// months) could be subtracted into a month's small count that each hides; months do
    /// not overlap. A quarter is a valid period that this viewer may not see: 403.
    static func check(_ period: ReportingPeriod, for access: DashboardAccess) throws {
        if case .quarter = period, access == .aggregates {
            throw AppError(status: .forbidden, code: "months-only", key: .dashboardMonthsOnly, field: "period")
        }
    }

    /// The units whose dashboards the user may open, by name, each with how.
    static func units(for user: CurrentUser, on db: any Database) async throws -> [(
        id: UUID, name: String, access: DashboardAccess
    )] {
        // An admin may open every unit's; anyone else those of their memberships.
        var query = OrgUnit.query(on: db).sort(\.$name)
        if !user.can(.manageUsers) { query = query.filter(\.$id ~~ user.memberships.map(\.unitID)) }
        var units: [(id: UUID, name: String, access: DashboardAccess)] = []
        for unit in try await query.all() {
            guard let id = unit.id, let access = try? access(to: id, for: user) else { continue }
            units.append((id, unit.name, access))
        }
        return units
    }

    /// The dashboards of the units the user may open (`units(for:on:)`), for `/dashboard`
    /// and its API. The caller audits the view.
    static func allUnits(
        _ units: [(id: UUID, name: String, access: DashboardAccess)], period: ReportingPeriod, on caller: Caller
    ) async throws -> [DashboardFigures] {
        let user = try caller.requireUser()
        let settings = try await OrganisationSettings.load(on: caller.db)
        var figures: [DashboardFigures] = []
        for unit in units {
            let board = try await compute(unitID: unit.id, period: period, for: user, now: caller.now, on: caller.db)
            figures.append(DashboardFigures(board, access: unit.access, threshold: settings.minimumCellSize))
        }
        return figures
    }

    /// A unit's dashboard, computed. Audited by the caller: the figures view as one row,
    /// a list with names as one row per client shown.
    static func compute(unitID: UUID, period: ReportingPeriod, for user: CurrentUser, now: Date, on db: any Database)
        async throws -> UnitDashboard
    {
        guard let unit = try await OrgUnit.find(unitID, on: db) else { throw AppError.notFound }
        let today = Day(now)
        let asOf = period.asOf(today: today)
        var board = UnitDashboard(
            unitID: unitID, unitName: unit.name, period: period, today: today, asOf: asOf)
        let loaded = try await Loaded.load(unitID: unitID, period: period, asOf: asOf, on: db)
        board.workers = loaded.workers
        addCaseload(&board, loaded)
        try await addWorkerLists(&board, loaded, user: user, on: db)
        addMeetingCoverage(&board, loaded)
        addDecisions(&board, loaded)
        try await addEvaluations(&board, loaded, on: db)
        try await addGroups(&board, unitID: unitID, on: db)
        try await addReferrals(&board, unitID: unitID, loaded, on: db)
        addWaits(&board, loaded)
        for list in DashboardList.allCases {
            board.lists[list] = (board.lists[list] ?? []).sorted(by: Self.order)
        }
        return board
    }

    /// Lists read by client name, then day, as the worker's lists.
    private static func order(_ a: DashboardRow, _ b: DashboardRow) -> Bool {
        (a.clientName ?? "", a.day ?? "", a.place ?? "") < (b.clientName ?? "", b.day ?? "", b.place ?? "")
    }

    // MARK: Sections

    private static func addCaseload(_ board: inout UnitDashboard, _ loaded: Loaded) {
        let range = board.period.range
        for period in loaded.periods {
            let started = Day(period.createdAt)
            let closed = period.closedAt.map { Day($0) }
            var row = loaded.row(for: period)
            row.day = started.iso
            if period.isOpen(on: board.asOf) {
                row.value = period.phase
                board.lists[.openPeriods, default: []].append(row)
                if period.isOpenNow, let phase = PeriodPhase(rawValue: period.phase) {
                    board.phases[phase, default: 0] += 1
                }
            }
            if range.contains(started) {
                row.value = nil
                board.lists[.newPeriods, default: []].append(row)
            }
            if let closed, range.contains(closed), closed <= board.asOf {
                row.day = closed.iso
                row.value = nil
                board.lists[.closedPeriods, default: []].append(row)
            }
        }
        board.lists[.contacts] = loaded.contacts.map { contact in
            DashboardRow(
                workerID: contact.workerID, workerName: loaded.workerNames[contact.workerID], day: contact.day.iso,
                value: contact.channel)
        }
    }

    /// The worker's home-page lists, run over the unit's periods as they stood on `asOf`.
    private static func addWorkerLists(
        _ board: inout UnitDashboard, _ loaded: Loaded, user: CurrentUser, on db: any Database
    ) async throws {
        let closedSince = board.asOf.adding(days: -WorkerDayService.closedPeriodGraceDays)
        let periods = loaded.periods.filter { period in
            Day(period.createdAt) <= board.asOf && (period.closedAt.map { Day($0) >= closedSince } ?? true)
        }
        var caseload = Caseload(
            userID: user.id, unitIDs: [board.unitID],
            periods: periods.map {
                Caseload.Period(
                    id: $0.id, clientID: $0.clientID, unitID: board.unitID, isOpen: $0.isOpen(on: board.asOf))
            },
            clientNames: loaded.clientNames)
        caseload.decisions = loaded.decisionRows
        var reminders = WorkerReminders(today: board.asOf)
        try await WorkerDayService.addClientLists(&reminders, caseload: caseload, on: db)
        func row(_ periodID: UUID) -> DashboardRow {
            loaded.periodsByID[periodID].map(loaded.row(for:)) ?? DashboardRow(periodID: periodID)
        }
        board.lists[.belowTwo] = (reminders.fewMeetings ?? []).map { item in
            var line = row(item.periodID)
            line.count = item.realisedThisMonth
            return line
        }
        board.lists[.decisionsEnding] = reminders.decisionsEnding.map { item in
            var line = row(item.periodID)
            line.day = item.range.first.iso
            line.lastDay = item.range.last.iso
            line.days = item.daysLeft
            return line
        }
        board.lists[.allowancesWaiting] = reminders.allowancesToDecide.map { item in
            var line = row(item.periodID)
            line.day = item.month.first.iso
            line.lastDay = item.month.last.iso
            line.count = item.activityDays
            line.amountCents = item.sumCents
            return line
        }
        board.lists[.interimOverdue] = (reminders.interimEvaluationsDue ?? []).filter { $0.due < board.asOf }.map {
            item in
            var line = row(item.periodID)
            line.day = item.due.iso
            return line
        }
        board.lists[.groupAbsences] = (reminders.groupAbsences ?? []).map { item in
            var line = row(item.periodID)
            line.place = item.groupName
            line.count = item.missed
            line.day = item.lastMissed.iso
            return line
        }
    }

    /// Client-months with at least two realised meetings, of those with a valid decision:
    /// the worker's rhythm rule month by month (`MeetingCoverage`).
    private static func addMeetingCoverage(_ board: inout UnitDashboard, _ loaded: Loaded) {
        let chart = board.period.chartMonths
        let chosen = Set(board.period.months)
        var all: [MeetingCoverage.ClientMonth] = []
        var byWorker: [UUID: [MeetingCoverage.ClientMonth]] = [:]
        for period in loaded.periods {
            let months = MeetingCoverage.clientMonths(
                chart, decisions: loaded.granted(period.id), realisedByMonth: loaded.meetings[period.id] ?? [:],
                today: board.asOf)
            all += months
            byWorker[period.workerID, default: []] += months
            for month in months where month.isExpected && chosen.contains(month.month) {
                var row = loaded.row(for: period)
                row.day = month.month.firstDay.iso
                row.count = month.realised
                row.value = month.hadTwo ? DashboardRow.met : DashboardRow.notMet
                board.lists[.clientMonths, default: []].append(row)
            }
        }
        board.coverageByMonth = MeetingCoverage.byMonth(all, months: chart)
        board.coverageByWorkerMonth = byWorker.mapValues { MeetingCoverage.byMonth($0, months: chart) }
    }

    private static func addDecisions(_ board: inout UnitDashboard, _ loaded: Loaded) {
        let range = board.period.range
        let yearWindow = DayRange(
            range.first, max(range.last, board.asOf.adding(days: WorkerDay.decisionEndingWindowDays)))
        var granted: [[DayRange]] = []
        for period in loaded.periods {
            let ranges = loaded.granted(period.id)
            guard !ranges.isEmpty else { continue }
            granted.append(ranges)
            for gap in DecisionContinuity.gaps(ranges, overlapping: range) {
                var row = loaded.row(for: period)
                row.day = gap.days.first.iso
                row.lastDay = gap.days.last.iso
                row.days = gap.dayCount
                board.lists[.decisionGaps, default: []].append(row)
            }
            if period.isOpen(on: board.asOf), DecisionContinuity.reachesTwelveMonths(ranges, in: yearWindow),
                let end = DecisionContinuity.twelveMonthEnd(ranges)
            {
                var row = loaded.row(for: period)
                row.day = end.iso
                board.lists[.reachingYear, default: []].append(row)
            }
            for (index, decision) in ranges.enumerated() where range.contains(decision.first) {
                var row = loaded.row(for: period)
                row.day = decision.first.iso
                row.lastDay = decision.last.iso
                row.value = index == 0 ? DashboardRow.first : DashboardRow.continuation
                board.lists[.decisionsMade, default: []].append(row)
            }
        }
        board.decisionsPerMonth = DecisionContinuity.perMonth(periods: granted, months: board.period.chartMonths)
        // Allowance decisions made in the period; a corrected one counts once, as corrected.
        let corrected = Set(loaded.allowances.compactMap(\.correctsID))
        for decision in loaded.allowances
        where !corrected.contains(decision.id) && range.contains(decision.made) && decision.made <= board.asOf {
            guard let period = loaded.periodsByID[decision.periodID] else { continue }
            var row = loaded.row(for: period)
            row.day = decision.month.iso
            row.lastDay = decision.made.iso
            row.amountCents = decision.amountCents
            board.lists[.allowancesDecided, default: []].append(row)
        }
    }

    private static func addEvaluations(_ board: inout UnitDashboard, _ loaded: Loaded, on db: any Database)
        async throws
    {
        let ids = loaded.periods.map(\.id)
        guard !ids.isEmpty else { return }
        let sql = db as! any SQLDatabase
        // evaluations_period_idx
        var finals: [UUID: [(id: UUID, day: Day)]] = [:]
        for row in try await sql.select().columns("id", "period_id", "day").from(Evaluation.schema)
            .where("period_id", .in, ids).where("kind", .equal, EvaluationKind.final.rawValue).all()
        {
            guard let day = Day(iso: try row.decode(column: "day", as: String.self)) else { continue }
            finals[try row.decode(column: "period_id", as: UUID.self), default: []].append(
                (try row.decode(column: "id", as: UUID.self), day))
        }
        // Closed within the chart's twelve months without a final evaluation.
        let since = board.period.chartMonths[0].firstDay
        for period in loaded.periods {
            guard let closed = period.closedAt.map({ Day($0) }), since <= closed, closed <= board.asOf,
                finals[period.id] == nil
            else { continue }
            var row = loaded.row(for: period)
            row.day = closed.iso
            board.lists[.finalMissing, default: []].append(row)
        }
        // GAS T-score change of the final evaluations made in the period.
        let range = board.period.range
        var chosen: [UUID: (period: UUID, day: Day)] = [:]
        for (periodID, list) in finals {
            for final in list where range.contains(final.day) && final.day <= board.asOf {
                chosen[final.id] = (periodID, final.day)
            }
        }
        guard !chosen.isEmpty else { return }
        let ratings = try await GoalRating.ratings(ofEvaluations: Array(chosen.keys), on: sql)
        for (evaluationID, final) in chosen {
            guard let change = GoalChange.change(ratings[evaluationID] ?? []),
                let period = loaded.periodsByID[final.period]
            else { continue }
            var row = loaded.row(for: period)
            row.day = final.day.iso
            row.change = (change * 10).rounded() / 10
            row.value = GoalChange.bin(change).rawValue
            board.lists[.goalChanges, default: []].append(row)
        }
    }

    /// Sessions of the unit's groups in the period up to `asOf`: held (not cancelled),
    /// attendance of the enrolled and occupancy against capacity (`GroupFigures`).
    private static func addGroups(_ board: inout UnitDashboard, unitID: UUID, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        let range = DayRange(board.period.range.first, board.asOf)
        guard range.first <= range.last else { return }
        var groups: [UUID: (name: String, capacity: Int)] = [:]
        for row in try await sql.select().columns("id", "name", "capacity").from(ActivityGroup.schema)
            .where("unit_id", .equal, unitID).all()
        {
            groups[try row.decode(column: "id", as: UUID.self)] = (
                try row.decode(column: "name", as: String.self), try row.decode(column: "capacity", as: Int.self)
            )
        }
        guard !groups.isEmpty else { return }
        struct SessionRow {
            let id: UUID, groupID: UUID, day: Day, held: Bool, walkIns: Int
        }
        var sessions: [SessionRow] = []
        for row in try await sql.select().columns("id", "group_id", "day", "status", "walk_ins")
            .from(GroupSession.schema).where("unit_id", .equal, unitID)
            .where("day", .greaterThanOrEqual, range.first.iso).where("day", .lessThanOrEqual, range.last.iso).all()
        {
            guard let day = Day(iso: try row.decode(column: "day", as: String.self)) else { continue }
            sessions.append(
                SessionRow(
                    id: try row.decode(column: "id", as: UUID.self),
                    groupID: try row.decode(column: "group_id", as: UUID.self), day: day,
                    held: try row.decode(column: "status", as: String.self) != GroupSession.cancelled,
                    walkIns: try row.decode(column: "walk_ins", as: Int.self)))
        }
        guard !sessions.isEmpty else { return }
        var enrolments: [UUID: [(client: UUID, from: String, to: String?)]] = [:]
        for row in try await sql.select().columns("group_id", "client_id", "enrolled_on", "left_on")
            .from(GroupEnrolment.schema).where("group_id", .in, Array(Set(sessions.map(\.groupID)))).all()
        {
            enrolments[try row.decode(column: "group_id", as: UUID.self), default: []].append(
                (
                    try row.decode(column: "client_id", as: UUID.self),
                    try row.decode(column: "enrolled_on", as: String.self),
                    try row.decode(column: "left_on", as: String?.self)
                ))
        }
        var attendance: [UUID: [UUID: AttendanceStatus]] = [:]
        for row in try await sql.select().columns("session_id", "client_id", "status").from(
            GroupAttendanceRecord.schema
        )
        .where("session_id", .in, sessions.map(\.id)).all() {
            guard let status = AttendanceStatus(rawValue: try row.decode(column: "status", as: String.self)) else {
                continue
            }
            attendance[try row.decode(column: "session_id", as: UUID.self), default: [:]][
                try row.decode(column: "client_id", as: UUID.self)] = status
        }
        for (groupID, rows) in Dictionary(grouping: sessions, by: \.groupID) {
            guard let group = groups[groupID] else { continue }
            let figures = GroupFigures(
                rows.map { session in
                    let day = session.day.iso
                    let enrolled = (enrolments[groupID] ?? []).filter {
                        $0.from <= day && ($0.to.map { day < $0 } ?? true)
                    }
                    return GroupFigures.Session(
                        day: session.day, held: session.held, capacity: group.capacity,
                        enrolled: Set(enrolled.map(\.client)), attendance: attendance[session.id] ?? [:],
                        walkIns: session.walkIns)
                })
            board.groups.append(.init(groupID: groupID, name: group.name, figures: figures))
        }
        board.groups.sort { $0.name < $1.name }
    }

    private static func addReferrals(_ board: inout UnitDashboard, unitID: UUID, _ loaded: Loaded, on db: any Database)
        async throws
    {
        let sql = db as! any SQLDatabase
        let range = board.period.range
        // Those made in the period, and those still waiting from before it.
        let rows = try await sql.select()
            .columns("client_id", "service_path_id", "day", "made_by", "outcome").from(Referral.schema)
            .where("unit_id", .equal, unitID).where("day", .lessThanOrEqual, board.asOf.iso)
            .where {
                $0.where("day", .greaterThanOrEqual, range.first.iso).orWhere(
                    "outcome", .equal, ReferralOutcome.notFollowedUp.rawValue)
            }
            .all()
        guard !rows.isEmpty else { return }
        var paths: [UUID: String] = [:]
        let pathIDs = Set(try rows.map { try $0.decode(column: "service_path_id", as: UUID.self) })
        for row in try await sql.select().columns("id", "name").from(ServicePath.schema)
            .where("id", .in, Array(pathIDs)).all()
        {
            paths[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "name", as: String.self)
        }
        let madeBy = Set(try rows.map { try $0.decode(column: "made_by", as: UUID.self) })
        let names = try await loaded.names(of: madeBy, on: db)
        for row in rows {
            guard let day = Day(iso: try row.decode(column: "day", as: String.self)),
                let outcome = ReferralOutcome(rawValue: try row.decode(column: "outcome", as: String.self))
            else { continue }
            let clientID = try row.decode(column: "client_id", as: UUID?.self)
            let worker = try row.decode(column: "made_by", as: UUID.self)
            let line = DashboardRow(
                clientID: clientID, clientName: clientID.flatMap { loaded.clientNames[$0] }, workerID: worker,
                workerName: names[worker], day: day.iso, value: outcome.rawValue,
                place: paths[try row.decode(column: "service_path_id", as: UUID.self)])
            if ReferralFollowUp.isWaitingPastFollowUp(outcome: outcome, referralDay: day, today: board.asOf) {
                board.lists[.referralsWaiting, default: []].append(line)
            }
            if range.contains(day), outcome != .notFollowedUp {
                board.lists[.referralsFollowedUp, default: []].append(line)
            }
        }
    }

    /// From the period's start (the suitability check, when the service is first offered)
    /// to the day its first rehabilitation decision was made, for first decisions made in
    /// the period.
    private static func addWaits(_ board: inout UnitDashboard, _ loaded: Loaded) {
        let range = board.period.range
        var waits: [WaitingTime.Wait] = []
        for period in loaded.periods {
            guard let made = loaded.firstDecisionMade[period.id], range.contains(made), made <= board.asOf else {
                continue
            }
            let wait = WaitingTime.Wait(from: Day(period.createdAt), to: made)
            waits.append(wait)
            var row = loaded.row(for: period)
            row.day = wait.from.iso
            row.lastDay = made.iso
            row.days = wait.days
            board.lists[.waits, default: []].append(row)
        }
        board.waiting = WaitingTime(waits)
    }
}

// MARK: Loading

extension TeamLeadDashboardService {
    /// What every section reads, loaded once per dashboard as plain rows.
    struct Loaded: Sendable {
        struct Period: Sendable {
            let id: UUID
            let clientID: UUID
            let isOpenNow: Bool
            let phase: String
            let createdAt: Date
            let closedAt: Date?
            let workerID: UUID

            /// Started on or before the day and not closed before it.
            func isOpen(on day: Day) -> Bool {
                Day(createdAt) <= day && (closedAt.map { Day($0) >= day } ?? true)
            }
        }

        struct Contact: Sendable {
            let day: Day
            let channel: String
            let workerID: UUID
        }

        struct Allowance: Sendable {
            let id: UUID
            let periodID: UUID
            let month: Day
            let made: Day
            let amountCents: Int?
            let correctsID: UUID?
        }

        var periods: [Period] = []
        var periodsByID: [UUID: Period] = [:]
        var clientNames: [UUID: String] = [:]
        var workerNames: [UUID: String] = [:]
        var workers: [UnitDashboard.Worker] = []
        var decisionRows: [UUID: [Caseload.DecisionRow]] = [:]
        var allowances: [Allowance] = []
        var firstDecisionMade: [UUID: Day] = [:]
        /// Realised meetings of each period in the chart's months, per month, up to `asOf`.
        var meetings: [UUID: [Month: Int]] = [:]
        var contacts: [Contact] = []

        func granted(_ periodID: UUID) -> [DayRange] {
            (decisionRows[periodID] ?? []).filter { $0.isRehabilitation && $0.isGranted }.compactMap(\.range)
                .sorted { $0.first < $1.first }
        }

        func row(for period: Period) -> DashboardRow {
            DashboardRow(
                clientID: period.clientID, clientName: clientNames[period.clientID], periodID: period.id,
                workerID: period.workerID, workerName: workerNames[period.workerID])
        }

        /// Names of users, from those already read or one query.
        func names(of ids: Set<UUID>, on db: any Database) async throws -> [UUID: String] {
            var names = workerNames
            let missing = ids.subtracting(names.keys)
            if !missing.isEmpty {
                for user in try await User.query(on: db).filter(\.$id ~~ Array(missing)).field(\.$id).field(\.$name)
                    .all()
                {
                    if let id = user.id { names[id] = user.name }
                }
            }
            return names
        }

        static func load(unitID: UUID, period: ReportingPeriod, asOf: Day, on db: any Database) async throws
            -> Loaded
        {
            let sql = db as! any SQLDatabase
            var loaded = Loaded()
            let chartFirst = period.chartMonths[0].firstDay
            // Clients of the unit: names and responsible workers.
            var responsible: [UUID: UUID] = [:]
            for row in try await sql.select().columns("id", "name", "responsible_worker_id").from(ClientRecord.schema)
                .where("unit_id", .equal, unitID).all()
            {
                let id = try row.decode(column: "id", as: UUID.self)
                loaded.clientNames[id] = try row.decode(column: "name", as: String.self)
                if let worker = try row.decode(column: "responsible_worker_id", as: UUID?.self) {
                    responsible[id] = worker
                }
            }
            // Periods open at some time in the chart's twelve months.
            let rows = try await sql.select()
                .columns("id", "client_id", "status", "phase", "created_by", "created_at", "closed_at")
                .from(RehabilitationPeriod.schema)
                .where("unit_id", .equal, unitID)
                .where("created_at", .lessThan, asOf.adding(days: 1).startDate)
                .where {
                    $0.where("status", .equal, "open").orWhere("closed_at", .greaterThanOrEqual, chartFirst.startDate)
                }
                .all()
            for row in rows {
                let clientID = try row.decode(column: "client_id", as: UUID.self)
                let starter = try row.decode(column: "created_by", as: UUID.self)
                let period = Period(
                    id: try row.decode(column: "id", as: UUID.self), clientID: clientID,
                    isOpenNow: try row.decode(column: "status", as: String.self) == "open",
                    phase: try row.decode(column: "phase", as: String.self),
                    createdAt: try row.decode(column: "created_at", as: Date.self),
                    closedAt: try row.decode(column: "closed_at", as: Date?.self),
                    // The responsible worker answers for the client; the starter when none is named.
                    workerID: responsible[clientID] ?? starter)
                loaded.periods.append(period)
                loaded.periodsByID[period.id] = period
            }
            let periodIDs = loaded.periods.map(\.id)
            // Contacts of the period (anonymous: no client, only who recorded them).
            let range = period.range
            for row in try await sql.select().columns("day", "channel", "recorded_by").from(RinnallaApp.Contact.schema)
                .where("unit_id", .equal, unitID).where("day", .greaterThanOrEqual, range.first.iso)
                .where("day", .lessThanOrEqual, min(range.last, asOf).iso).all()
            {
                guard let day = Day(iso: try row.decode(column: "day", as: String.self)) else { continue }
                loaded.contacts.append(
                    Contact(
                        day: day, channel: try row.decode(column: "channel", as: String.self),
                        workerID: try row.decode(column: "recorded_by", as: UUID.self)))
            }
            if !periodIDs.isEmpty {
                try await loadDecisions(&loaded, periodIDs: periodIDs, on: db)
                // Realised meetings of any type, as the worker's rhythm, counted per period
                // and month by the database: a large unit has hundreds of thousands a year.
                // `day` is `yyyy-MM-dd` text on both databases, so its first 7 characters are the month.
                let month = SQLFunction(
                    "substr", args: SQLColumn("day"), SQLLiteral.numeric("1"), SQLLiteral.numeric("7"))
                for row in try await sql.select().column("period_id")
                    .column(SQLAlias(month, as: SQLIdentifier("month")))
                    .column(SQLAlias(SQLFunction("count", args: SQLLiteral.all), as: SQLIdentifier("realised")))
                    .from(Meeting.schema)
                    .where("unit_id", .equal, unitID)
                    .where("day", .greaterThanOrEqual, chartFirst.iso).where("day", .lessThanOrEqual, asOf.iso)
                    .where("status", .equal, ActivityAllowance.MeetingStatus.realised.rawValue)
                    .groupBy("period_id").groupBy(month)
                    .all()
                {
                    guard let month = BoundedInput.month(try row.decode(column: "month", as: String.self)) else {
                        continue
                    }
                    loaded.meetings[try row.decode(column: "period_id", as: UUID.self), default: [:]][month] =
                        try row.decode(column: "realised", as: Int.self)
                }
            }
            let workerIDs = Set(loaded.periods.map(\.workerID)).union(loaded.contacts.map(\.workerID))
            loaded.workerNames = try await loaded.names(of: workerIDs, on: db)
            loaded.workers = workerIDs.compactMap { id in
                loaded.workerNames[id].map { UnitDashboard.Worker(id: id, name: $0) }
            }
            .sorted { ($0.name, $0.id.uuidString) < ($1.name, $1.id.uuidString) }
            return loaded
        }

        /// The periods' decisions as the worker's home page reads them, and what the
        /// dashboard derives from them: allowance decisions with their sums and the day each
        /// period's first rehabilitation decision was made.
        private static func loadDecisions(_ loaded: inout Loaded, periodIDs: [UUID], on db: any Database)
            async throws
        {
            loaded.decisionRows = try await Caseload.decisions(of: periodIDs, on: db)
            for decision in loaded.decisionRows.values.joined() {
                guard let made = decision.made else { continue }
                if decision.isAllowance, let month = Day(iso: decision.firstDay) {
                    loaded.allowances.append(
                        Allowance(
                            id: decision.id, periodID: decision.periodID, month: month, made: made,
                            amountCents: decision.amountCents, correctsID: decision.correctsID))
                }
                if decision.isRehabilitation, decision.isGranted {
                    loaded.firstDecisionMade[decision.periodID] = min(
                        loaded.firstDecisionMade[decision.periodID] ?? made, made)
                }
            }
        }
    }
}
