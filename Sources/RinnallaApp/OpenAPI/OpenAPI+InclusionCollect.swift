import RinnallaCore

/// Inclusion evaluations, their collection rounds and the public survey submission in the
/// OpenAPI document, merged into `OpenAPIDocument.document`.
enum InclusionCollectOpenAPI {
    typealias Doc = OpenAPIDocument

    static let tag = "inclusion"

    static let publicSubmit: JSONValue = .object([
        ("operationId", "submitInclusionResponse"),
        (
            "summary",
            "The public survey form's JSON twin, for paper-entry tools and offline collection: one anonymous response to the inclusion indicator (ESIS). No login, no cookie, no audit row; the response stores the round, the answers, the optional background answers, the form's language and the pairing code only as a salted hash — no user, client, IP address or time. An incomplete response (a null answer) is stored as incomplete and left out of scores: 201 with `complete: false`. Content type must be application/json."
        ),
        ("tags", [.string(tag)]),
        (
            "parameters",
            [
                [
                    "name": "token", "in": "path", "required": true, "schema": ["type": "string"],
                    "description": "The round's public token (the last part of its `/o/<token>` link)",
                ]
            ]
        ),
        ("requestBody", ["required": true, "content": Doc.json(Doc.ref("InclusionResponseRequest"))]),
        (
            "responses",
            [
                "201": Doc.response("Stored", Doc.ref("InclusionResponseReceipt")),
                "400": Doc.response("Malformed body", Doc.ref("Error")),
                "404": Doc.response("No round with this token", Doc.ref("Error")),
                "409": Doc.response("The round is not open yet; nothing stored", Doc.ref("Error")),
                "410": Doc.response("The round has closed; nothing stored", Doc.ref("Error")),
                "415": Doc.response("Not JSON", Doc.ref("Error")),
                "422": Doc.response(
                    "An answer outside 1–5, not ten answers, an unknown background answer, a pairing code that is not 4–16 letters and digits, or a language not installed; `error.field` names it",
                    Doc.ref("Error")),
            ]
        ),
        ("security", []),
    ])

    static let paths: JSONValue = [
        "/api/v1/evaluations": [
            "get": Doc.operation(
                "listInclusionEvaluations",
                "Inclusion evaluations of the user's units (every member of a unit sees its evaluations; results are aggregates only and never per person).",
                tag: tag,
                responses: [
                    ("200", Doc.response("Evaluations", ["type": "array", "items": Doc.ref("InclusionEvaluation")]))
                ]),
            "post": Doc.operation(
                "createInclusionEvaluation",
                "Creates an evaluation of an activity. Team leads and evaluators of the unit (`manageInclusionEvaluations`); other members 403, other units 404. Audited.",
                tag: tag, body: Doc.ref("InclusionEvaluationRequest"),
                responses: [("201", Doc.response("Created", Doc.ref("InclusionEvaluation")))]),
        ],
        "/api/v1/evaluations/{evaluationID}": [
            "get": Doc.operation(
                "getInclusionEvaluation", "An evaluation with its rounds and their response counts.", tag: tag,
                parameters: ["evaluationID"],
                responses: [("200", Doc.response("The evaluation", Doc.ref("InclusionEvaluation")))])
        ],
        "/api/v1/evaluations/{evaluationID}/rounds": [
            "get": Doc.operation(
                "listInclusionRounds",
                "The evaluation's collection rounds in order, with state, public link and counts of complete and incomplete responses.",
                tag: tag, parameters: ["evaluationID"],
                responses: [("200", Doc.response("Rounds", ["type": "array", "items": Doc.ref("InclusionRound")]))]),
            "post": Doc.operation(
                "createInclusionRound",
                "Adds a round (name, first and last day, ISO dates or d.M.yyyy; the last not before the first) with a new random public link. Team leads and evaluators of the unit. Audited.",
                tag: tag, body: Doc.ref("InclusionRoundRequest"), parameters: ["evaluationID"],
                responses: [("201", Doc.response("Created", Doc.ref("InclusionRound")))]),
        ],
        "/api/v1/public/rounds/{token}/responses": ["post": publicSubmit],
    ]

