import RinnallaCore

/// Observations of phenomena in the OpenAPI document, merged into `OpenAPIDocument.document`.
enum ObservationsOpenAPI {
    typealias Doc = OpenAPIDocument

    static let paths: JSONValue = [
        "/api/v1/observations": [
            "get": .object([
                ("operationId", "listObservations"),
                (
                    "summary",
                    "A unit's observations of phenomena, newest first (at most 500). For the unit's workers; another unit is 404. Audited as a view."
                ),
                ("tags", ["observations"]),
                (
                    "parameters",
                    [
                        PlacesOpenAPI.query(
                            "unit", ["type": "string", "format": "uuid"], "The unit; default the user's first"),
                        PlacesOpenAPI.query("tag", ["type": "string"], "One tag (case ignored)"),
                        PlacesOpenAPI.query("area", ["type": "string", "format": "uuid"], "An area's id"),
                        PlacesOpenAPI.query("from", ["type": "string", "format": "date"], "First day"),
                        PlacesOpenAPI.query("to", ["type": "string", "format": "date"], "Last day"),
                    ]
                ),
                (
                    "responses",
                    .object(
                        [("200", Doc.response("Observations", ["type": "array", "items": Doc.ref("Observation")]))]
                            + Doc.errors)
                ),
            ]),
            "post": Doc.operation(
                "createObservation",
                "Record an observation, written without identifying anyone: text with a valid identity code, a phone number or an e-mail address is refused (422, `error.field` = `observationText` or `observationTags`). Audited.",
                tag: "observations", body: Doc.ref("ObservationInput"),
                responses: [("201", Doc.response("Created", Doc.ref("Observation")))]),
        ],
        "/api/v1/observations/{observationID}": [
            "get": Doc.operation(
                "getObservation", "One observation of the user's unit (others 404). Audited.", tag: "observations",
                parameters: ["observationID"], responses: [("200", Doc.response("Observation", Doc.ref("Observation")))]
            ),
            "put": Doc.operation(
                "updateObservation",
                "Replace the text, tags, area and day; only the author may (others of the unit 403). Audited.",
                tag: "observations", body: Doc.ref("ObservationInput"), parameters: ["observationID"],
                responses: [("200", Doc.response("Observation", Doc.ref("Observation")))]),
            "delete": Doc.operation(
                "deleteObservation", "Delete an observation; only the author may. Audited.", tag: "observations",
                parameters: ["observationID"], responses: [("204", Doc.response("Deleted"))]),
        ],
    ]

    static let schemas: JSONValue = [
        "Observation": [
            "type": "object",
            "required": ["id", "unitID", "day", "text", "tags", "areaID", "inReport", "recordedByMe"],
            "properties": [
                "id": ["type": "string", "format": "uuid"], "unitID": ["type": "string", "format": "uuid"],
                "day": ["type": "string", "format": "date"], "text": ["type": "string"],
                "tags": ["type": "array", "items": ["type": "string"]],
                "areaID": ["type": ["string", "null"], "format": "uuid"], "areaName": ["type": ["string", "null"]],
                "inReport": ["type": "boolean", "description": "Chosen for the social report"],
                "recordedByMe": ["type": "boolean"],
            ],
        ],
        "ObservationInput": [
            "type": "object", "required": ["text"],
            "properties": [
                "unitID": [
                    "type": "string", "format": "uuid", "description": "On POST; default the user's first unit",
                ],
                "text": ["type": "string", "maxLength": .int(ObservationRules.maximumTextLength)],
                "tags": [
                    "type": "array", "maxItems": .int(ObservationRules.maximumTags),
                    "items": ["type": "string", "maxLength": .int(ObservationRules.maximumTagLength)],
                    "description": "Lower-cased; repeats dropped",
                ],
                "areaID": ["type": ["string", "null"], "format": "uuid"],
                "day": ["type": "string", "format": "date", "description": "Default today; not in the future"],
            ],
        ],
    ]
}
