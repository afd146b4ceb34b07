import RinnallaCore

/// The agreed service paths directory and referrals with their follow-up in the OpenAPI
/// document, merged into `OpenAPIDocument.document`.
enum ServicePathsOpenAPI {
    typealias Doc = OpenAPIDocument

    static func enumeration(_ values: [String]) -> JSONValue {
        ["type": "string", "enum": .array(values.map { .string($0) })]
    }

    static let kindEnum = enumeration(ServicePathKind.allCases.map(\.rawValue))
    static let methodEnum = enumeration(ReferralMethod.allCases.map(\.rawValue))
    static let outcomeEnum = enumeration(ReferralOutcome.allCases.map(\.rawValue))
    static let uuid: JSONValue = ["type": "string", "format": "uuid"]
    static let nullableUUID: JSONValue = ["type": ["string", "null"], "format": "uuid"]
    static let nullableString: JSONValue = ["type": ["string", "null"]]

    static let paths: JSONValue = [
        "/api/v1/service-paths": [
            "get": .object([
                ("operationId", "listServicePaths"),
                (
                    "summary",
                    "The agreed service paths directory: services in use, by kind then name. An unknown kind or area is refused (422, `error.field` = `kind` or `area`)."
                ),
                ("tags", ["service-paths"]),
                (
                    "parameters",
                    [
                        PlacesOpenAPI.query(
                            "q", ["type": "string"],
                            "Words found in the name, description, referral practice, address or kind (case and accents ignored)"
                        ),
                        PlacesOpenAPI.query("kind", kindEnum, "One kind of service"),
                        PlacesOpenAPI.query(
                            "area", ["type": "string"], "An area's id, or `none` for city-wide services"),
                        PlacesOpenAPI.query("includeInactive", ["type": "boolean"], "Also services no longer in use"),
                    ]
                ),
                (
                    "responses",
                    .object(
                        [("200", Doc.response("Services", ["type": "array", "items": Doc.ref("ServicePath")]))]
                            + Doc.errors)
                ),
            ]),
            "post": Doc.operation(
                "createServicePath",
                "Add a service; any worker with client work in a unit may (others 403). Audited. Refused input answers 422 with `error.field` naming the field (`name`, `kind`, `phone`, `email`, `webAddress`, …).",
                tag: "service-paths", body: Doc.ref("ServicePathInput"),
                responses: [("201", Doc.response("Created", Doc.ref("ServicePath")))]),
        ],
        "/api/v1/service-paths/{servicePathID}": [
            "get": Doc.operation(
                "getServicePath", "One service", tag: "service-paths", parameters: ["servicePathID"],
                responses: [("200", Doc.response("Service", Doc.ref("ServicePath")))]),
            "put": Doc.operation(
                "replaceServicePath",
                "Replace a service: fields not sent become empty. Set `isActive` false when the service closes; referrals keep pointing at it. Audited.",
                tag: "service-paths", body: Doc.ref("ServicePathInput"), parameters: ["servicePathID"],
                responses: [("200", Doc.response("Service", Doc.ref("ServicePath")))]),
        ],
        "/api/v1/referrals": [
            "get": .object([
                ("operationId", "listReferrals"),
                (
                    "summary",
                    "Referrals of the user's units, newest first (at most 500). Reading clients' referrals is audited."
                ),
                ("tags", ["referrals"]),
                (
                    "parameters",
                    [
                        PlacesOpenAPI.query("unitID", uuid, "One of the user's units (another unit: 404)"),
                        PlacesOpenAPI.query("clientID", uuid, "One client's referrals (outside the user's units: 404)"),
                        PlacesOpenAPI.query("contactID", uuid, "One contact's referrals"),
                        PlacesOpenAPI.query("outcome", outcomeEnum, "`pending`: not followed up yet"),
                    ]
                ),
                (
                    "responses",
                    .object(
                        [("200", Doc.response("Referrals", ["type": "array", "items": Doc.ref("Referral")]))]
                            + Doc.errors)
                ),
            ]),
            "post": Doc.operation(
                "createReferral",
                "Refer a client or an anonymous contact (exactly one of `clientID`, `contactID`) to a service in use. A client or contact outside the user's units answers 404. `clientMadeID` (also accepted as `client_made_id`) is an idempotency key: sending the same id again stores nothing new and answers 200 with the referral stored the first time. Audited.",
                tag: "referrals", body: Doc.ref("ReferralInput"),
                responses: [
                    ("201", Doc.response("Created", Doc.ref("Referral"))),
                    ("200", Doc.response("Already stored with this clientMadeID", Doc.ref("Referral"))),
                ]),
        ],
        "/api/v1/referrals/{referralID}": [
            "get": Doc.operation(
                "getReferral", "One referral (audited)", tag: "referrals", parameters: ["referralID"],
                responses: [("200", Doc.response("Referral", Doc.ref("Referral")))])
        ],
        "/api/v1/referrals/{referralID}/follow-up": [
            "put": Doc.operation(
                "followUpReferral",
                "Record whether the person reached the service: `outcome` reached, not-reached or unknown; `day` (default today) on or after the referral's day and not in the future. Audited.",
                tag: "referrals", body: Doc.ref("ReferralFollowUpInput"), parameters: ["referralID"],
                responses: [("200", Doc.response("Referral", Doc.ref("Referral")))])
        ],
    ]

