import Vapor

// ESIS results, comparison, exports and import (issue 6). Not behind
// `RequireCapabilityMiddleware`: `InclusionAccess` answers 404 outside the unit first.
func registerInclusionResultsRoutes(pages: any RoutesBuilder, api: any RoutesBuilder) {
    pages.get("rounds", ":roundID", "results", use: InclusionResultsController.round).access(.unitData)
    pages.get("rounds", ":roundID", "results", "export", use: InclusionResultsController.roundResultsExport)
        .access(.unitData)
    pages.get("rounds", ":roundID", "import", use: InclusionResultsController.importForm).access(.unitData)
    // 100,000 rows are about 5 MB: larger than the default body limit.
    let upload = pages.on(
        .POST, "rounds", ":roundID", "import", body: .collect(maxSize: "64mb"),
        use: InclusionResultsController.importUpload
    ).access(.unitData)
    upload.userInfo[CSRFMiddleware.maxBodySizeKey] = 64 * 1024 * 1024
    pages.get("evaluations", ":evaluationID", "results", use: InclusionResultsController.comparison)
        .access(.unitData)
    pages.get("evaluations", ":evaluationID", "results", "export", use: InclusionResultsController.comparisonExport)
        .access(.unitData)
    // No `/rounds/:id/responses/export` or `/evaluations/:id/responses/export`: the
    // per-respondent file was removed (issue 13, item 8).

    // The combined printable evaluation report: ESIS results, stories and the 24 questions.
    pages.get("evaluations", ":evaluationID", "report", use: InclusionReportController.show).access(.unitData)

    api.get("rounds", ":roundID", "results", use: APIInclusionResultsController.roundResults)
        .access(.unitData).api(.getInclusionRoundResults)
    api.get("evaluations", ":evaluationID", "comparison", use: APIInclusionResultsController.comparison)
        .access(.unitData).api(.getInclusionComparison)
}
