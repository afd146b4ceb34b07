import OpenAPIKit

extension APIOperation {
    /// GET /api/v1/instruments
    static let listInstruments = APIOperation(
        "listInstruments",
        "Self-assessment instruments: the shipped ones (wording from the source documents) and the organisation's own, with their full definitions",
        tag: "self-assessment", response: [APISelfAssessmentController.InstrumentDTO].self)
    /// GET /api/v1/periods/{periodID}/self-assessments
    static let listSelfAssessments = APIOperation(
        "listSelfAssessments", "The period's self-assessments with their answers and dimension scores",
        tag: "self-assessment", response: [APISelfAssessmentController.SelfAssessmentDTO].self)
    /// POST /api/v1/periods/{periodID}/self-assessments
    static let recordSelfAssessment = APIOperation(
        "recordSelfAssessment",
        "Record a self-assessment: an active instrument, the day (not in the future), the stage, and an answer on the scale for every item. A missing or out-of-range answer is refused (422) with `error.field` = `answer-<itemID>`. The start and the end are once per instrument and period; a closed period answers 409.",
        tag: "self-assessment", request: APISelfAssessmentController.SelfAssessmentRequest.self,
        response: APISelfAssessmentController.SelfAssessmentDTO.self, status: 201)
}
