import OpenAPIKit

extension APIOperation {
    /// GET /api/v1/dashboard
    static let getDashboards = APIOperation(
        "getDashboards",
        "The dashboards of every unit the user leads (with the lists behind the figures) or evaluates, or of every unit for an admin (figures only, small counts and their complements hidden, threshold `privacy.minimumCellSize`), for a month or quarter (`period`, default the running month; anything else is 422 naming `period`; a quarter is 403 when any of the units is shown as aggregates). Audited as one view per unit.",
        tag: "dashboard", response: [APIDashboardController.UnitDashboardDTO].self, query: DashboardQuery.self)
    /// GET /api/v1/units/{unitID}/dashboard
    static let getUnitDashboard = APIOperation(
        "getUnitDashboard",
        "A unit's dashboard for a month or quarter (`period`, default the running month): caseload per worker, client-months with two realised meetings (12 months), decisions ending without a continuation, gaps, periods reaching 12 months, allowance months to decide and decided, interim evaluations overdue, final evaluations missing, GAS change at closing, groups' attendance and occupancy, referrals past their follow-up, waiting from the suitability check to the first decision. Team leads of the unit get the lists behind the figures (each client shown is audited); evaluators and admins the figures only, protected for small counts, and by month only (a quarter is 403: overlapping periods could be subtracted). A member who does neither is 403; another unit 404.",
        tag: "dashboard", response: APIDashboardController.UnitDashboardDTO.self, query: DashboardQuery.self)
}
