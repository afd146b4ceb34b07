import Fluent
import RinnallaCore

/// The home page's list of interim evaluations due within 14 days or overdue: two
/// queries over the caseload's open periods, the rule in `EvaluationSchedule`.
enum InterimEvaluationReminders: WorkerReminderList {
    static func fill(_ reminders: inout WorkerReminders, caseload: Caseload, on db: any Database) async throws {
        let periods = caseload.openPeriods
        guard !periods.isEmpty else {
            reminders.interimEvaluationsDue = []
            return
        }
        let ids = periods.map(\.id)
        let decisions = try await Decision.query(on: db).filter(\.$period.$id ~~ ids)
            .filter(\.$kind == Decision.Kind.rehabilitation.rawValue)
            .filter(\.$resolution == DecisionTexts.Resolution.positive.rawValue)
            .field(\.$period.$id).field(\.$firstDay).field(\.$lastDay).all()
        let evaluations = try await Evaluation.query(on: db).filter(\.$period.$id ~~ ids)
            .field(\.$period.$id).field(\.$day).all()
        let rangesByPeriod = Dictionary(grouping: decisions, by: { $0.$period.id }).mapValues { $0.compactMap(\.range) }
        let daysByPeriod = Dictionary(grouping: evaluations, by: { $0.$period.id })
            .mapValues { $0.compactMap { Day(iso: $0.day) } }
        reminders.interimEvaluationsDue = periods.compactMap { period in
            guard
                let due = EvaluationSchedule.interimDue(
                    decisions: rangesByPeriod[period.id] ?? [], evaluations: daysByPeriod[period.id] ?? [],
                    today: reminders.today)
            else { return nil }
            return WorkerReminders.DueItem(
                periodID: period.id, clientID: period.clientID, clientName: caseload.clientNames[period.clientID] ?? "",
                due: due.dueBy, link: "/periods/\(period.id)/evaluations")
        }.sorted { $0.due < $1.due }
    }
}
