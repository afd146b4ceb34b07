import Vapor

// Observations of phenomena and the social report (issue 5, structural social work).

func registerSocialReportRoutes(pages: any RoutesBuilder, api: any RoutesBuilder) {
    // Observations: the unit's workers (writeClientData in the unit; the service checks the
    // unit of the observation and gives 404 outside it).
    let observations = pages.grouped(RequireCapabilityMiddleware(capability: .writeClientData))
    observations.get("observations", use: ObservationController.list).access(.user)
    observations.get("observations", "new", use: ObservationController.new).access(.user)
    observations.post("observations", use: ObservationController.create).access(.user)
    observations.get("observations", ":observationID", "edit", use: ObservationController.edit).access(.unitData)
    observations.post("observations", ":observationID", use: ObservationController.update).access(.unitData)
    observations.post("observations", ":observationID", "delete", use: ObservationController.delete)
        .access(.unitData)

    // The report: team leads and evaluators of the unit and its own workers; the unit in
    // the query is checked against the user's units (404 otherwise).
    pages.get("reports", "social", use: SocialReportController.show).access(.user)
    pages.get("reports", "social", "export", use: SocialReportController.export).access(.user)
    observations.post("reports", "social", "observations", use: SocialReportController.choose).access(.user)

    let apiObservations = api.grouped(RequireCapabilityMiddleware(capability: .writeClientData))
    apiObservations.get("observations", use: APIObservationController.list).access(.user).api(.listObservations)
    apiObservations.post("observations", use: APIObservationController.create).access(.user).api(.createObservation)
    apiObservations.get("observations", ":observationID", use: APIObservationController.get)
        .access(.unitData).api(.getObservation)
    apiObservations.put("observations", ":observationID", use: APIObservationController.update)
        .access(.unitData).api(.updateObservation)
    apiObservations.delete("observations", ":observationID", use: APIObservationController.delete)
        .access(.unitData).api(.deleteObservation)
    api.get("reports", "social", use: APIObservationController.report).access(.user).api(.getSocialReport)
}
