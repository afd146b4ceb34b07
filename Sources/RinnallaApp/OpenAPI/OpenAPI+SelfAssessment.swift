import RinnallaCore

/// The self-assessment part of the OpenAPI document, merged into `OpenAPIDocument.document`.
enum SelfAssessmentOpenAPI {
    typealias Doc = OpenAPIDocument

    static let paths: JSONValue = [
        "/api/v1/instruments": [
            "get": Doc.operation(
                "listInstruments",
                "Self-assessment instruments: the shipped ones (wording from the source documents) and the organisation's own, with their full definitions",
                tag: "self-assessment",
                responses: [("200", Doc.response("Instruments", ["type": "array", "items": Doc.ref("Instrument")]))])
        ],
        "/api/v1/periods/{periodID}/self-assessments": [
            "get": Doc.operation(
                "listSelfAssessments", "The period's self-assessments with their answers and dimension scores",
                tag: "self-assessment", parameters: ["periodID"],
                responses: [
                    ("200", Doc.response("Self-assessments", ["type": "array", "items": Doc.ref("SelfAssessment")]))
                ]),
            "post": Doc.operation(
                "recordSelfAssessment",
                "Record a self-assessment: an active instrument, the day (not in the future), the stage, and an answer on the scale for every item. A missing or out-of-range answer is refused (422) with `error.field` = `answer-<itemID>`. The start and the end are once per instrument and period; a closed period answers 409.",
                tag: "self-assessment", body: Doc.ref("SelfAssessmentInput"), parameters: ["periodID"],
                responses: [("201", Doc.response("Recorded", Doc.ref("SelfAssessment")))]),
        ],
    ]

    static let stageEnum: JSONValue = [
        "type": "string", "enum": .array(SelfAssessmentStage.allCases.map { .string($0.rawValue) }),
    ]

    static let schemas: JSONValue = [
        "Instrument": [
            "type": "object", "required": ["origin", "isActive", "definition"],
            "properties": [
                "origin": ["type": "string", "enum": ["shipped", "organisation"]], "isActive": ["type": "boolean"],
                "definition": Doc.ref("InstrumentDefinition"),
            ],
        ],
        "InstrumentDefinition": [
            "type": "object", "description": "The instrument file format; see docs/instruments.md",
            "required": ["format", "id", "version", "name", "language", "source", "scale", "dimensions", "items"],
            "properties": [
                "format": ["type": "string", "const": .string(InstrumentDefinition.formatName)],
                "id": ["type": "string", "pattern": "^[a-z0-9-]{1,60}$"], "version": ["type": "string"],
                "name": ["type": "string"], "language": ["type": "string", "enum": ["fi", "sv", "en"]],
                "source": ["type": "string"], "question": ["type": "string"], "instruction": ["type": "string"],
                "notes": ["type": "array", "items": ["type": "string"]],
                "scale": [
                    "type": "object", "required": ["min", "max"],
                    "properties": [
                        "min": ["type": "integer"], "max": ["type": "integer"],
                        "labels": [
                            "type": "array",
                            "items": [
                                "type": "object", "required": ["value", "text"],
                                "properties": ["value": ["type": "integer"], "text": ["type": "string"]],
                            ],
                        ],
                    ],
                ],
                "dimensions": [
                    "type": "array",
                    "items": [
                        "type": "object", "required": ["id", "name", "better", "scoring"],
                        "properties": [
                            "id": ["type": "string"], "name": ["type": "string"],
                            "better": ["type": "string", "enum": ["higher", "lower"]],
                            "scoring": [
                                "type": "object", "required": ["method"],
                                "properties": [
                                    "method": ["type": "string", "enum": ["mean", "sum"]],
                                    "rescale": [
                                        "type": "object",
                                        "properties": ["min": ["type": "number"], "max": ["type": "number"]],
                                    ],
                                ],
                            ],
                        ],
                    ],
                ],
                "items": [
                    "type": "array",
                    "items": [
                        "type": "object", "required": ["id", "text", "dimension"],
                        "properties": [
                            "id": ["type": "string"], "text": ["type": "string"], "dimension": ["type": "string"],
                            "reverse": ["type": "boolean"],
                        ],
                    ],
                ],
            ],
        ],
        "DimensionScore": [
            "type": "object", "required": ["dimensionID", "value", "min", "max"],
            "properties": [
                "dimensionID": ["type": "string"], "value": ["type": "number"], "min": ["type": "number"],
                "max": ["type": "number"],
            ],
        ],
        "SelfAssessment": [
            "type": "object",
            "required": ["id", "periodID", "instrument", "instrumentVersion", "day", "stage", "answers", "scores"],
            "properties": [
                "id": ["type": "string", "format": "uuid"], "periodID": ["type": "string", "format": "uuid"],
                "instrument": ["type": "string"], "instrumentVersion": ["type": "string"],
                "day": ["type": "string", "format": "date"], "stage": stageEnum,
                "answers": ["type": "object", "additionalProperties": ["type": "integer"]],
                "scores": ["type": "array", "items": Doc.ref("DimensionScore")],
                "createdAt": ["type": ["string", "null"], "format": "date-time"],
            ],
        ],
        "SelfAssessmentInput": [
            "type": "object", "required": ["instrument", "day", "stage", "answers"],
            "properties": [
                "instrument": ["type": "string", "description": "An active instrument's id"],
                "day": ["type": "string", "description": "d.M.yyyy or yyyy-MM-dd"], "stage": stageEnum,
                "answers": [
                    "type": "object", "additionalProperties": ["type": "integer"],
                    "description": "Item id → answer on the instrument's scale; every item is required",
                ],
            ],
        ],
    ]
}
