import RinnallaCore

/// The areas and the local service map in the OpenAPI document, merged into
/// `OpenAPIDocument.document`.
enum PlacesOpenAPI {
    typealias Doc = OpenAPIDocument

    static func query(_ name: String, _ schema: JSONValue, _ description: String) -> JSONValue {
        [
            "name": .string(name), "in": "query", "required": false, "schema": schema,
            "description": .string(description),
        ]
    }

    static let categoryEnum: JSONValue = [
        "type": "string", "enum": .array(PlaceCategory.allCases.map { .string($0.rawValue) }),
    ]

    static let paths: JSONValue = [
        "/api/v1/areas": [
            "get": Doc.operation(
                "listAreas", "The organisation's areas in their order (Itä, Pohjoinen, Etelä, Länsi in the demo)",
                tag: "places",
                responses: [("200", Doc.response("Areas", ["type": "array", "items": Doc.ref("Area")]))])
        ],
        "/api/v1/places": [
            "get": .object([
                ("operationId", "listPlaces"),
                (
                    "summary",
                    "The local service map: places in use, by area order then name. Filters combine; an unknown area or category is refused (422, `error.field` = `area` or `category`)."
                ),
                ("tags", ["places"]),
                (
                    "parameters",
                    [
                        query(
                            "area", ["type": "string"],
                            "An area's id, or `none` for city-wide places that belong to no area"),
                        query("category", categoryEnum, "One category"),
                        query(
                            "q", ["type": "string"],
                            "Words found in the name, address, description or opening notes (case and accents ignored)"),
                        query("includeInactive", ["type": "boolean"], "Also places no longer in use"),
                    ]
                ),
                (
                    "responses",
                    .object(
                        [("200", Doc.response("Places", ["type": "array", "items": Doc.ref("Place")]))] + Doc.errors)
                ),
            ]),
            "post": Doc.operation(
                "createPlace",
                "Add a place; any worker with client work in a unit may (others 403). Audited. Refused input answers 422 with `error.field` naming the field.",
                tag: "places", body: Doc.ref("PlaceInput"),
                responses: [("201", Doc.response("Created", Doc.ref("Place")))]),
        ],
        "/api/v1/places/{placeID}": [
            "get": Doc.operation(
                "getPlace", "One place", tag: "places", parameters: ["placeID"],
                responses: [("200", Doc.response("Place", Doc.ref("Place")))]),
            "patch": Doc.operation(
                "updatePlace",
                "Change a place: fields not sent stay; null clears `areaID`, `webAddress` and `isFree`. Set `isActive` false when the place closes. Audited.",
                tag: "places", body: Doc.ref("PlaceInput"), parameters: ["placeID"],
                responses: [("200", Doc.response("Place", Doc.ref("Place")))]),
        ],
        "/api/v1/goals/{goalID}/places": [
            "post": Doc.operation(
                "suggestPlaceForGoal",
                "Suggest a place in use for the goal (the goal's unit and an open period, as for revising the goal). An unknown or already suggested place is refused (422, `error.field` = `placeID`).",
                tag: "goals", body: Doc.ref("GoalPlaceInput"), parameters: ["goalID"],
                responses: [("201", Doc.response("The goal with its suggested places", Doc.ref("Goal")))])
        ],
        "/api/v1/goals/{goalID}/places/{placeID}": [
            "delete": Doc.operation(
                "removePlaceFromGoal", "Remove a suggested place from the goal", tag: "goals",
                parameters: ["goalID", "placeID"], responses: [("204", Doc.response("Removed"))])
        ],
    ]

    static let schemas: JSONValue = [
        "Area": [
            "type": "object", "required": ["id", "name", "sortOrder"],
            "properties": [
                "id": ["type": "string", "format": "uuid"], "name": ["type": "string"],
                "sortOrder": ["type": "integer"],
            ],
        ],
        "Place": [
            "type": "object",
            "required": [
                "id", "name", "category", "areaID", "address", "openingNotes", "webAddress", "languages", "isFree",
                "description", "isActive",
            ],
            "properties": [
                "id": ["type": "string", "format": "uuid"], "name": ["type": "string"], "category": categoryEnum,
                "areaID": ["type": ["string", "null"], "format": "uuid", "description": "null: city-wide"],
                "areaName": ["type": ["string", "null"]], "address": ["type": "string"],
                "openingNotes": ["type": "string"], "webAddress": ["type": ["string", "null"], "format": "uri"],
                "languages": [
                    "type": "array",
                    "items": ["type": "string", "enum": .array(PlaceRules.languages.map { .string($0) })],
                ],
                "isFree": ["type": ["boolean", "null"], "description": "null: not known"],
                "description": ["type": "string"], "isActive": ["type": "boolean"],
            ],
        ],
        "PlaceInput": [
            "type": "object", "description": "On POST `name` and `category` are required",
            "properties": [
                "name": ["type": "string", "maxLength": 200], "category": categoryEnum,
                "areaID": ["type": ["string", "null"], "format": "uuid"],
                "address": ["type": "string", "maxLength": .int(PlaceRules.maximumAddressLength)],
                "openingNotes": ["type": "string", "maxLength": .int(PlaceRules.maximumNotesLength)],
                "webAddress": [
                    "type": ["string", "null"], "format": "uri", "description": "http or https only",
                ],
                "languages": [
                    "type": "array",
                    "items": ["type": "string", "enum": .array(PlaceRules.languages.map { .string($0) })],
                ],
                "isFree": ["type": ["boolean", "null"]],
                "description": [
                    "type": "string", "maxLength": .int(PlaceRules.maximumDescriptionLength),
                ],
                "isActive": ["type": "boolean", "default": true],
            ],
        ],
        "GoalPlaceInput": [
            "type": "object", "required": ["placeID"],
            "properties": ["placeID": ["type": "string", "format": "uuid"]],
        ],
    ]
}
