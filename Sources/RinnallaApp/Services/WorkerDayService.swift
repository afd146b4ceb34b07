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
        // clients_worker_idx
        let own = try await ClientRecord.query(on: db).filter(\.$responsibleWorker.$id == user.id)
            .filter(\.$unit.$id ~~ units).field(\.$id).field(\.$name).field(\.$unit.$id).all()
        var names: [UUID: String] = [:]
        for client in own { if let id = client.id { names[id] = client.name } }
        // Only open periods and those closed lately, and only the columns needed: a large
        // caseload's old periods cost Fluent decoding time for nothing (bench/).
        let closedSince = today.adding(days: -closedPeriodGraceDays).startDate
        func current(_ query: QueryBuilder<RehabilitationPeriod>) async throws -> [RehabilitationPeriod] {
            try await query.filter(\.$unit.$id ~~ units)
                .group(.or) { $0.filter(\.$status == "open").filter(\.$closedAt >= closedSince) }
                .field(\.$id).field(\.$client.$id).field(\.$unit.$id).field(\.$status).field(\.$closedAt).all()
        }
        var periods: [RehabilitationPeriod] = []
        if !names.isEmpty {
            // periods_client_idx
            periods = try await current(RehabilitationPeriod.query(on: db).filter(\.$client.$id ~~ Array(names.keys)))
        }
        // periods_created_by_idx (migration 003)
        let started = try await current(RehabilitationPeriod.query(on: db).filter(\.$createdBy.$id == user.id))
        let others = Set(started.map(\.$client.id)).subtracting(names.keys)
        if !others.isEmpty {
            let unnamed = try await ClientRecord.query(on: db).filter(\.$id ~~ Array(others))
                .filter(\.$responsibleWorker.$id == nil).field(\.$id).field(\.$name).all()
            for client in unnamed { if let id = client.id { names[id] = client.name } }
            periods += started.filter { others.contains($0.$client.id) && names[$0.$client.id] != nil }
        }
        let kept = periods.filter { $0.isOpen || ($0.closedAt.map { $0 >= closedSince } ?? false) }
        return Caseload(
            userID: user.id, unitIDs: units,
            periods: kept.compactMap { p in
                p.id.map { .init(id: $0, clientID: p.$client.id, unitID: p.$unit.id, isOpen: p.isOpen) }
            },
            clientNames: names)
    }

    static func reminders(for user: CurrentUser, now: Date, on db: any Database) async throws -> WorkerReminders {
        let today = Day(now)
        let caseload = try await caseload(for: user, today: today, on: db)
        var reminders = WorkerReminders(today: today)
        guard !caseload.unitIDs.isEmpty else { return reminders }
        try await addMeetings(&reminders, caseload: caseload, on: db)
        try await addPeriodLists(&reminders, caseload: caseload, on: db)
        for list in extraLists {
            try await list.fill(&reminders, caseload: caseload, on: db)
        }
        return reminders
    }

    /// Today's and the rest of the week's meetings: the ones the user holds, and any in
    /// the user's caseload. Cancelled ones are left out.
    private static func addMeetings(_ reminders: inout WorkerReminders, caseload: Caseload, on db: any Database)
        async throws
    {
        let today = reminders.today
        let last = WorkerDay.week(containing: today).last
        // meetings_worker_day_idx
        var meetings = try await Meeting.query(on: db).filter(\.$worker.$id == caseload.userID)
            .filter(\.$unit.$id ~~ caseload.unitIDs).filter(\.$day >= today.iso).filter(\.$day <= last.iso)
            .all()
        let open = caseload.openPeriods.map(\.id)
        if !open.isEmpty {
            // meetings_period_day_idx
            let seen = Set(meetings.compactMap(\.id))
            meetings += try await Meeting.query(on: db).filter(\.$period.$id ~~ open)
                .filter(\.$day >= today.iso).filter(\.$day <= last.iso).all()
                .filter { !seen.contains($0.id ?? UUID()) }
        }
        meetings = meetings.filter { $0.status != ActivityAllowance.MeetingStatus.cancelled.rawValue }
            .sorted { $0.startsAt < $1.startsAt }
        var names = caseload.clientNames
        let missing = Set(meetings.map(\.$client.id)).subtracting(names.keys)
        if !missing.isEmpty {
            for client in try await ClientRecord.query(on: db).filter(\.$id ~~ Array(missing)).field(\.$id)
                .field(\.$name).all()
            {
                if let id = client.id { names[id] = client.name }
            }
        }
        for meeting in meetings {
            guard let id = meeting.id else { continue }
            let item = WorkerReminders.MeetingItem(
                meetingID: id, periodID: meeting.$period.id, clientID: meeting.$client.id,
                clientName: names[meeting.$client.id] ?? "", startsAt: meeting.startsAt,
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
        // decisions_period_idx; the texts are not needed here, so they are not loaded.
        let decisions = try await Decision.query(on: db).filter(\.$period.$id ~~ periodIDs)
            .filter(\.$kind ~~ [Decision.Kind.rehabilitation.rawValue, Decision.Kind.allowance.rawValue])
            .field(\.$id).field(\.$period.$id).field(\.$client.$id).field(\.$kind).field(\.$number)
            .field(\.$firstDay).field(\.$lastDay).field(\.$resolution).field(\.$correctsID)
            .sort(\.$number).all()
        let byPeriod = Dictionary(grouping: decisions, by: { $0.$period.id })
        struct PeriodDecisions {
            var granted: [(decision: Decision, range: DayRange)]
            var allowance: [Decision]
            var undecidedPast: [DayRange]
        }
        var perPeriod: [UUID: PeriodDecisions] = [:]
        var earliest = WorkerDay.monthSoFar(today).first
        for period in caseload.periods {
            let rows = byPeriod[period.id] ?? []
            let granted = rows.filter { $0.kind == Decision.Kind.rehabilitation.rawValue && $0.isGranted }
                .compactMap { d in d.range.map { (decision: d, range: $0) } }.sorted { $0.range.first < $1.range.first }
            let allowance = rows.filter { $0.kind == Decision.Kind.allowance.rawValue }
            let decidedFirsts = Set(allowance.filter { $0.correctsID == nil }.map(\.firstDay))
            // Months that have ended without a decision: only these need their meetings counted.
            let undecided = granted.flatMap {
                ActivityAllowance.months(of: $0.range, mode: settings.allowanceMonthMode)
            }
            .filter { $0.last < today && !decidedFirsts.contains($0.first.iso) }
            if let first = undecided.map(\.first).min() { earliest = min(earliest, first) }
            perPeriod[period.id] = .init(granted: granted, allowance: allowance, undecidedPast: undecided)
        }
        // meetings_period_day_idx: realised meetings since the earliest day any list needs.
        // Read as plain rows: Fluent's per-row model reflection was over half of this
        // page's time for a large caseload (perf, bench/README.md).
        let realised = try await (db as! any SQLDatabase).select()
            .column("period_id").column("day").column("type").from(Meeting.schema)
            .where("period_id", .in, periodIDs).where("day", .greaterThanOrEqual, earliest.iso)
            .where("status", .equal, ActivityAllowance.MeetingStatus.realised.rawValue)
            .all()
            .map { row -> (UUID, ActivityAllowance.Meeting?) in
                let periodID = try row.decode(column: "period_id", as: UUID.self)
                let day = Day(iso: try row.decode(column: "day", as: String.self))
                let isGroup = try row.decode(column: "type", as: String.self) == "group"
                return (periodID, day.map { ActivityAllowance.Meeting(day: $0, status: .realised, isGroup: isGroup) })
            }
        var meetingsByPeriod: [UUID: [ActivityAllowance.Meeting]] = [:]
        for (periodID, meeting) in realised {
            if let meeting { meetingsByPeriod[periodID, default: []].append(meeting) }
        }
        // Attended group sessions count for the allowance, not for the meeting rhythm
        // (that is about meeting the worker). group_attendance_period_day_idx
        let sessionsByPeriod = try await GroupAttendanceService.allowanceMeetings(
            ofPeriods: periodIDs, from: earliest, on: db)
        let month = WorkerDay.monthSoFar(today)
        var rhythm: [WorkerReminders.RhythmItem] = []
        for period in caseload.periods {
            guard let data = perPeriod[period.id] else { continue }
            let name = caseload.clientNames[period.clientID] ?? ""
            let meetings = meetingsByPeriod[period.id] ?? []
            let ranges = data.granted.map(\.range)
            if period.isOpen {
                let count = meetings.filter { month.contains($0.day) }.count
                if WorkerDay.needsMoreMeetings(realisedThisMonth: count, decisions: ranges, today: today) {
                    rhythm.append(
                        .init(
                            periodID: period.id, clientID: period.clientID, clientName: name, realisedThisMonth: count))
                }
                if let ending = WorkerDay.decisionEnding(ranges, today: today),
                    let row = data.granted.last(where: { $0.range == ending }), let decisionID = row.decision.id
                {
                    reminders.decisionsEnding.append(
                        .init(
                            decisionID: decisionID, periodID: period.id, clientID: period.clientID, clientName: name,
                            range: ending, daysLeft: WorkerDay.days(from: today, to: ending.last)))
                }
            }
            // Only the ended, undecided months are counted: building every month's decision
            // text (as the allowance page does) cost about half a second for a caseload of
            // 300 clients (bench/README.md).
            for undecided in data.undecidedPast {
                let result = ActivityAllowance.count(
                    month: undecided, meetings: meetings + (sessionsByPeriod[period.id] ?? []), decisions: ranges,
                    rates: settings.allowanceRates)
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
    static func view(on request: Request) async throws -> WorkerReminders {
        let user = try request.requireUser()
        let reminders = try await reminders(for: user, now: request.now, on: request.db)
        if !user.clientDataUnitIDs.isEmpty {
            try await AuditLog.append(
                .view, recordType: "worker-reminders", recordID: user.id.uuidString, detail: reminders.auditDetail,
                on: request)
        }
        return reminders
    }
}
