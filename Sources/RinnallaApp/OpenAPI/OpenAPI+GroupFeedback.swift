import RinnallaCore

/// Group feedback and the group report in the OpenAPI document, merged into
/// `OpenAPIDocument.document`.
enum GroupFeedbackOpenAPI {
    typealias Doc = OpenAPIDocument

    static let paths: JSONValue = [
        "/api/v1/groups/{groupID}/feedback": [
            "get": Doc.operation(
                "getGroupFeedback",
                "The group's anonymous feedback, protected for small numbers (threshold `privacy.minimumCellSize`): below the threshold only `responses.fewerThan`, no distribution, mean or answers. While the group runs, new answers join the figures and the listed answers only in random groups of five, the latest five to nine waiting until its last day has passed. For the group's leaders and its unit's staff (others 404). Audited as a view.",
                tag: "groups", parameters: ["groupID"],
                responses: [("200", Doc.response("Feedback summary", Doc.ref("GroupFeedback")))])
        ],
        "/api/v1/groups/{groupID}/report": [
            "get": Doc.operation(
                "getGroupReport",
                "The group report: sessions held (not cancelled; past, or today with attendance marked), attendance per session (present enrolled clients ÷ members on the day; walk-ins apart), different participants and the protected feedback summary without answers. For the group's leaders and its unit's staff (others 404). Audited as a view.",
                tag: "groups", parameters: ["groupID"],
                responses: [("200", Doc.response("Group report", Doc.ref("GroupReport")))])
        ],
    ]

    static let count: JSONValue = [
        "type": "object",
        "description":
            "One of: `value` (shown), `fewerThan` (1 … threshold − 1), `hidden: true` (withheld so a small count cannot be worked out)",
        "properties": [
            "value": ["type": "integer"], "fewerThan": ["type": "integer"], "hidden": ["type": "boolean"],
        ],
    ]

    static let schemas: JSONValue = [
        "ProtectedCount": count,
        "GroupFeedback": [
            "type": "object", "required": ["groupID", "threshold", "responses", "distribution", "good", "change"],
            "properties": [
                "groupID": ["type": "string", "format": "uuid"], "threshold": ["type": "integer"],
                "responses": Doc.ref("ProtectedCount"),
                "distribution": [
                    "type": "array",
                    "description": "Ratings 1–5 and then null (no rating); empty below the threshold",
                    "items": [
                        "type": "object", "required": ["count"],
                        "properties": [
                            "rating": ["type": ["integer", "null"]], "count": Doc.ref("ProtectedCount"),
                        ],
                    ],
                ],
                "distributionTotal": Doc.ref("ProtectedCount"),
                "mean": ["type": "number", "description": "Absent unless at least the threshold gave a rating"],
                "good": [
                    "type": "array", "items": ["type": "string"],
                    "description": "Answers to “Mikä oli hyvää?” in random order; empty below the threshold",
                ],
                "change": [
                    "type": "array", "items": ["type": "string"],
                    "description": "Answers to “Mitä muuttaisit?” in random order; empty below the threshold",
                ],
            ],
        ],
        "GroupReport": [
            "type": "object",
            "required": ["groupID", "sessionsHeld", "participants", "walkIns", "sessions", "feedback"],
            "properties": [
                "groupID": ["type": "string", "format": "uuid"], "sessionsHeld": ["type": "integer"],
                "participants": ["type": "integer", "description": "Different enrolled clients present at least once"],
                "walkIns": ["type": "integer", "description": "Participants counted without identity, in total"],
                "attendanceRate": ["type": "number", "description": "0–1 over sessions with attendance marked"],
                "sessions": [
                    "type": "array",
                    "items": [
                        "type": "object", "required": ["day", "enrolled", "attendanceRecorded"],
                        "properties": [
                            "day": ["type": "string", "format": "date"], "present": ["type": "integer"],
                            "enrolled": ["type": "integer"], "attendanceRate": ["type": "number"],
                            "walkIns": ["type": "integer"], "attendanceRecorded": ["type": "boolean"],
                        ],
                    ],
                ],
                "feedback": Doc.ref("GroupFeedback"),
            ],
        ],
    ]
}
