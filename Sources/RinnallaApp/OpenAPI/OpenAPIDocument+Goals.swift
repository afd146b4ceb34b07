import RinnallaCore

/// Meetings, goals, evaluations and planning documents of a period.
extension OpenAPIDocument {
    static let goalAndEvaluationPaths: [(String, JSONValue)] = [
        (
            "/api/v1/periods/{periodID}/meetings",
            [
                "get": operation(
                    "listMeetings", "The period's meetings, in date order", tag: "periods", parameters: ["periodID"],
                    responses: [("200", response("Meetings", ["type": "array", "items": ref("Meeting")]))]),
                "post": operation(
                    "createMeeting", "Record or plan a meeting", tag: "periods", body: ref("MeetingInput"),
                    parameters: ["periodID"], responses: [("201", response("Created", ref("Meeting")))]),
            ]
        ),
        (
            "/api/v1/meetings/{meetingID}",
            [
                "patch": operation(
                    "updateMeeting", "Change a meeting: status, visit record, time…; fields not sent stay",
                    tag: "periods", body: ref("MeetingInput"), parameters: ["meetingID"],
                    responses: [("200", response("Meeting", ref("Meeting")))])
            ]
        ),
        (
            "/api/v1/periods/{periodID}/goals",
            [
                "get": operation(
                    "listGoals", "The period's goals (main goal → sub-goals → everyday changes) with every version",
                    tag: "goals", parameters: ["periodID"],
                    responses: [("200", response("Goals", ["type": "array", "items": ref("Goal")]))]),
                "post": operation(
                    "createGoal", "Add a goal; a sub-goal needs a main goal as parent, an everyday change a sub-goal",
                    tag: "goals", body: ref("GoalInput"), parameters: ["periodID"],
                    responses: [("201", response("Created", ref("Goal")))]),
            ]
        ),
        (
            "/api/v1/goals/{goalID}",
            [
                "get": operation(
                    "getGoal", "One goal with every version", tag: "goals", parameters: ["goalID"],
                    responses: [("200", response("Goal", ref("Goal")))])
            ]
        ),
        (
            "/api/v1/goals/{goalID}/versions",
            [
                "post": operation(
                    "reviseGoal", "Revise a goal: adds a version, earlier ones are kept", tag: "goals",
                    body: ref("GoalInput"), parameters: ["goalID"],
                    responses: [("201", response("The goal with the new version", ref("Goal")))])
            ]
        ),
        (
            "/api/v1/periods/{periodID}/evaluations",
            [
                "get": operation(
                    "listEvaluations", "Interim and final evaluations with GAS ratings and T-scores",
                    tag: "evaluations", parameters: ["periodID"],
                    responses: [("200", response("Evaluations", ["type": "array", "items": ref("Evaluation")]))]),
                "post": operation(
                    "createEvaluation",
                    "Record an interim evaluation, or the final evaluation (which closes the period)",
                    tag: "evaluations", body: ref("EvaluationInput"), parameters: ["periodID"],
                    responses: [("201", response("Created", ref("Evaluation")))]),
            ]
        ),
        (
            "/api/v1/periods/{periodID}/plan",
            [
                "get": operation(
                    "getPlan", "The need mapping, implementation plan and agreement in force", tag: "periods",
                    parameters: ["periodID"], responses: [("200", response("Plan", ref("Plan")))])
            ]
        ),
        (
            "/api/v1/periods/{periodID}/plan/{kind}",
            [
                "put": [
                    "operationId": "savePlanDocument",
                    "summary": "Save a new version of the need mapping, implementation plan or agreement",
                    "tags": ["periods"],
                    "parameters": [
                        [
                            "name": "periodID", "in": "path", "required": true,
                            "schema": ["type": "string", "format": "uuid"],
                        ],
                        [
                            "name": "kind", "in": "path", "required": true,
                            "schema": [
                                "type": "string",
                                "enum": .array(PeriodDocumentKind.allCases.map { .string($0.rawValue) }),
                            ],
                        ],
                    ],
                    "requestBody": [
                        "required": true,
                        "content": json([
                            "oneOf": [ref("NeedMappingInput"), ref("ImplementationPlan"), ref("AgreementInput")]
                        ]),
                    ],
                    "responses": .object([("200", response("Plan", ref("Plan")))] + errors),
                ]
            ]
        ),
    ]

    static let dateText: JSONValue = ["type": "string", "description": "d.M.yyyy or yyyy-MM-dd"]
    static let text: JSONValue = ["type": "string", "maxLength": 2000]

