import Vapor

/// Routes of the worker's day (issue 3): the calendar feed, activity money and the
/// organisation settings. Registered from `routes(_:)` with the groups it builds, so
/// they share its middleware and access tags.
func registerWorkerDayRoutes(
    _ app: Application, pages: any RoutesBuilder, clientPages: any RoutesBuilder, admin: any RoutesBuilder,
    apiClients: any RoutesBuilder
) {
    // Public: the token in the address is the credential (only its hash is stored).
    app.get("calendar", ":feed", use: CalendarController.feed).access(.public)

    clientPages.get("account", "activity-money", use: ActivityMoneyController.show).access(.user)
    clientPages.post("account", "activity-money", use: ActivityMoneyController.create).access(.user)
    clientPages.get("account", "calendar", use: CalendarController.show).access(.user)
    clientPages.post("account", "calendar", use: CalendarController.create).access(.user)
    clientPages.post("account", "calendar", "revoke", use: CalendarController.revoke).access(.user)
    pages.get("units", ":unitID", "activity-money", use: ActivityMoneyController.unit).access(.unitData)

    admin.get("admin", "settings", use: SettingsController.show).access(.admin)
    admin.post("admin", "settings", "rates", use: SettingsController.addRate).access(.admin)
    admin.post("admin", "settings", "month-mode", use: SettingsController.setMonthMode).access(.admin)
    admin.post("admin", "settings", "activity-money", use: SettingsController.setBudgets).access(.admin)
    admin.post("admin", "settings", "privacy", use: SettingsController.setMinimumCellSize).access(.admin)

    apiClients.get("me", "reminders", use: APIWorkerDayController.reminders).access(.user).api(.getReminders)
    apiClients.get("me", "activity-money", use: APIWorkerDayController.activityMoney)
        .access(.user).api(.getActivityMoney)
    apiClients.post("me", "activity-money", use: APIWorkerDayController.addExpense)
        .access(.user).api(.addActivityMoneyExpense)
}
