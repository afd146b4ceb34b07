import Fluent
import RinnallaCore
import Vapor

/// `/api/v1/me/reminders` and `/api/v1/me/activity-money`: the worker's day and
/// activity money, with the same rules and messages as the pages.
enum APIWorkerDayController {
    // The service's items are the answer's shape as they are.
    typealias MeetingDTO = WorkerReminders.MeetingItem
    typealias RhythmDTO = WorkerReminders.RhythmItem

    struct DecisionDTO: Content {
        let decisionID: UUID
        let periodID: UUID
        let clientID: UUID
        let clientName: String
        let firstDay: String
        let lastDay: String
        let daysLeft: Int
    }

    struct AllowanceDTO: Content {
        let periodID: UUID
        let clientID: UUID
        let clientName: String
        let firstDay: String
        let lastDay: String
        let activityDays: Int
        let sumCents: Int
    }

    struct DueDTO: Content {
        let periodID: UUID
        let clientID: UUID
        let clientName: String
        let due: String
        /// Which self-assessment is due: `start`, `interim` or `end`; null in other lists.
        let stage: String?
    }

    struct GroupSessionDTO: Content {
        let sessionID: UUID
        let groupID: UUID
        let groupName: String
        let time: String
        let place: String
        let recorded: Bool
    }

    struct GroupAbsenceDTO: Content {
        let periodID: UUID
        let clientID: UUID
        let clientName: String
        let groupID: UUID
        let groupName: String
        let missed: Int
        let lastMissed: String
    }

    struct RemindersDTO: Content {
        let today: String
        let meetingsToday: [MeetingDTO]
        let meetingsLaterThisWeek: [MeetingDTO]
        /// Null before the 15th of the month.
        let fewMeetings: [RhythmDTO]?
        let decisionsEnding: [DecisionDTO]
        let allowancesToDecide: [AllowanceDTO]
        /// Null until the interim evaluation feature fills it.
        let interimEvaluationsDue: [DueDTO]?
        /// Null until the self-assessment feature fills it.
        let selfAssessmentsDue: [DueDTO]?
        /// Null for users who lead no group.
        let groupSessionsToday: [GroupSessionDTO]?
        let groupAbsences: [GroupAbsenceDTO]?
    }

    static func reminders(req: Request) async throws -> RemindersDTO {
        let r = try await WorkerDayService.view(on: req.caller)
        let due = { (d: WorkerReminders.DueItem) in
            DueDTO(
                periodID: d.periodID, clientID: d.clientID, clientName: d.clientName, due: d.due.iso,
                stage: d.stage?.rawValue)
        }
        return RemindersDTO(
            today: r.today.iso, meetingsToday: r.meetingsToday,
            meetingsLaterThisWeek: r.meetingsLaterThisWeek,
            fewMeetings: r.fewMeetings,
            decisionsEnding: r.decisionsEnding.map {
                .init(
                    decisionID: $0.decisionID, periodID: $0.periodID, clientID: $0.clientID,
                    clientName: $0.clientName, firstDay: $0.range.first.iso, lastDay: $0.range.last.iso,
                    daysLeft: $0.daysLeft)
            },
            allowancesToDecide: r.allowancesToDecide.map {
                .init(
                    periodID: $0.periodID, clientID: $0.clientID, clientName: $0.clientName,
                    firstDay: $0.month.first.iso, lastDay: $0.month.last.iso, activityDays: $0.activityDays,
                    sumCents: $0.sumCents)
            },
            interimEvaluationsDue: r.interimEvaluationsDue?.map(due),
            selfAssessmentsDue: r.selfAssessmentsDue?.map(due),
            groupSessionsToday: r.groupSessionsToday?.map {
                .init(
                    sessionID: $0.sessionID, groupID: $0.groupID, groupName: $0.groupName, time: $0.time,
                    place: $0.place, recorded: $0.recorded)
            },
            groupAbsences: r.groupAbsences?.map {
                .init(
                    periodID: $0.periodID, clientID: $0.clientID, clientName: $0.clientName, groupID: $0.groupID,
                    groupName: $0.groupName, missed: $0.missed, lastMissed: $0.lastMissed.iso)
            }
        )
    }

    struct ExpenseDTO: Content {
        let id: UUID
        let day: String
        let sumCents: Int
        let purpose: String
        let clientID: UUID?
        let unitID: UUID
    }

    struct ActivityMoneyDTO: Content {
        let year: Int
        let budgetCents: Int
        let spentCents: Int
        let remainingCents: Int
        let expenses: [ExpenseDTO]
    }

    /// An expense: its day and purpose are required, and a sum in cents or as text.
    struct ExpenseRequest: Decodable {
        @RequiredDay<PlainDay> var day: String
        let sumCents: Int?
        /// Euros as text ("12,50"), when `sumCents` is not given.
        let sum: String?
        @RequiredText<ExpensePurpose> var purpose: String
        let clientID: String?
        let unitID: String?
    }

    static func dto(_ expense: ActivityMoneyExpense) throws -> ExpenseDTO {
        ExpenseDTO(
            id: try expense.requireID(), day: expense.day, sumCents: expense.amountCents, purpose: expense.purpose,
            clientID: expense.$client.id, unitID: expense.$unit.id)
    }

    static func activityMoney(req: Request) async throws -> ActivityMoneyDTO {
        let user = try req.requireUser()
        let year = Day(req.now).year
        let balance = try await ActivityMoneyService.balance(for: user, year: year, on: req.db)
        let expenses = try await ActivityMoneyService.expenses(userID: user.id, year: year, on: req.db)
        try await AuditLog.append(
            .view, recordType: "activity-money", recordID: user.id.uuidString, detail: "year=\(year)", on: req)
        return ActivityMoneyDTO(
            year: year, budgetCents: balance.budgetCents, spentCents: balance.spentCents,
            remainingCents: balance.remainingCents, expenses: try expenses.map(dto))
    }

    static func addExpense(req: Request) async throws -> Response {
        let body = try req.decodeJSON(ExpenseRequest.self)
        let expense = try await ActivityMoneyService.add(
            .init(
                day: body.day, sum: body.sum, sumCents: body.sumCents, purpose: body.purpose, clientID: body.clientID,
                unitID: body.unitID), on: req.caller)
        return try await dto(expense).encodeResponse(status: .created, for: req)
    }
}

/// An expense's purpose: required and at most the service's limit, with its one message.
enum ExpensePurpose: TextRule {
    static var maximumLength: Int { ActivityMoneyService.maximumPurposeLength }
    static var requiredKey: L10nKey { .activityMoneyPurposeRequired }
    static var tooLongKey: L10nKey { .activityMoneyPurposeRequired }
}
