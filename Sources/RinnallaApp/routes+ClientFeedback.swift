import RinnallaCore
import Vapor

// The organisation's own client feedback (issue 17, item 3): the public anonymous form
// (rate limited as the group feedback's), the unit's links and paper forms for its
// client-work staff, and the questions for admins.

func registerClientFeedbackRoutes(_ app: Application, clientPages: any RoutesBuilder, admin: any RoutesBuilder) {
    app.page(.GET, .clientFeedbackForm(.pattern), .public, use: ClientFeedbackController.publicForm)
    app.grouped(PublicSubmitLimitMiddleware(), CSRFMiddleware()).page(
        .POST, .clientFeedbackForm(.pattern), .public, use: ClientFeedbackController.publicSubmit)
    clientPages.page(.GET, .unit(.pattern, .clientFeedback), .unitData, use: ClientFeedbackController.unitPage)
    for feedback in ClientFeedbackContext.allCases {
        clientPages.page(
            .POST, .unit(.pattern, .clientFeedbackLink(feedback)), .unitData,
            use: ClientFeedbackController.newLink(feedback))
        clientPages.page(
            .GET, .unit(.pattern, .clientFeedbackPaper(feedback)), .unitData,
            use: ClientFeedbackController.paperForm(feedback))
        clientPages.page(
            .POST, .unit(.pattern, .clientFeedbackPaper(feedback)), .unitData,
            use: ClientFeedbackController.paperSubmit(feedback))
    }
    admin.page(.GET, .admin(.clientFeedbackQuestions), .admin, use: ClientFeedbackController.questions)
    admin.page(.POST, .admin(.clientFeedbackQuestions), .admin, use: ClientFeedbackController.createQuestion)
    admin.page(.POST, .admin(.clientFeedbackQuestion(.pattern)), .admin, use: ClientFeedbackController.updateQuestion)
}