    static let schemas: JSONValue = [
        "ServicePath": [
            "type": "object",
            "required": [
                "id", "name", "kind", "areaID", "description", "howToRefer", "phone", "email", "address",
                "webAddress", "openingHours", "isActive",
            ],
            "properties": [
                "id": uuid, "name": ["type": "string"], "kind": kindEnum,
                "areaID": ["type": ["string", "null"], "format": "uuid", "description": "null: city-wide"],
                "areaName": nullableString, "description": ["type": "string"],
                "howToRefer": ["type": "string", "description": "The agreed referral practice"],
                "phone": nullableString, "email": nullableString, "address": nullableString,
                "webAddress": ["type": ["string", "null"], "format": "uri"], "openingHours": ["type": "string"],
                "isActive": ["type": "boolean"],
            ],
        ],
        "ServicePathInput": [
            "type": "object", "required": ["name", "kind"],
            "properties": [
                "name": ["type": "string", "maxLength": .int(ServicePathRules.maximumNameLength)], "kind": kindEnum,
                "areaID": nullableUUID,
                "description": ["type": "string", "maxLength": .int(ServicePathRules.maximumDescriptionLength)],
                "howToRefer": ["type": "string", "maxLength": .int(ServicePathRules.maximumHowToReferLength)],
                "phone": [
                    "type": ["string", "null"],
                    "description": "Digits with spaces, hyphens or parentheses; 5–15 digits",
                ],
                "email": ["type": ["string", "null"], "format": "email"],
                "address": ["type": ["string", "null"], "maxLength": .int(ServicePathRules.maximumAddressLength)],
                "webAddress": ["type": ["string", "null"], "format": "uri", "description": "http or https only"],
                "openingHours": ["type": "string", "maxLength": .int(ServicePathRules.maximumOpeningHoursLength)],
                "isActive": ["type": "boolean", "default": true],
            ],
        ],
        "Referral": [
            "type": "object",
            "required": [
                "id", "clientMadeID", "unitID", "servicePathID", "clientID", "contactID", "method", "day", "madeBy",
                "outcome", "outcomeDay", "outcomeNote", "followedUpBy",
            ],
            "properties": [
                "id": uuid, "clientMadeID": nullableUUID, "unitID": uuid, "servicePathID": uuid,
                "servicePathName": nullableString, "clientID": nullableUUID,
                "contactID": ["type": ["string", "null"], "format": "uuid", "description": "Anonymous contact"],
                "method": methodEnum, "day": ["type": "string", "format": "date"], "madeBy": uuid,
                "outcome": outcomeEnum, "outcomeDay": ["type": ["string", "null"], "format": "date"],
                "outcomeNote": nullableString, "followedUpBy": nullableUUID,
            ],
        ],
        "ReferralInput": [
            "type": "object", "required": ["servicePathID", "method", "day"],
            "properties": [
                "servicePathID": uuid, "clientID": uuid, "contactID": uuid, "method": methodEnum,
                "day": ["type": "string", "description": "yyyy-MM-dd or d.M.yyyy; not in the future"],
                "clientMadeID": ["type": "string", "format": "uuid", "description": "Idempotency key"],
            ],
        ],
        "ReferralFollowUpInput": [
            "type": "object", "required": ["outcome"],
            "properties": [
                "outcome": enumeration(["reached", "not-reached", "unknown"]),
                "day": ["type": "string", "description": "yyyy-MM-dd or d.M.yyyy; default today"],
                "note": ["type": "string", "maxLength": .int(ReferralRules.maximumNoteLength)],
            ],
        ],
    ]
}
