import OpenAPIKit
import RinnallaCore

extension APIOperation {
    /// POST /api/v1/periods/{periodID}/decisions
    static let createDecision = APIOperation(
        "createDecision",
        "A social rehabilitation decision (at most 3 months; continuations follow without a gap; at most 12 months in all), with the HSL ticket decision when `travelTicket` is true. `text` defaults to the handbook's wording, in the client's decision language (Finnish or Swedish; `language` in the answer).",
        tag: "periods", request: APIDecisionController.DecisionRequest.self,
        response: [APIDecisionController.DecisionDTO].self, status: 201)
    /// POST /api/v1/periods/{periodID}/evaluations
    static let createEvaluation = APIOperation(
        "createEvaluation", "Record an interim evaluation, or the final evaluation (which closes the period)",
        tag: "evaluations", request: APIEvaluationController.EvaluationRequest.self,
        response: APIEvaluationController.EvaluationDTO.self, status: 201)
    /// POST /api/v1/periods/{periodID}/meetings
    static let createMeeting = APIOperation(
        "createMeeting", "Record or plan a meeting", tag: "periods",
        request: APIMeetingController.NewMeetingRequest.self,
        response: APIMeetingController.MeetingDTO.self, status: 201, links: [.to(.updateMeeting, "meetingID")])
    /// GET /api/v1/periods/{periodID}
    static let getPeriod = APIOperation(
        "getPeriod", "One period (audited as a view)", tag: "periods", response: APIPeriodController.PeriodDTO.self)
    /// GET /api/v1/periods/{periodID}/plan
    static let getPlan = APIOperation(
        "getPlan", "The need mapping, implementation plan and agreement in force", tag: "periods",
        response: APIPlanController.PlanDTO.self)
    /// GET /api/v1/periods/{periodID}/allowances
    static let listAllowanceMonths = APIOperation(
        "listAllowanceMonths",
        "The period's allowance months: first and last day, activity days, days left out and why, the sum, the proposed decision text and whether it has been decided",
        tag: "periods", response: [APIAllowanceController.AllowanceMonthDTO].self)
    /// GET /api/v1/periods/{periodID}/decisions
    static let listDecisions = APIOperation(
        "listDecisions", "The period's decisions", tag: "periods", response: [APIDecisionController.DecisionDTO].self)
    /// GET /api/v1/periods/{periodID}/evaluations
    static let listEvaluations = APIOperation(
        "listEvaluations", "Interim and final evaluations with GAS ratings and T-scores", tag: "evaluations",
        response: [APIEvaluationController.EvaluationDTO].self)
    /// GET /api/v1/periods/{periodID}/meetings
    static let listMeetings = APIOperation(
        "listMeetings", "The period's meetings, in date order", tag: "periods",
        response: [APIMeetingController.MeetingDTO].self)
    /// GET /api/v1/clients/{clientID}/periods
    static let listPeriods = APIOperation(
        "listPeriods", "The client's social rehabilitation periods", tag: "periods",
        response: [APIPeriodController.PeriodDTO].self)
    /// PUT /api/v1/periods/{periodID}/plan/{kind}
    static let savePlanDocument = APIOperation(
        "savePlanDocument", "Save a new version of the need mapping, implementation plan or agreement", tag: "periods",
        requestSchema: APIPlanController.bodySchema, response: APIPlanController.PlanDTO.self,
        pathParameters: ["kind": PeriodDocumentKind.apiSchema])
    /// POST /api/v1/clients/{clientID}/periods
    static let startPeriod = APIOperation(
        "startPeriod", "Start a period after the suitability check; any `notNow` item needs an `acknowledgement`",
        tag: "periods", request: APIPeriodController.PeriodStartRequest.self,
        response: APIPeriodController.PeriodDTO.self,
        status: 201,
        links: [
            .to(.getPeriod, "periodID"), .to(.createGoal, "periodID"), .to(.createMeeting, "periodID"),
            .to(.listGoals, "periodID"), .to(.listMeetings, "periodID"), .to(.getPlan, "periodID"),
        ])
    /// PATCH /api/v1/meetings/{meetingID}
    static let updateMeeting = APIOperation(
        "updateMeeting", "Change a meeting: status, visit record, time…; fields not sent stay", tag: "periods",
        request: APIMeetingController.MeetingChangeRequest.self, response: APIMeetingController.MeetingDTO.self)
}

extension APIOperation {
    /// The step ids of the handbook, the only values of `{step}`.
    static let handbookStepSchema = JSONSchema.string(allowedValues: HandbookStep.all.map { AnyCodable($0.id) })

    /// GET /api/v1/periods/{periodID}/steps
    static let listPeriodSteps = APIOperation(
        "listPeriodSteps",
        "The handbook's steps of the six phases, each done by a record in Rinnalla (who, when), ticked by a worker, or open",
        tag: "periods", response: [APIPeriodStepController.StepDTO].self)
    /// PUT /api/v1/periods/{periodID}/steps/{step}
    static let tickPeriodStep = APIOperation(
        "tickPeriodStep", "Tick a step as done (by the caller, today); ticking it again keeps the first tick",
        tag: "periods", response: APIPeriodStepController.StepDTO.self, pathParameters: ["step": handbookStepSchema])
    /// DELETE /api/v1/periods/{periodID}/steps/{step}
    static let untickPeriodStep = APIOperation(
        "untickPeriodStep", "Take a worker's tick away; a step done by a record in Rinnalla stays done",
        tag: "periods", response: APIPeriodStepController.StepDTO.self, pathParameters: ["step": handbookStepSchema])
}
