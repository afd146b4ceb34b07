import OpenAPIKit

extension APIOperation {
    /// POST /api/v1/evaluations
    static let createInclusionEvaluation = APIOperation(
        "createInclusionEvaluation",
        "Creates an evaluation of an activity. Team leads and evaluators of the unit (`manageInclusionEvaluations`); other members 403, other units 404. Audited.",
        tag: "inclusion", request: APIInclusionController.NewInclusionEvaluationRequest.self,
        response: APIInclusionController.InclusionEvaluationDTO.self, status: 201,
        links: [
            .to(.getInclusionEvaluation, "evaluationID"), .to(.createInclusionRound, "evaluationID"),
            .to(.listInclusionRounds, "evaluationID"),
        ])
    /// POST /api/v1/evaluations/{evaluationID}/rounds
    static let createInclusionRound = APIOperation(
        "createInclusionRound",
        "Adds a round (name, first and last day, ISO dates or d.M.yyyy; the last not before the first) with a new random public link. Team leads and evaluators of the unit. Audited.",
        tag: "inclusion", request: APIInclusionController.NewInclusionRoundRequest.self,
        response: APIInclusionController.InclusionRoundDTO.self, status: 201,
        links: [.to(.getInclusionRoundResults, "roundID")])
    /// GET /api/v1/evaluations/{evaluationID}/comparison
    static let getInclusionComparison = APIOperation(
        "getInclusionComparison",
        "Two rounds of an evaluation compared (default its first two): difference of means with Welch's t-test; for responses paired by the respondents' codes (each code exactly once in each round, complete responses only) the mean change, paired t-test, Wilcoxon signed-rank test, effect size and the moves across 50. Aggregated in the database; protected for small numbers; answers of an open round join in groups of five as for the round results. For every member of the evaluation's unit (others 404). Audited as a view.",
        tag: "inclusion", response: APIInclusionResultsController.InclusionComparisonDTO.self,
        query: ComparisonQuery.self)
    /// GET /api/v1/evaluations/{evaluationID}
    static let getInclusionEvaluation = APIOperation(
        "getInclusionEvaluation", "An evaluation with its rounds and their response counts.", tag: "inclusion",
        response: APIInclusionController.InclusionEvaluationDTO.self)
    /// GET /api/v1/rounds/{roundID}/results
    static let getInclusionRoundResults = APIOperation(
        "getInclusionRoundResults",
        "A collection round's ESIS results: responses complete and incomplete, mean, SD, median, 95 % intervals, the share under 50, the score histogram, each statement's answers and subgroups by the background questions — aggregates only, never per person, every count protected for small numbers (threshold `privacy.minimumCellSize`, at least 5; complementary suppression), with the guide's reference figures. While the round is open, answers join the figures only in random groups of five, the latest five to nine waiting until it closes, so that no change isolates one answer. For every member of the round's unit (others 404). Audited as a view.",
        tag: "inclusion", response: APIInclusionResultsController.InclusionRoundResultsDTO.self)
    /// GET /api/v1/evaluations
    static let listInclusionEvaluations = APIOperation(
        "listInclusionEvaluations",
        "Inclusion evaluations of the user's units (every member of a unit sees its evaluations; results are aggregates only and never per person).",
        tag: "inclusion", response: [APIInclusionController.InclusionEvaluationDTO].self)
    /// GET /api/v1/evaluations/{evaluationID}/rounds
    static let listInclusionRounds = APIOperation(
        "listInclusionRounds",
        "The evaluation's collection rounds in order, with state, public link and counts of complete and incomplete responses.",
        tag: "inclusion", response: [APIInclusionController.InclusionRoundDTO].self)
    /// POST /api/v1/public/rounds/{token}/responses
    static let submitInclusionResponse = APIOperation(
        "submitInclusionResponse",
        "The public survey form's JSON twin, for paper-entry tools and offline collection: one anonymous response to the inclusion indicator (ESIS). No login, no cookie, no audit row; the response stores the round, the answers, the optional background answers, the form's language and the pairing code only as a salted hash — no user, client, IP address or time. An incomplete response (a null answer) is stored as incomplete and left out of scores: 201 with `complete: false`. Content type must be application/json.",
        tag: "inclusion", request: APIInclusionController.InclusionResponseRequest.self,
        response: APIInclusionController.InclusionResponseReceipt.self, status: 201,
        pathParameters: [
            "token": .string(description: "The round's public token (the last part of its `/o/<token>` link)")
        ],
        errors: [404, 409, 410, 415, 429], isPublic: true)
}
