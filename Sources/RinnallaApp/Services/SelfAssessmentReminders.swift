import Fluent
import RinnallaCore

/// The home page's list of self-assessments due (at the start, around six months and at
/// the end) for the worker's own open periods; empty while no instrument is in use.
enum SelfAssessmentReminders: WorkerReminderList {
    static func fill(_ reminders: inout WorkerReminders, caseload: Caseload, on db: any Database) async throws {
        guard try await !InstrumentService.active(on: db).isEmpty else {
            reminders.selfAssessmentsDue = []
            return
        }
        let due = try await SelfAssessmentService.due(
            periods: caseload.openPeriods.map { ($0.id, $0.clientID, nil) }, on: db, today: reminders.today)
        reminders.selfAssessmentsDue = due.map { item in
            WorkerReminders.DueItem(
                periodID: item.periodID, clientID: item.clientID,
                clientName: caseload.clientNames[item.clientID] ?? "", due: item.dueBy,
                link: SiteRoute.period(item.periodID, .newSelfAssessment).href([
                    SelfAssessmentForm.name(.stage): item.stage.rawValue
                ]),
                stage: item.stage)
        }.sorted { $0.due < $1.due }
    }
}
