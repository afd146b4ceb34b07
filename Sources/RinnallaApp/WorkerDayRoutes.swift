import Vapor

/// Routes of the worker's day (issue 3): the calendar feed, activity money and the
/// organisation settings. Registered from `routes(_:)` with the groups it builds, so
/// they share its middleware and access tags.
func registerWorkerDayRoutes(
    _ app: Application, pages: any RoutesBuilder, clientPages: any RoutesBuilder, admin: any RoutesBuilder,
    apiClients: any RoutesBuilder
) {
    // Public: the token in the address is the credential (only its hash is stored).
    app.page(.GET, .calendarFeed(.pattern), .public, use: CalendarController.feed)

    clientPages.page(.GET, .account(.activityMoney), .user, use: ActivityMoneyController.show)
    clientPages.page(.POST, .account(.activityMoney), .user, use: ActivityMoneyController.create)
    clientPages.page(.GET, .account(.calendar), .user, use: CalendarController.show)
    clientPages.page(.POST, .account(.calendar), .user, use: CalendarController.create)
    clientPages.page(.POST, .account(.revokeCalendar), .user, use: CalendarController.revoke)
    pages.page(.GET, .unit(.pattern, .activityMoney), .unitData, use: ActivityMoneyController.unit)

    admin.page(.GET, .admin(.settings), .admin, use: SettingsController.show)
    admin.page(.POST, .admin(.rates), .admin, use: SettingsController.addRate)
    admin.page(.POST, .admin(.monthMode), .admin, use: SettingsController.setMonthMode)
    admin.page(.POST, .admin(.activityMoneySettings), .admin, use: SettingsController.setBudgets)
    admin.page(.POST, .admin(.privacy), .admin, use: SettingsController.setMinimumCellSize)
    admin.page(.GET, .admin(.decisionSettings), .admin, use: DecisionSettingsController.show)
    admin.page(.POST, .admin(.decisionSettings), .admin, use: DecisionSettingsController.confirm)

    apiClients.api(.GET, .me(.reminders), .user, .getReminders, use: APIWorkerDayController.reminders)
    apiClients.api(.GET, .me(.activityMoney), .user, .getActivityMoney, use: APIWorkerDayController.activityMoney)
    apiClients.api(.POST, .me(.activityMoney), .user, .addActivityMoneyExpense, use: APIWorkerDayController.addExpense)
}
