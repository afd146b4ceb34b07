import Vapor

/// Inclusion evaluation (issue 6): evaluations, collection rounds, the anonymous survey,
/// paper entry and installed translations. Access to evaluations and rounds is decided by
/// `InclusionAccess` (outside the unit 404, without the capability 403), so these routes
/// sit behind `RequireUserMiddleware` only.
func registerInclusionCollectRoutes(
    _ app: Application, pages: any RoutesBuilder, admin: any RoutesBuilder, api: any RoutesBuilder
) {
    pages.get("evaluations", use: InclusionEvaluationController.list).access(.user)
    pages.get("evaluations", "new", use: InclusionEvaluationController.new).access(.user)
    pages.post("evaluations", use: InclusionEvaluationController.create).access(.user)
    pages.get("evaluations", ":evaluationID", use: InclusionEvaluationController.show).access(.unitData)
    pages.post("evaluations", ":evaluationID", "rounds", use: InclusionEvaluationController.addRound)
        .access(.unitData)
    pages.get("rounds", ":roundID", use: InclusionRoundController.show).access(.unitData)
    pages.get("rounds", ":roundID", "poster", use: InclusionRoundController.poster).access(.unitData)
    pages.get("rounds", ":roundID", "paper", use: InclusionRoundController.paper).access(.unitData)
    pages.get("rounds", ":roundID", "paper-entry", use: InclusionRoundController.paperEntry).access(.unitData)
    pages.post("rounds", ":roundID", "paper-entry", use: InclusionRoundController.enterPaper).access(.unitData)

    admin.get("admin", "inclusion-translations", use: InclusionTranslationAdminController.list).access(.admin)
    admin.post("admin", "inclusion-translations", use: InclusionTranslationAdminController.install).access(.admin)
    admin.post(
        "admin", "inclusion-translations", ":language", "remove", use: InclusionTranslationAdminController.remove
    )
    .access(.admin)

    // Public: no login, no cookie, no CSRF token (see InclusionPublicController).
    let survey = app.grouped(NoCookiesMiddleware(), PublicSubmitLimitMiddleware())
    survey.get("o", ":token", use: InclusionPublicController.form).access(.public)
    survey.post("o", ":token", use: InclusionPublicController.submit).access(.public)
    survey.get("o", ":token", "thanks", use: InclusionPublicController.thanks).access(.public)
    survey.post("api", "v1", "public", "rounds", ":token", "responses", use: APIInclusionController.submit)
        .access(.public).api(.submitInclusionResponse)

    api.get("evaluations", use: APIInclusionController.list).access(.user).api(.listInclusionEvaluations)
    api.post("evaluations", use: APIInclusionController.create).access(.user).api(.createInclusionEvaluation)
    api.get("evaluations", ":evaluationID", use: APIInclusionController.get)
        .access(.unitData).api(.getInclusionEvaluation)
    api.get("evaluations", ":evaluationID", "rounds", use: APIInclusionController.listRounds)
        .access(.unitData).api(.listInclusionRounds)
    api.post("evaluations", ":evaluationID", "rounds", use: APIInclusionController.createRound)
        .access(.unitData).api(.createInclusionRound)
}
