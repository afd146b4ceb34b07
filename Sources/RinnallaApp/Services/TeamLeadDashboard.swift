import Foundation
import RinnallaCore

/// The lists behind the team lead's figures (issue 16). A figure is the length of its
/// list, or a share of two counts read off one list, so a figure and the list behind it
/// cannot disagree.
enum DashboardList: String, CaseIterable, Sendable, Codable {
    case openPeriods = "open-periods"
    case newPeriods = "new-periods"
    case closedPeriods = "closed-periods"
    case contacts
    /// Client-months with a valid decision in the chosen months, with the realised meetings.
    case clientMonths = "client-months"
    case belowTwo = "below-two"
    case decisionsEnding = "decisions-ending"
    case decisionGaps = "decision-gaps"
    case reachingYear = "reaching-year"
    case decisionsMade = "decisions-made"
    case allowancesWaiting = "allowances-waiting"
    case allowancesDecided = "allowances-decided"
    case interimOverdue = "interim-overdue"
    case finalMissing = "final-missing"
    case goalChanges = "goal-changes"
    case groupAbsences = "group-absences"
    case referralsWaiting = "referrals-waiting"
    case referralsFollowedUp = "referrals-followed-up"
    case waits

    /// Whether the list's rows carry a client's name (contacts are anonymous).
    var namesClients: Bool { self != .contacts }

    var title: L10nKey { L10nKey(rawValue: "dashboard.list.\(rawValue)") ?? .dashboardTitle }
}

/// One row of a list behind a figure. The fields a list does not use stay nil; which
/// ones a list shows is `DashboardList.columns`.
struct DashboardRow: Sendable, Codable, Equatable {
    var clientID: UUID?
    var clientName: String?
    var periodID: UUID?
    var workerID: UUID?
    var workerName: String?
    /// The day the row is about (`yyyy-MM-dd`): a start, an end, a due day, a month's 1st.
    var day: String?
    /// A second day (a range's last day, a decision day).
    var lastDay: String?
    /// A number of days: days left, a gap's length, a wait.
    var days: Int?
    /// Realised meetings, activity days or sessions missed.
    var count: Int?
    var amountCents: Int?
    /// A choice's identifier: the phase, the channel, the outcome, `first`/`continuation`,
    /// `met`/`not-met`, or a GAS change bin.
    var value: String?
    /// A GAS T-score change at closing.
    var change: Double?
    /// A group or a service path.
    var place: String?
}

/// What a dashboard list shows of its rows, in order.
enum DashboardColumn: String, Sendable, CaseIterable {
    case client, worker, day, lastDay, days, count, amount, value, change, place
}

extension DashboardList {
    /// The columns of the list with the heading of each.
    var columns: [(column: DashboardColumn, heading: L10nKey)] {
        switch self {
        case .openPeriods:
            [
                (.client, .dashboardColClient), (.worker, .dashboardColWorker), (.day, .dashboardColStarted),
                (.value, .dashboardColPhase),
            ]
        case .newPeriods:
            [(.client, .dashboardColClient), (.worker, .dashboardColWorker), (.day, .dashboardColStarted)]
        case .closedPeriods, .finalMissing:
            [(.client, .dashboardColClient), (.worker, .dashboardColWorker), (.day, .dashboardColClosed)]
        case .contacts:
            [(.day, .dashboardColDay), (.worker, .dashboardColWorker), (.value, .dashboardColChannel)]
        case .clientMonths:
            [
                (.client, .dashboardColClient), (.worker, .dashboardColWorker), (.day, .dashboardColMonth),
                (.count, .dashboardColMeetings), (.value, .dashboardColTwoMet),
            ]
        case .belowTwo:
            [(.client, .dashboardColClient), (.worker, .dashboardColWorker), (.count, .dashboardColMeetings)]
        case .decisionsEnding:
            [
                (.client, .dashboardColClient), (.worker, .dashboardColWorker), (.lastDay, .dashboardColEnds),
                (.days, .dashboardColDaysLeft),
            ]
        case .decisionGaps:
            [
                (.client, .dashboardColClient), (.worker, .dashboardColWorker), (.day, .dashboardColGapFirst),
                (.lastDay, .dashboardColGapLast), (.days, .dashboardColGapDays),
            ]
        case .reachingYear:
            [(.client, .dashboardColClient), (.worker, .dashboardColWorker), (.day, .dashboardColYearEnds)]
        case .decisionsMade:
            [
                (.client, .dashboardColClient), (.worker, .dashboardColWorker), (.day, .dashboardColFirstDay),
                (.lastDay, .dashboardColLastDay), (.value, .dashboardColDecisionKind),
            ]
        case .allowancesWaiting:
            [
                (.client, .dashboardColClient), (.worker, .dashboardColWorker), (.day, .dashboardColMonth),
                (.count, .dashboardColActivityDays), (.amount, .dashboardColAmount),
            ]
        case .allowancesDecided:
            [
                (.client, .dashboardColClient), (.worker, .dashboardColWorker), (.day, .dashboardColMonth),
                (.lastDay, .dashboardColDecided), (.amount, .dashboardColAmount),
            ]
        case .interimOverdue:
            [(.client, .dashboardColClient), (.worker, .dashboardColWorker), (.day, .dashboardColDue)]
        case .goalChanges:
            [
                (.client, .dashboardColClient), (.worker, .dashboardColWorker), (.day, .dashboardColEvaluated),
                (.change, .dashboardColChange), (.value, .dashboardColChangeBin),
            ]
        case .groupAbsences:
            [
                (.client, .dashboardColClient), (.worker, .dashboardColWorker), (.place, .dashboardColGroup),
                (.count, .dashboardColMissed), (.day, .dashboardColLastMissed),
            ]
        case .referralsWaiting:
            [
                (.client, .dashboardColClient), (.worker, .dashboardColMadeBy), (.place, .dashboardColServicePath),
                (.day, .dashboardColReferred),
            ]
        case .referralsFollowedUp:
            [
                (.client, .dashboardColClient), (.worker, .dashboardColMadeBy), (.place, .dashboardColServicePath),
                (.day, .dashboardColReferred), (.value, .dashboardColOutcome),
            ]
        case .waits:
            [
                (.client, .dashboardColClient), (.worker, .dashboardColWorker), (.day, .dashboardColOffered),
                (.lastDay, .dashboardColDecided), (.days, .dashboardColWaitDays),
            ]
        }
    }
}

