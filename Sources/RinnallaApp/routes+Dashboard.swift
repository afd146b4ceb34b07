import Vapor

// The team lead's dashboard (issue 16). The unit's routes are unit data: outside the
// user's units 404; in them, team leads see lists and evaluators and admins aggregates
// (the service decides, `TeamLeadDashboardService.access`).

func registerDashboardRoutes(pages: any RoutesBuilder, api: any RoutesBuilder) {
    pages.page(.GET, .dashboard, .user, use: DashboardController.all)
    pages.page(.GET, .unit(.pattern, .dashboard), .unitData, use: DashboardController.unit)
    pages.page(.GET, .unit(.pattern, .dashboardExport), .unitData, use: DashboardController.export)
    for list in DashboardList.allCases {
        pages.page(.GET, .unit(.pattern, .dashboardList(list)), .unitData, use: DashboardController.list(list))
    }
    api.api(.GET, .dashboard, .user, .getDashboards, use: APIDashboardController.all)
    api.api(.GET, .unitDashboard(.pattern), .unitData, .getUnitDashboard, use: APIDashboardController.unit)
}
