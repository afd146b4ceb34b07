import Vapor

/// Group feedback (issue 4): the anonymous public form, the link, results and report.
func registerGroupFeedbackRoutes(_ app: Application, clientPages: any RoutesBuilder, apiClients: any RoutesBuilder) {
    // Public: no login. The POST has the login form's double-submit CSRF cookie.
    app.get("f", ":token", use: GroupFeedbackController.publicForm).access(.public)
    app.grouped(PublicSubmitLimitMiddleware(), CSRFMiddleware()).post(
        "f", ":token", use: GroupFeedbackController.publicSubmit
    ).access(.public)

    // The group's leaders and its unit's staff; others get 404.
    clientPages.get("groups", ":groupID", "feedback", use: GroupFeedbackController.linkPage).access(.unitData)
    clientPages.post("groups", ":groupID", "feedback", "link", use: GroupFeedbackController.newLink).access(.unitData)
    clientPages.get("groups", ":groupID", "feedback", "results", use: GroupFeedbackController.results)
        .access(.unitData)
    clientPages.get("groups", ":groupID", "report", use: GroupFeedbackController.report).access(.unitData)
    apiClients.get("groups", ":groupID", "feedback", use: APIGroupFeedbackController.feedback)
        .access(.unitData).api(.getGroupFeedback)
    apiClients.get("groups", ":groupID", "report", use: APIGroupFeedbackController.report)
        .access(.unitData).api(.getGroupReport)
}