    static let goalAndEvaluationSchemas: [(String, JSONValue)] = [
        (
            "Meeting",
            [
                "type": "object",
                "required": [
                    "id", "periodID", "day", "time", "durationMinutes", "type", "place", "status", "methods", "task",
                    "record",
                ],
                "properties": [
                    "id": ["type": "string", "format": "uuid"], "periodID": ["type": "string", "format": "uuid"],
                    "day": ["type": "string", "format": "date"], "time": ["type": "string", "example": "10:00"],
                    "durationMinutes": ["type": "integer"],
                    "type": ["type": "string", "enum": .array(Meeting.types.map { .string($0) })],
                    "place": ["type": "string", "enum": .array(Meeting.places.map { .string($0) })],
                    "status": [
                        "type": "string",
                        "enum": .array(ActivityAllowance.MeetingStatus.allCases.map { .string($0.rawValue) }),
                    ],
                    "methods": ["type": "string"], "task": ["type": "string", "description": "Välitehtävä"],
                    "record": ["type": "string", "description": "Käyntikirjaus"],
                    "placeID": [
                        "type": ["string", "null"], "format": "uuid",
                        "description":
                            "The service-map place the meeting visits (Tutustumiskäynti); see /api/v1/places",
                    ],
                ],
            ]
        ),
        (
            "MeetingInput",
            [
                "type": "object",
                "properties": [
                    "day": dateText, "time": ["type": "string", "example": "10:00"],
                    "durationMinutes": ["type": "integer", "minimum": 5, "maximum": 600],
                    "type": ["type": "string", "enum": .array(Meeting.types.map { .string($0) })],
                    "place": ["type": "string", "enum": .array(Meeting.places.map { .string($0) })],
                    "status": [
                        "type": "string",
                        "enum": .array(ActivityAllowance.MeetingStatus.allCases.map { .string($0.rawValue) }),
                    ],
                    "methods": ["type": "string"], "task": ["type": "string"], "record": ["type": "string"],
                    "placeID": [
                        "type": ["string", "null"], "format": "uuid",
                        "description":
                            "A place in the service map: the meeting is a visit there together (Tutustumiskäynti); with it, place `office` is stored as `service-visit`. On PATCH, absent keeps the place and null or \"\" removes it. An unknown place is refused (422, `error.field` = `placeID`), as is one no longer in use unless the meeting has it already.",
                    ],
                ],
            ]
        ),
        (
            "GoalVersion",
            [
                "type": "object",
                "properties": [
                    "version": ["type": "integer"], "text": ["type": "string"],
                    "smart": [
                        "type": "array",
                        "items": [
                            "type": "string", "enum": .array(SMARTCriterion.allCases.map { .string($0.rawValue) }),
                        ],
                    ],
                    "expected": ["type": "string", "description": "GAS 0: the expected level"],
                    "muchLess": ["type": "string", "description": "GAS −2"],
                    "less": ["type": "string", "description": "GAS −1"],
                    "more": ["type": "string", "description": "GAS +1"],
                    "muchMore": ["type": "string", "description": "GAS +2"],
                    "weight": ["type": "integer", "minimum": 1, "maximum": 3],
                    "baseline": ["type": "integer", "minimum": -2, "maximum": 0],
                    "reason": ["type": "string"], "createdAt": ["type": "string", "format": "date-time"],
                ],
            ]
        ),
        (
            "Goal",
            [
                "type": "object", "required": ["id", "periodID", "level", "current", "versions"],
                "properties": [
                    "id": ["type": "string", "format": "uuid"], "periodID": ["type": "string", "format": "uuid"],
                    "parentID": ["type": ["string", "null"], "format": "uuid"],
                    "level": ["type": "string", "enum": .array(GoalLevel.allCases.map { .string($0.rawValue) })],
                    "reachedOn": ["type": ["string", "null"], "format": "date"],
                    "current": ref("GoalVersion"), "versions": ["type": "array", "items": ref("GoalVersion")],
                    "placeIDs": [
                        "type": "array", "items": ["type": "string", "format": "uuid"],
                        "description": "Places in the service map suggested for the goal",
                    ],
                ],
            ]
        ),
        (
            "GoalInput",
            [
                "type": "object", "required": ["text"],
                "properties": [
                    "level": ["type": "string", "enum": .array(GoalLevel.allCases.map { .string($0.rawValue) })],
                    "parentID": ["type": "string", "format": "uuid"], "text": text,
                    "smart": [
                        "type": "array",
                        "items": [
                            "type": "string", "enum": .array(SMARTCriterion.allCases.map { .string($0.rawValue) }),
                        ],
                    ],
                    "expected": text, "muchLess": text, "less": text, "more": text, "muchMore": text,
                    "weight": ["type": "integer", "minimum": 1, "maximum": 3],
                    "baseline": ["type": "integer", "minimum": -2, "maximum": 0],
                    "reason": ["type": "string", "description": "Why the goal was revised"],
                ],
            ]
        ),
        (
            "Evaluation",
            [
                "type": "object", "required": ["id", "periodID", "kind", "day", "ratings"],
                "properties": [
                    "id": ["type": "string", "format": "uuid"], "periodID": ["type": "string", "format": "uuid"],
                    "kind": ["type": "string", "enum": ["interim", "final"]],
                    "day": ["type": "string", "format": "date"],
                    "ratings": [
                        "type": "array",
                        "items": [
                            "type": "object",
                            "properties": [
                                "goalID": ["type": "string", "format": "uuid"], "goalVersion": ["type": "integer"],
                                "level": ["type": "integer", "minimum": -2, "maximum": 2], "note": ["type": "string"],
                            ],
                        ],
                    ],
                    "tScore": [
                        "type": ["number", "null"],
                        "description": "GAS T-score (Kiresuk & Sherman, ρ = 0.3) of this evaluation",
                    ],
                    "baselineTScore": ["type": ["number", "null"]],
                    "change": ["type": ["number", "null"], "description": "tScore − baselineTScore"],
                    "groupParticipation": ["type": "string"], "continuation": ["type": ["boolean", "null"]],
                    "continuationReasons": ["type": "string"], "nextSteps": ["type": "string"],
                    "achieved": ["type": "string"],
                    "feedbackLanguage": ["type": ["string", "null"], "description": "fi or sv"],
                    "followUpPlan": ["type": "string"], "transition": ["type": "string"],
                ],
            ]
        ),
        (
            "EvaluationInput",
            [
                "type": "object", "required": ["kind", "day", "ratings"],
                "properties": [
                    "kind": ["type": "string", "enum": ["interim", "final"]], "day": dateText,
                    "ratings": [
                        "type": "array",
                        "description": "Every main goal and sub-goal, rated −2…+2",
                        "items": [
                            "type": "object", "required": ["goalID", "level"],
                            "properties": [
                                "goalID": ["type": "string", "format": "uuid"],
                                "level": ["type": "integer", "minimum": -2, "maximum": 2], "note": ["type": "string"],
                            ],
                        ],
                    ],
                    "groupParticipation": text,
                    "continuation": ["type": "boolean", "description": "Interim: required"],
                    "continuationReasons": text, "nextSteps": text,
                    "achieved": ["type": "string", "description": "Final: required"],
                    "feedbackLanguage": ["type": "string", "enum": ["fi", "sv"]],
                    "followUpPlan": ["type": "string", "description": "Final: required"], "transition": text,
                ],
            ]
        ),
        (
            "NeedMappingInput",
            [
                "type": "object",
                "properties": [
                    "currentServices": text, "earlierServices": text, "whatHelped": text, "healthCare": text,
                    "kela": text, "employmentServices": text, "thkHeld": ["type": "boolean"], "thkDay": dateText,
                    "thkSummary": text,
                ],
            ]
        ),
        (
            "ImplementationPlan",
            [
                "type": "object",
                "properties": [
                    "content": text, "methods": text,
                    "individualMeetings": ["type": "integer", "minimum": 0, "maximum": 40],
                    "groupSessions": ["type": "integer", "minimum": 0, "maximum": 40],
                ],
            ]
        ),
        (
            "AgreementInput",
            [
                "type": "object", "required": ["startDay"],
                "properties": [
                    "startDay": dateText, "meetingTimes": text,
                    "initialGoals": ["type": "array", "maxItems": 3, "items": ["type": "string"]],
                    "otherAgreements": text,
                ],
            ]
        ),
        (
            "Plan",
            [
                "type": "object",
                "properties": [
                    "needMapping": [
                        "type": ["object", "null"],
                        "properties": [
                            "currentServices": ["type": "string"], "earlierServices": ["type": "string"],
                            "whatHelped": ["type": "string"], "healthCare": ["type": "string"],
                            "kela": ["type": "string"], "employmentServices": ["type": "string"],
                            "thkHeld": ["type": "boolean"], "thkDay": ["type": ["string", "null"], "format": "date"],
                            "thkSummary": ["type": "string"],
                        ],
                    ],
                    "implementationPlan": ["oneOf": [ref("ImplementationPlan"), ["type": "null"]]],
                    "agreement": [
                        "type": ["object", "null"],
                        "properties": [
                            "startDay": ["type": ["string", "null"], "format": "date"],
                            "meetingTimes": ["type": "string"],
                            "initialGoals": ["type": "array", "items": ["type": "string"]],
                            "otherAgreements": ["type": "string"],
                        ],
                    ],
                ],
            ]
        ),
    ]
}
