import Vapor

// Observations of phenomena and the social report (issue 5, structural social work).

func registerSocialReportRoutes(pages: any RoutesBuilder, api: any RoutesBuilder) {
    // Observations: the unit's workers (writeClientData in the unit; the service checks the
    // unit of the observation and gives 404 outside it).
    let observations = pages.grouped(RequireCapabilityMiddleware(capability: .writeClientData))
    observations.page(.GET, .observations(.list), .user, use: ObservationController.list)
    observations.page(.GET, .observations(.new), .user, use: ObservationController.new)
    observations.page(.POST, .observations(.list), .user, use: ObservationController.create)
    observations.page(.GET, .observation(.pattern, .edit), .unitData, use: ObservationController.edit)
    observations.page(.POST, .observation(.pattern, .show), .unitData, use: ObservationController.update)
    observations.page(.POST, .observation(.pattern, .delete), .unitData, use: ObservationController.delete)

    // The report: team leads and evaluators of the unit and its own workers; the unit in
    // the query is checked against the user's units (404 otherwise).
    pages.page(.GET, .socialReport(.show), .user, use: SocialReportController.show)
    pages.page(.GET, .socialReport(.export), .user, use: SocialReportController.export)
    observations.page(.POST, .socialReport(.observations), .user, use: SocialReportController.choose)

    let apiObservations = api.grouped(RequireCapabilityMiddleware(capability: .writeClientData))
    apiObservations.api(.GET, .observations, .user, .listObservations, use: APIObservationController.list)
    apiObservations.api(.POST, .observations, .user, .createObservation, use: APIObservationController.create)
    apiObservations.api(.GET, .observation(.pattern), .unitData, .getObservation, use: APIObservationController.get)
    apiObservations.api(
        .PUT, .observation(.pattern), .unitData, .updateObservation, use: APIObservationController.update)
    apiObservations.api(
        .DELETE, .observation(.pattern), .unitData, .deleteObservation, use: APIObservationController.delete)
    api.api(.GET, .socialReport, .user, .getSocialReport, use: APIObservationController.report)
}
