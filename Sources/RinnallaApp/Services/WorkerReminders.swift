import Fluent
import Foundation
import RinnallaCore
import Vapor

/// What the worker's home page and `GET /api/v1/me/reminders` list. The rules (which
/// counts as due) live in `RinnallaCore.WorkerDay`; this holds the results with the
/// names and links a page needs.
struct WorkerReminders: Sendable {
    struct MeetingItem: Sendable, Content {
        let meetingID: UUID
        let periodID: UUID
        let clientID: UUID
        let clientName: String
        let startsAt: Date
        let durationMinutes: Int
        let type: String
        let place: String
        let status: String
    }

    /// A client with fewer than two realised meetings so far this month.
    struct RhythmItem: Sendable, Content {
        let periodID: UUID
        let clientID: UUID
        let clientName: String
        let realisedThisMonth: Int
    }

    struct DecisionItem: Sendable {
        let decisionID: UUID
        let periodID: UUID
        let clientID: UUID
        let clientName: String
        let range: DayRange
        let daysLeft: Int
    }

    struct AllowanceItem: Sendable {
        let periodID: UUID
        let clientID: UUID
        let clientName: String
        let month: DayRange
        let activityDays: Int
        let sumCents: Int
    }

    /// One entry of a list added by another feature: whose, when due, and where to act.
    struct DueItem: Sendable {
        let periodID: UUID
        let clientID: UUID
        let clientName: String
        let due: Day
        /// The page to act on, e.g. `/periods/<id>#evaluations`.
        let link: String
        /// Which self-assessment is due (at the start, around six months, at the end).
        var stage: SelfAssessmentStage? = nil
    }

    let today: Day
    var meetingsToday: [MeetingItem] = []
    var meetingsLaterThisWeek: [MeetingItem] = []
    /// Nil before the 15th: the rule applies from mid-month on (the page says so).
    var fewMeetings: [RhythmItem]?
    var decisionsEnding: [DecisionItem] = []
    var allowancesToDecide: [AllowanceItem] = []

    // MARK: Extension points
    // Two more lists are planned: interim evaluations due within 14 days or overdue,
    // and self-assessments due. They stay nil until the feature that knows the rule
    // fills them through a `WorkerReminderList` registered in
    // `WorkerDayService.extraLists`; the page and the API show a list only when it is
    // not nil, and an empty one says so.

    /// Interim evaluations (väliarviointi) due within 14 days or overdue.
    var interimEvaluationsDue: [DueItem]?
    /// Self-assessments due (at the start, around 6 months, at the end).
    var selfAssessmentsDue: [DueItem]?
    /// Today's sessions of the groups the user leads; nil for users who lead none.
    var groupSessionsToday: [GroupReminders.SessionItem]?
    /// Caseload clients who missed the latest two sessions of a group in a row.
    var groupAbsences: [GroupReminders.AbsenceItem]?

    /// Short counts for the audit row.
    var auditDetail: String {
        var parts = [
            "today=\(meetingsToday.count)", "week=\(meetingsLaterThisWeek.count)",
            "rhythm=\(fewMeetings.map { String($0.count) } ?? "-")", "ending=\(decisionsEnding.count)",
            "allowance=\(allowancesToDecide.count)",
        ]
        if let interimEvaluationsDue { parts.append("interim=\(interimEvaluationsDue.count)") }
        if let selfAssessmentsDue { parts.append("self=\(selfAssessmentsDue.count)") }
        if let groupSessionsToday { parts.append("groups-today=\(groupSessionsToday.count)") }
        if let groupAbsences { parts.append("group-absences=\(groupAbsences.count)") }
        return parts.joined(separator: " ")
    }
}

/// The worker's caseload as found once per request, handed to every reminder list.
struct Caseload: Sendable {
    struct Period: Sendable {
        let id: UUID
        let clientID: UUID
        let unitID: UUID
        let isOpen: Bool
    }

    let userID: UUID
    /// Units where the user may read client data; nothing outside them is ever listed.
    let unitIDs: [UUID]
    /// Open periods, and periods closed lately (their last allowance month may still
    /// wait for its decision).
    let periods: [Period]
    let clientNames: [UUID: String]
    /// The periods' rehabilitation and allowance decisions (`Caseload.decisions(of:on:)`),
    /// loaded once and shared by every list.
    var decisions: [UUID: [DecisionRow]] = [:]

    var openPeriods: [Period] { periods.filter(\.isOpen) }
}

/// A reminder list another feature adds to the home page (interim evaluations,
/// self-assessments). It gets the caseload already found and fills its own field of
/// `WorkerReminders`; keep it to a few indexed queries over `caseload.periods`.
protocol WorkerReminderList {
    static func fill(_ reminders: inout WorkerReminders, caseload: Caseload, on db: any Database) async throws
}
