import Vapor

// ESIS results, comparison, exports and import (issue 6). Not behind
// `RequireCapabilityMiddleware`: `InclusionAccess` answers 404 outside the unit first.
func registerInclusionResultsRoutes(pages: any RoutesBuilder, api: any RoutesBuilder) {
    pages.page(.GET, .round(.pattern, .results), .unitData, use: InclusionResultsController.round)
    pages.page(.GET, .round(.pattern, .resultsExport), .unitData, use: InclusionResultsController.roundResultsExport)
    pages.page(.GET, .round(.pattern, .importFile), .unitData, use: InclusionResultsController.importForm)
    // 100,000 rows are about 5 MB: larger than the default body limit.
    let upload = pages.page(
        .POST, .round(.pattern, .importFile), .unitData, body: .collect(maxSize: "64mb"),
        use: InclusionResultsController.importUpload)
    upload.userInfo[CSRFMiddleware.maxBodySizeKey] = 64 * 1024 * 1024
    pages.page(.GET, .evaluation(.pattern, .results), .unitData, use: InclusionResultsController.comparison)
    pages.page(.GET, .evaluation(.pattern, .resultsExport), .unitData, use: InclusionResultsController.comparisonExport)
    // No `/rounds/:id/responses/export` or `/evaluations/:id/responses/export`: the
    // per-respondent file was removed (issue 13, item 8).

    // The combined printable evaluation report: ESIS results, stories and the 24 questions.
    pages.page(.GET, .evaluation(.pattern, .report), .unitData, use: InclusionReportController.show)

    api.api(
        .GET, .roundResults(.pattern), .unitData, .getInclusionRoundResults,
        use: APIInclusionResultsController.roundResults)
    api.api(
        .GET, .evaluation(.pattern, .comparison), .unitData, .getInclusionComparison,
        use: APIInclusionResultsController.comparison)
}
