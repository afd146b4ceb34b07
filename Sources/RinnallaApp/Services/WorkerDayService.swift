import Fluent
import SQLKit
import Foundation
import RinnallaCore
import Vapor

/// Builds the worker's home page reminders with a handful of indexed queries over the
/// worker's own caseload, never over the whole unit.
enum WorkerDayService {
    /// Lists added by other features (see `WorkerReminderList`), run after the built-in
    /// ones, e.g. `[InterimEvaluationReminders.self, SelfAssessmentReminders.self]`.
    static let extraLists: [any WorkerReminderList.Type] = [
        InterimEvaluationReminders.self, SelfAssessmentReminders.self, GroupReminders.self,
    ]

    /// How long a closed period stays in the caseload for its last allowance month.
    static let closedPeriodGraceDays = 62

    /// The worker's caseload ("my clients"): in the units where the user may read client
    /// data, the periods of clients whose named responsible worker (omatyöntekijä) is
    /// the user, and — for clients with no responsible worker named — the periods the
    /// user started. Periods have no worker field of their own: the responsible worker
    /// is the person who answers for the client, and the starter is the best guess
    /// when nobody has been named. A meeting held by the user for someone else's client
    /// appears in the day's meetings but does not make the client the user's.
    static func caseload(for user: CurrentUser, today: Day, on db: any Database) async throws -> Caseload {
        let units = user.clientDataUnitIDs
        guard !units.isEmpty else { return Caseload(userID: user.id, unitIDs: [], periods: [], clientNames: [:]) }
        let sql = db as! any SQLDatabase
        // Plain rows, not models: a large caseload's Fluent reflection cost more than the
        // queries (perf, bench/README.md). clients_worker_idx
        var names: [UUID: String] = [:]
        for row in try await sql.select().columns("id", "name").from(ClientRecord.schema)
            .where("responsible_worker_id", .equal, user.id).where("unit_id", .in, units).all()
        {
            names[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "name", as: String.self)
        }
        // Only open periods and those closed lately: a large caseload's old periods are
        // not needed by any list.
        let closedSince = today.adding(days: -closedPeriodGraceDays).startDate
        func current(_ narrow: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [Caseload.Period] {
            try await narrow(
                sql.select().columns("id", "client_id", "unit_id", "status").from(RehabilitationPeriod.schema)
            )
            .where("unit_id", .in, units)
            .where { $0.where("status", .equal, "open").orWhere("closed_at", .greaterThanOrEqual, closedSince) }
            .all()
            .map { row in
                Caseload.Period(
                    id: try row.decode(column: "id", as: UUID.self),
                    clientID: try row.decode(column: "client_id", as: UUID.self),
                    unitID: try row.decode(column: "unit_id", as: UUID.self),
                    isOpen: try row.decode(column: "status", as: String.self) == "open")
            }
        }
        var periods: [Caseload.Period] = []
        if !names.isEmpty {
            // periods_client_idx
            periods = try await current { $0.where("client_id", .in, Array(names.keys)) }
        }
        // periods_created_by_idx (migration 003)
        let started = try await current { $0.where("created_by", .equal, user.id) }
        let others = Set(started.map(\.clientID)).subtracting(names.keys)
        if !others.isEmpty {
            for row in try await sql.select().columns("id", "name").from(ClientRecord.schema)
                .where("id", .in, Array(others)).where("responsible_worker_id", .is, SQLLiteral.null).all()
            {
                names[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "name", as: String.self)
            }
            periods += started.filter { others.contains($0.clientID) && names[$0.clientID] != nil }
        }
        return Caseload(userID: user.id, unitIDs: units, periods: periods, clientNames: names)
    }

    static func reminders(for user: CurrentUser, now: Date, on db: any Database) async throws -> WorkerReminders {
        let today = Day(now)
        var caseload = try await caseload(for: user, today: today, on: db)
        caseload.decisions = try await Caseload.decisions(of: caseload.periods.map(\.id), on: db)
        var reminders = WorkerReminders(today: today)
        guard !caseload.unitIDs.isEmpty else { return reminders }
        try await addMeetings(&reminders, caseload: caseload, on: db)
        try await addClientLists(&reminders, caseload: caseload, on: db)
        return reminders
    }

    /// The lists that follow a caseload's clients: the meeting rhythm, decisions ending,
    /// allowance months to decide and the extra lists. The team lead's dashboard runs
    /// them over a whole unit, so its figures follow the worker's rules by construction.
    static func addClientLists(_ reminders: inout WorkerReminders, caseload: Caseload, on db: any Database)
        async throws
    {
        try await addPeriodLists(&reminders, caseload: caseload, on: db)
        for list in extraLists {
            try await list.fill(&reminders, caseload: caseload, on: db)
        }
    }

    /// Today's and the rest of the week's meetings: the ones the user holds, and any in
    /// the user's caseload. Cancelled ones are left out.
    private static func addMeetings(_ reminders: inout WorkerReminders, caseload: Caseload, on db: any Database)
        async throws
    {
        let today = reminders.today
        let last = WorkerDay.week(containing: today).last
        let sql = db as! any SQLDatabase
        struct Row {
            let meetingID: UUID, periodID: UUID, clientID: UUID, startsAt: Date, day: String
            let durationMinutes: Int, type: String, place: String, status: String
        }
        // Plain rows, not models (Fluent's per-row reflection, bench/README.md).
        func week(_ narrow: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [Row] {
            try await narrow(
                sql.select().columns(
                    "id", "period_id", "client_id", "starts_at", "day", "duration_minutes", "type", "place", "status"
                ).from(Meeting.schema)
            )
            .where("day", .greaterThanOrEqual, today.iso).where("day", .lessThanOrEqual, last.iso)
            .where("status", .notEqual, ActivityAllowance.MeetingStatus.cancelled.rawValue)
            .all()
            .map { row in
                Row(
                    meetingID: try row.decode(column: "id", as: UUID.self),
                    periodID: try row.decode(column: "period_id", as: UUID.self),
                    clientID: try row.decode(column: "client_id", as: UUID.self),
                    startsAt: try row.decode(column: "starts_at", as: Date.self),
                    day: try row.decode(column: "day", as: String.self),
                    durationMinutes: try row.decode(column: "duration_minutes", as: Int.self),
                    type: try row.decode(column: "type", as: String.self),
                    place: try row.decode(column: "place", as: String.self),
                    status: try row.decode(column: "status", as: String.self))
            }
        }
        // meetings_worker_day_idx
        var meetings = try await week {
            $0.where("worker_id", .equal, caseload.userID).where("unit_id", .in, caseload.unitIDs)
        }
        let open = caseload.openPeriods.map(\.id)
        if !open.isEmpty {
            // meetings_period_day_idx
            let seen = Set(meetings.map(\.meetingID))
            meetings += try await week { $0.where("period_id", .in, open) }.filter { !seen.contains($0.meetingID) }
        }
        meetings.sort { $0.startsAt < $1.startsAt }
        var names = caseload.clientNames
        let missing = Set(meetings.map(\.clientID)).subtracting(names.keys)
        if !missing.isEmpty {
            for client in try await ClientRecord.query(on: db).filter(\.$id ~~ Array(missing)).field(\.$id)
                .field(\.$name).all()
            {
                if let id = client.id { names[id] = client.name }
            }
        }
        for meeting in meetings {
            let item = WorkerReminders.MeetingItem(
                meetingID: meeting.meetingID, periodID: meeting.periodID, clientID: meeting.clientID,
                clientName: names[meeting.clientID] ?? "", startsAt: meeting.startsAt,
                durationMinutes: meeting.durationMinutes, type: meeting.type, place: meeting.place,
                status: meeting.status)
            if meeting.day == today.iso {
                reminders.meetingsToday.append(item)
            } else {
                reminders.meetingsLaterThisWeek.append(item)
            }
        }
    }

    /// The meeting rhythm, decisions ending and allowance months to decide, from the
    /// caseload's decisions and realised meetings loaded in one query each.
    private static func addPeriodLists(_ reminders: inout WorkerReminders, caseload: Caseload, on db: any Database)
        async throws
    {
        let today = reminders.today
        let periodIDs = caseload.periods.map(\.id)
        guard !periodIDs.isEmpty else {
            if today.day >= 15 { reminders.fewMeetings = [] }
            return
        }
        let settings = try await OrganisationSettings.load(on: db)
        var granted: [UUID: [(decision: Caseload.DecisionRow, range: DayRange)]] = [:]
        var decidedFirsts: [UUID: Set<String>] = [:]
        for period in caseload.periods {
            let rows = caseload.decisions[period.id] ?? []
            granted[period.id] = rows.filter { $0.isRehabilitation && $0.isGranted }
                .compactMap { d in d.range.map { (decision: d, range: $0) } }.sorted { $0.range.first < $1.range.first }
            decidedFirsts[period.id] = Set(rows.filter { $0.isAllowance && $0.correctsID == nil }.map(\.firstDay))
        }
        // Months that have ended without a decision: only these need their meetings counted.
        func undecidedPast(_ periodID: UUID, _ month: DayRange) -> Bool {
            month.last < today && !(decidedFirsts[periodID]?.contains(month.first.iso) ?? false)
        }
        var earliest = WorkerDay.monthSoFar(today).first
        for (periodID, rows) in granted {
            for row in rows {
                for month in ActivityAllowance.months(of: row.range, mode: settings.allowanceMonthMode)
                where undecidedPast(periodID, month) {
                    earliest = min(earliest, month.first)
                }
            }
        }
        // Only the ended, undecided months are counted: building every month's decision
        // text (as the allowance page does) cost about half a second for a caseload of
        // 300 clients (bench/README.md).
        let counted = try await AllowanceService.counted(
            granted: granted.mapValues { $0.map(\.range) }, from: earliest, including: undecidedPast,
            settings: settings, on: db)
        let month = WorkerDay.monthSoFar(today)
        var rhythm: [WorkerReminders.RhythmItem] = []
        for period in caseload.periods {
            guard let rows = granted[period.id] else { continue }
            let name = caseload.clientNames[period.clientID] ?? ""
            let ranges = rows.map(\.range)
            if period.isOpen {
                // The rhythm is about meeting the worker: group sessions do not count here.
                let count = (counted.meetings[period.id] ?? []).filter {
                    $0.status == .realised && month.contains($0.day)
                }
                .count
                if WorkerDay.needsMoreMeetings(realisedThisMonth: count, decisions: ranges, today: today) {
                    rhythm.append(
                        .init(
                            periodID: period.id, clientID: period.clientID, clientName: name, realisedThisMonth: count))
                }
                if let ending = WorkerDay.decisionEnding(ranges, today: today),
                    let row = rows.last(where: { $0.range == ending })
                {
                    let decisionID = row.decision.id
                    reminders.decisionsEnding.append(
                        .init(
                            decisionID: decisionID, periodID: period.id, clientID: period.clientID, clientName: name,
                            range: ending, daysLeft: WorkerDay.days(from: today, to: ending.last)))
                }
            }
            for counted in counted.months[period.id] ?? [] {
                let result = counted.result
                guard
                    WorkerDay.allowanceDue(
                        month: result.month, activityDays: result.activityDays.count, decided: false, today: today)
                else { continue }
                reminders.allowancesToDecide.append(
                    .init(
                        periodID: period.id, clientID: period.clientID, clientName: name, month: result.month,
                        activityDays: result.activityDays.count, sumCents: result.totalCents))
            }
        }
        if today.day >= 15 { reminders.fewMeetings = rhythm.sorted { $0.clientName < $1.clientName } }
        reminders.decisionsEnding.sort { ($0.daysLeft, $0.clientName) < ($1.daysLeft, $1.clientName) }
        reminders.allowancesToDecide.sort { ($0.month.first, $0.clientName) < ($1.month.first, $1.clientName) }
    }

    /// Reads the reminders and writes one audit row for the whole list (not one per
    /// client): the page shows names from the caseload, which is a view of client data.
    static func view(on caller: Caller) async throws -> WorkerReminders {
        let user = try caller.requireUser()
        let reminders = try await reminders(for: user, now: caller.now, on: caller.db)
        if !user.clientDataUnitIDs.isEmpty {
            try await AuditLog.append(
                .view, recordType: "worker-reminders", recordID: user.id.uuidString, detail: reminders.auditDetail,
                on: caller)
        }
        return reminders
    }
}
