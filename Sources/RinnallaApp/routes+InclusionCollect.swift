import Vapor

/// Inclusion evaluation (issue 6): evaluations, collection rounds, the anonymous survey,
/// paper entry and installed translations. Access to evaluations and rounds is decided by
/// `InclusionAccess` (outside the unit 404, without the capability 403), so these routes
/// sit behind `RequireUserMiddleware` only.
func registerInclusionCollectRoutes(
    _ app: Application, pages: any RoutesBuilder, admin: any RoutesBuilder, api: any RoutesBuilder
) {
    pages.page(.GET, .evaluations(.list), .user, use: InclusionEvaluationController.list)
    pages.page(.GET, .evaluations(.new), .user, use: InclusionEvaluationController.new)
    pages.page(.POST, .evaluations(.list), .user, use: InclusionEvaluationController.create)
    pages.page(.GET, .evaluation(.pattern, .show), .unitData, use: InclusionEvaluationController.show)
    pages.page(.POST, .evaluation(.pattern, .rounds), .unitData, use: InclusionEvaluationController.addRound)
    pages.page(.GET, .round(.pattern, .show), .unitData, use: InclusionRoundController.show)
    pages.page(.GET, .round(.pattern, .poster), .unitData, use: InclusionRoundController.poster)
    pages.page(.GET, .round(.pattern, .paper), .unitData, use: InclusionRoundController.paper)
    pages.page(.GET, .round(.pattern, .paperEntry), .unitData, use: InclusionRoundController.paperEntry)
    pages.page(.POST, .round(.pattern, .paperEntry), .unitData, use: InclusionRoundController.enterPaper)

    admin.page(.GET, .admin(.inclusionTranslations), .admin, use: InclusionTranslationAdminController.list)
    admin.page(.POST, .admin(.inclusionTranslations), .admin, use: InclusionTranslationAdminController.install)
    admin.page(
        .POST, .admin(.removeInclusionTranslation(.pattern)), .admin, use: InclusionTranslationAdminController.remove)

    // Public: no login, no cookie, no CSRF token (see InclusionPublicController).
    let survey = app.grouped(NoCookiesMiddleware(), PublicSubmitLimitMiddleware())
    survey.page(.GET, .survey(.pattern, .form), .public, use: InclusionPublicController.form)
    survey.page(.POST, .survey(.pattern, .form), .public, use: InclusionPublicController.submit)
    survey.page(.GET, .survey(.pattern, .thanks), .public, use: InclusionPublicController.thanks)
    survey.api(.POST, .publicResponses(.pattern), .public, .submitInclusionResponse, use: APIInclusionController.submit)

    api.api(.GET, .evaluations, .user, .listInclusionEvaluations, use: APIInclusionController.list)
    api.api(.POST, .evaluations, .user, .createInclusionEvaluation, use: APIInclusionController.create)
    api.api(.GET, .evaluation(.pattern, .show), .unitData, .getInclusionEvaluation, use: APIInclusionController.get)
    api.api(
        .GET, .evaluation(.pattern, .rounds), .unitData, .listInclusionRounds, use: APIInclusionController.listRounds)
    api.api(
        .POST, .evaluation(.pattern, .rounds), .unitData, .createInclusionRound, use: APIInclusionController.createRound
    )
}
