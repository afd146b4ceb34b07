import OpenAPIKit

extension APIOperation {
    /// POST /api/v1/observations
    static let createObservation = APIOperation(
        "createObservation",
        "Record an observation, written without identifying anyone: text with a valid identity code, a phone number or an e-mail address is refused (422, `error.field` = `observationText` or `observationTags`). Audited.",
        tag: "observations", request: APIObservationController.ObservationRequest.self,
        response: APIObservationController.ObservationDTO.self, status: 201,
        links: [.to(.getObservation, "observationID"), .to(.updateObservation, "observationID")])
    /// DELETE /api/v1/observations/{observationID}
    static let deleteObservation = APIOperation(
        "deleteObservation", "Delete an observation; only the author may. Audited.", tag: "observations", status: 204)
    /// GET /api/v1/observations/{observationID}
    static let getObservation = APIOperation(
        "getObservation", "One observation of the user's unit (others 404). Audited.", tag: "observations",
        response: APIObservationController.ObservationDTO.self)
    /// GET /api/v1/reports/social
    static let getSocialReport = APIOperation(
        "getSocialReport",
        "The social report of a unit over whole calendar months that have ended (default the last twelve; at most 36; a `from` or `to` that is not a whole month, or a month not yet ended, is 422 naming the field — so two reports cannot be subtracted into one day's counts): contacts by channel, topic, area and month × channel, referrals by method and service kind against the outcome, and the observations chosen for the report. Every count is protected for small numbers (threshold `privacy.minimumCellSize`), as on the page and in the CSV. For the unit's team leads, evaluators and workers; another unit is 404. Audited as a view.",
        tag: "reports", response: APIObservationController.SocialReportDTO.self, query: SocialReportQuery.self)
    /// GET /api/v1/observations
    static let listObservations = APIOperation(
        "listObservations",
        "A unit's observations of phenomena, newest first (at most 500). For the unit's workers; another unit is 404. Audited as a view.",
        tag: "observations", response: [APIObservationController.ObservationDTO].self, query: ObservationQuery.self)
    /// PUT /api/v1/observations/{observationID}
    static let updateObservation = APIOperation(
        "updateObservation",
        "Replace the text, tags, area and day; only the author may (others of the unit 403). Audited.",
        tag: "observations", request: APIObservationController.ObservationRequest.self,
        response: APIObservationController.ObservationDTO.self)
}
