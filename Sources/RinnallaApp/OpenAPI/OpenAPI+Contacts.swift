import RinnallaCore

/// Anonymous low-threshold and outreach contacts in the OpenAPI document, merged into
/// `OpenAPIDocument.document`.
enum ContactsOpenAPI {
    typealias Doc = OpenAPIDocument

    static func enumeration(_ values: [String]) -> JSONValue {
        ["type": "string", "enum": .array(values.map { .string($0) })]
    }

    static let channel = enumeration(ContactChannel.allCases.map(\.rawValue))
    static let topic = enumeration(ContactTopic.allCases.map(\.rawValue))
    static let support = enumeration(ContactSupport.allCases.map(\.rawValue))

    static let paths: JSONValue = [
        "/api/v1/contacts": [
            "get": .object([
                ("operationId", "listContacts"),
                (
                    "summary",
                    "A unit's anonymous contacts, most recent first (at most `limit`, default 200). Filters combine; an unknown channel or topic or a malformed day is refused (422, `error.field` names the parameter). The read is audited."
                ),
                ("tags", ["contacts"]),
                (
                    "parameters",
                    [
                        PlacesOpenAPI.query(
                            "unitID", ["type": "string", "format": "uuid"],
                            "One of the user's units (default: the first, outreach units first); another unit is 404"),
                        PlacesOpenAPI.query("from", ["type": "string", "format": "date"], "First day (yyyy-MM-dd)"),
                        PlacesOpenAPI.query("to", ["type": "string", "format": "date"], "Last day (yyyy-MM-dd)"),
                        PlacesOpenAPI.query("channel", channel, "One channel"),
                        PlacesOpenAPI.query("topic", topic, "Contacts with this topic"),
                        PlacesOpenAPI.query(
                            "nickname", ["type": "string"], "Contacts whose nickname contains this (case ignored)"),
                        PlacesOpenAPI.query(
                            "limit", ["type": "integer", "minimum": 1, "maximum": 1000], "At most this many"),
                    ]
                ),
                (
                    "responses",
                    .object(
                        [("200", Doc.response("Contacts", ["type": "array", "items": Doc.ref("Contact")]))] + Doc.errors
                    )
                ),
            ]),
            "post": Doc.operation(
                "createContact",
                "Record an anonymous contact. `clientMadeID` is the idempotency key: sending the same id again stores nothing new and answers the stored contact with 200 (a new one answers 201). Any role with client work in the unit may record. Refused input answers 422 with `error.field` naming the field, and nothing is stored. Audited.",
                tag: "contacts", body: Doc.ref("ContactInput"),
                responses: [
                    ("201", Doc.response("Stored", Doc.ref("Contact"))),
                    ("200", Doc.response("Already stored under this clientMadeID", Doc.ref("Contact"))),
                    ("409", Doc.response("The clientMadeID belongs to another unit's contact", Doc.ref("Error"))),
                ]),
        ],
        "/api/v1/contacts/{contactID}": [
            "get": Doc.operation(
                "getContact", "One contact (another unit's is 404). Audited.", tag: "contacts",
                parameters: ["contactID"], responses: [("200", Doc.response("Contact", Doc.ref("Contact")))])
        ],
    ]

    static let schemas: JSONValue = [
        "Contact": [
            "type": "object",
            "required": [
                "id", "clientMadeID", "unitID", "day", "channel", "ageGroup", "language", "topics", "supports",
                "followUpAgreed",
            ],
            "properties": [
                "id": ["type": "string", "format": "uuid"],
                "clientMadeID": ["type": "string", "format": "uuid"],
                "unitID": ["type": "string", "format": "uuid"],
                "day": ["type": "string", "format": "date"],
                "channel": channel,
                "areaID": ["type": ["string", "null"], "format": "uuid"],
                "ageGroup": enumeration(PerceivedAgeGroup.allCases.map(\.rawValue)),
                "gender": [
                    "type": ["string", "null"], "description": "null: not recorded",
                    "enum": .array(PerceivedGender.allCases.map { .string($0.rawValue) }),
                ],
                "language": enumeration(ContactRules.languages),
                "topics": ["type": "array", "items": topic],
                "supports": ["type": "array", "items": support],
                "durationMinutes": ["type": ["integer", "null"]],
                "followUpAgreed": ["type": "boolean"],
                "followUpDay": ["type": ["string", "null"], "format": "date"],
                "nicknameID": ["type": ["string", "null"], "format": "uuid"],
                "nickname": [
                    "type": ["string", "null"], "description": "Chosen by the person; shown only within the unit",
                ],
                "clientID": [
                    "type": ["string", "null"], "format": "uuid",
                    "description":
                        "Set only after the person's recorded consent to link the contact to a client record",
                ],
                "createdAt": ["type": ["string", "null"], "format": "date-time"],
            ],
        ],
        "ContactInput": [
            "type": "object", "required": ["channel", "topics", "supports", "durationMinutes"],
            "description": "No name or identity field exists: a contact is anonymous.",
            "properties": [
                "clientMadeID": [
                    "type": "string", "format": "uuid",
                    "description":
                        "Made by the client before the first send; the same id on every retry. Made by the server when missing (then no idempotency).",
                ],
                "unitID": [
                    "type": "string", "format": "uuid",
                    "description": "Default: the user's first unit with client work",
                ],
                "day": ["type": "string", "description": "yyyy-MM-dd or d.M.yyyy; default today; not in the future"],
                "channel": channel,
                "areaID": ["type": ["string", "null"], "format": "uuid"],
                "ageGroup": enumeration(PerceivedAgeGroup.allCases.map(\.rawValue)),
                "gender": enumeration(PerceivedGender.allCases.map(\.rawValue)),
                "language": enumeration(ContactRules.languages),
                "topics": ["type": "array", "minItems": 1, "items": topic],
                "supports": ["type": "array", "minItems": 1, "items": support],
                "durationMinutes": [
                    "type": "integer", "minimum": .int(ContactRules.minimumDuration),
                    "maximum": .int(ContactRules.maximumDuration),
                ],
                "followUpAgreed": ["type": "boolean", "default": false],
                "followUpDay": ["type": "string", "description": "Only with followUpAgreed; not before `day`"],
                "nickname": [
                    "type": "string", "maxLength": .int(ContactRules.maximumNicknameLength),
                    "description":
                        "Optional; reuses the unit's nickname of the same spelling (case ignored). Refused if it holds an identity code or a phone number.",
                ],
            ],
        ],
    ]
}
