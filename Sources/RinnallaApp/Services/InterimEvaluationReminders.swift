import Fluent
import RinnallaCore

/// The home page's list of interim evaluations due within 14 days or overdue: the
/// caseload's decisions and one query for the open periods' evaluations, the rule in `EvaluationSchedule`.
enum InterimEvaluationReminders: WorkerReminderList {
    static func fill(_ reminders: inout WorkerReminders, caseload: Caseload, on db: any Database) async throws {
        let periods = caseload.openPeriods
        guard !periods.isEmpty else {
            reminders.interimEvaluationsDue = []
            return
        }
        let ids = periods.map(\.id)
        let evaluations = try await Evaluation.query(on: db).filter(\.$period.$id ~~ ids)
            .field(\.$period.$id).field(\.$day).all()
        let daysByPeriod = Dictionary(grouping: evaluations, by: { $0.$period.id })
            .mapValues { $0.compactMap { Day(iso: $0.day) } }
        reminders.interimEvaluationsDue = periods.compactMap { period in
            guard
                let due = EvaluationSchedule.interimDue(
                    decisions: caseload.grantedRanges(of: period.id), evaluations: daysByPeriod[period.id] ?? [],
                    today: reminders.today)
            else { return nil }
            return WorkerReminders.DueItem(
                periodID: period.id, clientID: period.clientID, clientName: caseload.clientNames[period.clientID] ?? "",
                due: due.dueBy, link: SiteRoute.period(period.id, .evaluations).href)
        }.sorted { $0.due < $1.due }
    }
}