    static let schemas: JSONValue = [
        "InclusionEvaluation": [
            "type": "object", "required": ["id", "unitID", "name", "activityKind", "activityName", "aims"],
            "properties": [
                "id": ["type": "string", "format": "uuid"], "unitID": ["type": "string", "format": "uuid"],
                "name": ["type": "string"],
                "activityKind": ["type": "string", "enum": ["group", "project", "service", "unit"]],
                "activityName": ["type": "string"], "groupID": ["type": "string", "format": "uuid"],
                "aims": ["type": "string"],
                "rounds": [
                    "type": "array", "items": Doc.ref("InclusionRound"),
                    "description": "Present on a single evaluation",
                ],
            ],
        ],
        "InclusionEvaluationRequest": [
            "type": "object", "required": ["name", "activityKind", "activityName"],
            "properties": [
                "unitID": [
                    "type": "string", "format": "uuid",
                    "description": "Required when the user manages evaluations in more than one unit",
                ],
                "name": ["type": "string"],
                "activityKind": ["type": "string", "enum": ["group", "project", "service", "unit"]],
                "activityName": ["type": "string"],
                "groupID": ["type": "string", "format": "uuid", "description": "A group of the same unit"],
                "aims": ["type": "string"],
            ],
        ],
        "InclusionRound": [
            "type": "object",
            "required": [
                "id", "evaluationID", "name", "position", "opensOn", "closesOn", "state", "publicURL",
                "completeResponses", "incompleteResponses",
            ],
            "properties": [
                "id": ["type": "string", "format": "uuid"], "evaluationID": ["type": "string", "format": "uuid"],
                "name": ["type": "string"], "position": ["type": "integer"],
                "opensOn": ["type": "string", "format": "date"], "closesOn": ["type": "string", "format": "date"],
                "state": ["type": "string", "enum": ["not-yet-open", "open", "closed"]],
                "publicURL": ["type": "string", "description": "The survey link `/o/<token>`"],
                "completeResponses": ["type": "integer"], "incompleteResponses": ["type": "integer"],
            ],
        ],
        "InclusionRoundRequest": [
            "type": "object", "required": ["name", "opensOn", "closesOn"],
            "properties": [
                "name": ["type": "string"], "opensOn": ["type": "string", "format": "date"],
                "closesOn": ["type": "string", "format": "date"],
            ],
        ],
        "InclusionResponseRequest": [
            "type": "object", "required": ["answers"],
            "properties": [
                "answers": [
                    "type": "array", "minItems": 10, "maxItems": 10,
                    "items": ["type": ["integer", "null"], "minimum": 1, "maximum": 5],
                    "description":
                        "The ten statements in the indicator's order: 1 täysin eri mieltä … 5 täysin samaa mieltä; null = unanswered",
                ],
                "gender": ["type": "string", "enum": ["woman", "man", "other", "prefer-not-to-say"]],
                "ageGroup": [
                    "type": "string", "enum": ["under-25", "25-34", "35-49", "50-64", "65-plus", "prefer-not-to-say"],
                ],
                "labourStatus": [
                    "type": "string",
                    "enum": ["employed", "unemployed", "student", "pensioner", "other", "prefer-not-to-say"],
                ],
                "pairingCode": [
                    "type": "string",
                    "description":
                        "Optional: 4–16 letters and digits the respondent makes up; stored only as a salted hash per evaluation",
                ],
                "language": ["type": "string", "description": "`fi` (default) or an installed official translation"],
            ],
        ],
        "InclusionResponseReceipt": [
            "type": "object", "required": ["complete", "missingStatements", "language"],
            "properties": [
                "complete": ["type": "boolean"],
                "missingStatements": ["type": "array", "items": ["type": "integer"]],
                "language": ["type": "string"],
            ],
        ],
    ]
}