/// Who sees what of a unit's dashboard: its team leads the figures and the lists with
/// names; evaluators and admins, who may not read client data, the figures only, with
/// small counts and their complements hidden.
enum DashboardAccess: String, CaseIterable, Sendable, Codable {
    case lists
    case aggregates
}

/// A unit's dashboard as computed, before anyone's view of it.
struct UnitDashboard: Sendable {
    struct Worker: Sendable, Hashable {
        let id: UUID
        let name: String
    }

    struct GroupLine: Sendable {
        let groupID: UUID
        let name: String
        let figures: GroupFigures
    }

    let unitID: UUID
    let unitName: String
    let period: ReportingPeriod
    let today: Day
    /// The last day the figures are counted to: the period's last day, or today.
    let asOf: Day
    var lists: [DashboardList: [DashboardRow]] = [:]
    /// The workers who have anything on the dashboard, by name.
    var workers: [Worker] = []
    /// Open periods by phase, as the periods stand now.
    var phases: [PeriodPhase: Int] = [:]
    /// The unit's share of client-months with two realised meetings, month by month.
    var coverageByMonth: [MeetingCoverage.MonthShare] = []
    /// The same for each worker's clients.
    var coverageByWorkerMonth: [UUID: [MeetingCoverage.MonthShare]] = [:]
    var decisionsPerMonth: [DecisionContinuity.MonthCount] = []
    var groups: [GroupLine] = []
    var waiting = WaitingTime([])

    func rows(_ list: DashboardList, worker: UUID? = nil) -> [DashboardRow] {
        let rows = lists[list] ?? []
        guard let worker else { return rows }
        return rows.filter { $0.workerID == worker }
    }

    func count(_ list: DashboardList, worker: UUID? = nil) -> Int { rows(list, worker: worker).count }

    /// Client-months with two realised meetings out of those with a valid decision.
    func coverage(worker: UUID? = nil) -> Share {
        let rows = rows(.clientMonths, worker: worker)
        return Share(part: rows.count(where: { $0.value == DashboardRow.met }), whole: rows.count)
    }

    /// Followed-up referrals made in the period that reached the service.
    var referralsReached: Share {
        let rows = rows(.referralsFollowedUp)
        return ReferralFollowUp(rows.compactMap { $0.value.flatMap(ReferralOutcome.init(rawValue:)) }).reachedShare
    }

    var allowancesDecidedCents: Int { rows(.allowancesDecided).reduce(0) { $0 + ($1.amountCents ?? 0) } }

    var goalChangeDistribution: [GoalChange.BinCount] {
        GoalChange.distribution(rows(.goalChanges).compactMap(\.change))
    }
}

extension DashboardRow {
    static let met = "met"
    static let notMet = "not-met"
    static let first = "first"
    static let continuation = "continuation"
}
