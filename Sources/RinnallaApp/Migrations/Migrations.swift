import Vapor
import Fluent

extension Application {
    /// Every migration, in the order it landed. Never edit or reorder a landed one.
    func registerMigrations() {
        // 001: foundation — units, accounts, sessions, audit log, settings
        migrations.add(CreateUnits())
        migrations.add(CreateUsers())
        migrations.add(CreateUnitMemberships())
        migrations.add(CreateAuthSessions())
        migrations.add(CreateAuditEvents())
        migrations.add(CreateSettings())
        // 002: clients (social rehabilitation, issue 3)
        migrations.add(CreateClients())
        migrations.add(CreatePeriods())
        migrations.add(CreateDecisions())
        migrations.add(CreateMeetings())
        // 003: goals, evaluations and planning documents (issue 3)
        migrations.add(CreateGoals())
        migrations.add(CreateGoalVersions())
        migrations.add(CreateEvaluations())
        migrations.add(CreateGoalRatings())
        migrations.add(CreatePeriodDocuments())
        // 003: the worker's day — reminders, activity money, calendar feed (issue 3)
        migrations.add(CreateActivityMoneyExpenses())
        migrations.add(CreateCalendarFeeds())
        migrations.add(AddWorkerDayIndexes())
        // 003: self-assessment instruments and administrations (issue 3)
        migrations.add(CreateInstruments())
        migrations.add(CreateSelfAssessments())
        // 004: group activities and the local service map (issue 4)
        migrations.add(CreateAreas())
        // 004: group activities — catalogue, sessions, enrolment, attendance (issue 4)
        migrations.add(CreateActivityGroups())
        migrations.add(CreateGroupLeaders())
        migrations.add(CreateGroupSessions())
        migrations.add(CreateGroupEnrolments())
        migrations.add(CreateGroupAttendance())
        migrations.add(CreatePlaces())
        migrations.add(CreateGoalPlaces())
        migrations.add(AddMeetingPlace())
        // 004: anonymous group feedback (issue 4)
        migrations.add(CreateGroupFeedbackLinks())
        migrations.add(CreateGroupFeedbackResponses())
        // 004: the group catalogue's order in one index (issue 4, bench)
        migrations.add(AddGroupCatalogueIndex())
    }
}
