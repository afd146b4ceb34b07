import Vapor

/// Group feedback (issue 4): the anonymous public form, the link, results and report.
func registerGroupFeedbackRoutes(_ app: Application, clientPages: any RoutesBuilder, apiClients: any RoutesBuilder) {
    // Public: no login. The POST has the login form's double-submit CSRF cookie.
    app.page(.GET, .groupFeedbackForm(.pattern), .public, use: GroupFeedbackController.publicForm)
    app.grouped(PublicSubmitLimitMiddleware(), CSRFMiddleware()).page(
        .POST, .groupFeedbackForm(.pattern), .public, use: GroupFeedbackController.publicSubmit)

    // The group's leaders and its unit's staff; others get 404.
    clientPages.page(.GET, .group(.pattern, .feedback), .unitData, use: GroupFeedbackController.linkPage)
    clientPages.page(.POST, .group(.pattern, .feedbackLink), .unitData, use: GroupFeedbackController.newLink)
    clientPages.page(.GET, .group(.pattern, .feedbackResults), .unitData, use: GroupFeedbackController.results)
    clientPages.page(.GET, .group(.pattern, .report), .unitData, use: GroupFeedbackController.report)
    apiClients.api(
        .GET, .group(.pattern, .feedback), .unitData, .getGroupFeedback, use: APIGroupFeedbackController.feedback)
    apiClients.api(.GET, .group(.pattern, .report), .unitData, .getGroupReport, use: APIGroupFeedbackController.report)
}
