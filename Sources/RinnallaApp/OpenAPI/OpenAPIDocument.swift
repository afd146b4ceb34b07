import RinnallaCore
import Vapor

/// The OpenAPI 3.1 description of `/api/v1`. A test checks that every registered API
/// route appears here.
enum OpenAPIDocument {
    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }

    static func json(_ schema: JSONValue) -> JSONValue { ["application/json": ["schema": schema]] }

    static func response(_ description: String, _ schema: JSONValue? = nil) -> JSONValue {
        guard let schema else { return ["description": .string(description)] }
        return ["description": .string(description), "content": json(schema)]
    }

    static let errors: [(String, JSONValue)] = [
        ("400", response("Malformed body", ref("Error"))),
        ("401", response("Not logged in (missing, expired or revoked token)", ref("Error"))),
        ("403", response("The role does not allow this", ref("Error"))),
        ("404", response("Not found, or not visible to this user", ref("Error"))),
        ("422", response("Invalid input; `error.field` names the field", ref("Error"))),
    ]

    static func operation(
        _ id: String, _ summary: String, tag: String, body: JSONValue? = nil, parameters: [String] = [],
        secured: Bool = true, responses: [(String, JSONValue)]
    ) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("operationId", .string(id)), ("summary", .string(summary)), ("tags", [.string(tag)]),
        ]
        if !parameters.isEmpty {
            pairs.append(
                (
                    "parameters",
                    .array(
                        parameters.map { name in
                            [
                                "name": .string(name), "in": "path", "required": true,
                                "schema": ["type": "string", "format": "uuid"],
                            ]
                        })
                ))
        }
        if let body { pairs.append(("requestBody", ["required": true, "content": json(body)])) }
        pairs.append(("responses", .object(responses + errors)))
        if !secured { pairs.append(("security", [])) }
        return .object(pairs)
    }

    static let paths: JSONValue = [
        "/api/v1/auth/token": [
            "post": operation(
                "createToken", "Log in with email and password; returns a bearer token", tag: "auth",
                body: ref("TokenRequest"), secured: false, responses: [("201", response("Token created", ref("Token")))]
            ),
            "delete": operation(
                "revokeToken", "Revoke the bearer token used for this call", tag: "auth",
                responses: [("204", response("Revoked"))]),
        ],
        "/api/v1/me": [
            "get": operation(
                "getMe", "The logged-in user", tag: "auth", responses: [("200", response("User", ref("User")))])
        ],
        "/api/v1/me/password": [
            "post": operation(
                "changeMyPassword",
                "Change the logged-in user's password. While `mustChangePassword` is true (a new account or an"
                    + " administrator's reset), a token reaches only this operation, getMe and revokeToken; every"
                    + " other operation answers 403 with the code `password-change-required`.",
                tag: "auth", body: ref("PasswordChange"), responses: [("204", response("Changed"))])
        ],
        "/api/v1/users": [
            "get": operation(
                "listUsers", "All users (admin)", tag: "admin",
                responses: [("200", response("Users", ["type": "array", "items": ref("User")]))]),
            "post": operation(
                "createUser", "Create a user with a first role (admin)", tag: "admin", body: ref("NewUser"),
                responses: [("201", response("Created", ref("User")))]),
        ],
        "/api/v1/users/{userID}": [
            "get": operation(
                "getUser", "One user (admin)", tag: "admin", parameters: ["userID"],
                responses: [("200", response("User", ref("User")))]),
            "patch": operation(
                "updateUser", "Change name, email or language (admin)", tag: "admin",
                body: ref("UserChanges"), parameters: ["userID"], responses: [("200", response("User", ref("User")))]),
        ],
        "/api/v1/users/{userID}/roles": [
            "post": operation(
                "addRole", "Give the user a role in a unit (admin)", tag: "admin", body: ref("RoleGrant"),
                parameters: ["userID"], responses: [("201", response("User", ref("User")))])
        ],
        "/api/v1/users/{userID}/roles/{membershipID}": [
            "delete": operation(
                "removeRole", "Remove one role (admin)", tag: "admin",
                parameters: ["userID", "membershipID"], responses: [("204", response("Removed"))])
        ],
        "/api/v1/users/{userID}/deactivate": [
            "post": operation(
                "deactivateUser", "Deactivate; users are never deleted (admin)", tag: "admin",
                parameters: ["userID"], responses: [("200", response("User", ref("User")))])
        ],
        "/api/v1/users/{userID}/activate": [
            "post": operation(
                "activateUser", "Reactivate (admin)", tag: "admin", parameters: ["userID"],
                responses: [("200", response("User", ref("User")))])
        ],
        "/api/v1/units": [
            "get": operation(
                "listUnits", "All units (admin)", tag: "admin",
                responses: [("200", response("Units", ["type": "array", "items": ref("Unit")]))]),
            "post": operation(
                "createUnit", "Create a unit (admin)", tag: "admin", body: ref("NewUnit"),
                responses: [("201", response("Created", ref("Unit")))]),
        ],
        "/api/v1/clients": [
            "get": .object([
                ("operationId", "listClients"),
                (
                    "summary",
                    "Clients in the user's units: search by name or identity code (`q`); without `q`, the user's own clients. Audited."
                ),
                ("tags", ["clients"]),
                ("parameters", [["name": "q", "in": "query", "required": false, "schema": ["type": "string"]]]),
                (
                    "responses",
                    .object([("200", response("Clients", ["type": "array", "items": ref("Client")]))] + errors)
                ),
            ]),
            "post": operation(
                "createClient", "Create a client in one of the user's units", tag: "clients", body: ref("ClientInput"),
                responses: [("201", response("Created", ref("Client")))]),
        ],
        "/api/v1/clients/{clientID}": [
            "get": operation(
                "getClient", "One client (audited as a view)", tag: "clients", parameters: ["clientID"],
                responses: [("200", response("Client", ref("Client")))]),
            "patch": operation(
                "updateClient",
                "Change a client's details; omitted fields keep their values. A new unitID moves the client and all their records to that unit",
                tag: "clients", body: ref("ClientInput"), parameters: ["clientID"],
                responses: [("200", response("Client", ref("Client")))]),
        ],
        "/api/v1/clients/{clientID}/periods": [
            "get": operation(
                "listPeriods", "The client's social rehabilitation periods", tag: "periods",
                parameters: ["clientID"],
                responses: [("200", response("Periods", ["type": "array", "items": ref("Period")]))]),
            "post": operation(
                "startPeriod",
                "Start a period after the suitability check; any `notNow` item needs an `acknowledgement`",
                tag: "periods", body: ref("PeriodStart"), parameters: ["clientID"],
                responses: [("201", response("Started", ref("Period")))]),
        ],
        "/api/v1/periods/{periodID}": [
            "get": operation(
                "getPeriod", "One period (audited as a view)", tag: "periods", parameters: ["periodID"],
                responses: [("200", response("Period", ref("Period")))])
        ],
        "/api/v1/periods/{periodID}/decisions": [
            "get": operation(
                "listDecisions", "The period's decisions", tag: "periods", parameters: ["periodID"],
                responses: [("200", response("Decisions", ["type": "array", "items": ref("Decision")]))]),
            "post": operation(
                "createDecision",
                "A social rehabilitation decision (at most 3 months; continuations follow without a gap; at most 12 months in all), with the HSL ticket decision when `travelTicket` is true. `text` defaults to the handbook's wording.",
                tag: "periods", body: ref("DecisionInput"), parameters: ["periodID"],
                responses: [("201", response("The saved decisions", ["type": "array", "items": ref("Decision")]))]),
        ],
        "/api/v1/periods/{periodID}/allowances": [
            "get": operation(
                "listAllowanceMonths",
                "The period's allowance months: first and last day, activity days, days left out and why, the sum, the proposed decision text and whether it has been decided",
                tag: "periods", parameters: ["periodID"],
                responses: [("200", response("Months", ["type": "array", "items": ref("AllowanceMonth")]))])
        ],
        "/api/v1/units/{unitID}": [
            "get": operation(
                "getUnit", "One unit (admin)", tag: "admin", parameters: ["unitID"],
                responses: [("200", response("Unit", ref("Unit")))])
        ],
    ]

    static let roleEnum: JSONValue = [
        "type": "string",
        "enum": [
            "social-worker", "social-instructor", "group-leader", "outreach-worker", "team-lead", "evaluator", "admin",
        ],
    ]

    static let offerEnum: JSONValue = [
        "type": "string", "enum": .array(Suitability.OfferIf.allCases.map { .string($0.rawValue) }),
    ]
    static let notNowEnum: JSONValue = [
        "type": "string", "enum": .array(Suitability.NotNowIf.allCases.map { .string($0.rawValue) }),
    ]

    static let schemas: JSONValue = [
        "Error": [
            "type": "object", "required": ["error"],
            "properties": [
                "error": [
                    "type": "object", "required": ["code", "message"],
                    "properties": [
                        "code": ["type": "string"],
                        "message": ["type": "string", "description": "In the user's language"],
                        "field": ["type": ["string", "null"], "description": "The input field concerned"],
                    ],
                ]
            ],
        ],
        "PasswordChange": [
            "type": "object", "required": ["currentPassword", "newPassword"],
            "properties": ["currentPassword": ["type": "string"], "newPassword": ["type": "string"]],
        ],
        "TokenRequest": [
            "type": "object", "required": ["email", "password"],
            "properties": ["email": ["type": "string", "format": "email"], "password": ["type": "string"]],
        ],
        "Token": [
            "type": "object", "required": ["token", "tokenType", "expiresAt", "user"],
            "properties": [
                "token": ["type": "string"], "tokenType": ["type": "string", "const": "Bearer"],
                "expiresAt": ["type": "string", "format": "date-time"], "user": ref("User"),
            ],
        ],
        "Membership": [
            "type": "object", "required": ["unitID", "unitName", "role"],
            "properties": [
                "id": ["type": "string", "format": "uuid"], "unitID": ["type": "string", "format": "uuid"],
                "unitName": ["type": "string"], "role": roleEnum,
            ],
        ],
        "User": [
            "type": "object",
            "required": ["id", "email", "name", "language", "isActive", "mustChangePassword", "memberships"],
            "properties": [
                "id": ["type": "string", "format": "uuid"], "email": ["type": "string", "format": "email"],
                "name": ["type": "string"], "language": ["type": "string", "enum": ["fi", "sv", "en"]],
                "isActive": ["type": "boolean"], "mustChangePassword": ["type": "boolean"],
                "lastLoginAt": ["type": ["string", "null"], "format": "date-time"],
                "memberships": ["type": "array", "items": ref("Membership")],
            ],
        ],
        "NewUser": [
            "type": "object", "required": ["email", "name", "password", "role", "unitID"],
            "properties": [
                "email": ["type": "string", "format": "email"], "name": ["type": "string", "maxLength": 200],
                "password": ["type": "string", "minLength": 12], "role": roleEnum,
                "unitID": ["type": "string", "format": "uuid"],
                "language": ["type": "string", "enum": ["fi", "sv", "en"]],
                "mustChangePassword": ["type": "boolean", "default": true],
            ],
        ],
        "UserChanges": [
            "type": "object",
            "properties": [
                "email": ["type": "string", "format": "email"], "name": ["type": "string", "maxLength": 200],
                "language": ["type": "string", "enum": ["fi", "sv", "en"]],
            ],
        ],
        "RoleGrant": [
            "type": "object", "required": ["role", "unitID"],
            "properties": ["role": roleEnum, "unitID": ["type": "string", "format": "uuid"]],
        ],
        "Unit": [
            "type": "object", "required": ["id", "name", "isActive"],
            "properties": [
                "id": ["type": "string", "format": "uuid"], "name": ["type": "string"], "isActive": ["type": "boolean"],
            ],
        ],
        "Client": [
            "type": "object", "required": ["id", "unitID", "name", "language"],
            "properties": [
                "id": ["type": "string", "format": "uuid"], "unitID": ["type": "string", "format": "uuid"],
                "name": ["type": "string"],
                "identityCode": [
                    "type": ["string", "null"], "description": "Finnish personal identity code (henkilötunnus)",
                ],
                "birthDate": ["type": ["string", "null"], "format": "date"],
                "language": ["type": "string", "enum": ["fi", "sv", "other"]],
                "phone": ["type": ["string", "null"]], "email": ["type": ["string", "null"]],
                "address": ["type": ["string", "null"]],
                "responsibleWorkerID": ["type": ["string", "null"], "format": "uuid"],
            ],
        ],
        "ClientInput": [
            "type": "object",
            "description":
                "Give identityCode (validated with its check character and century sign) or, without one, birthDate (d.M.yyyy or yyyy-MM-dd).",
            "properties": [
                "unitID": ["type": "string", "format": "uuid"], "name": ["type": "string", "maxLength": 200],
                "identityCode": ["type": "string"], "birthDate": ["type": "string"],
                "language": ["type": "string", "enum": ["fi", "sv", "other"]], "phone": ["type": "string"],
                "email": ["type": "string", "format": "email"], "address": ["type": "string"],
                "responsibleWorkerID": ["type": "string", "format": "uuid"],
            ],
        ],
        "Suitability": [
            "type": "object",
            "properties": [
                "offer": ["type": "array", "items": offerEnum], "notNow": ["type": "array", "items": notNowEnum],
                "acknowledgement": ["type": ["string", "null"]],
            ],
        ],
        "Period": [
            "type": "object", "required": ["id", "clientID", "unitID", "status", "phase"],
            "properties": [
                "id": ["type": "string", "format": "uuid"], "clientID": ["type": "string", "format": "uuid"],
                "unitID": ["type": "string", "format": "uuid"],
                "status": ["type": "string", "enum": ["open", "closed"]],
                "phase": ["type": "string", "enum": .array(PeriodPhase.allCases.map { .string($0.rawValue) })],
                "suitability": ref("Suitability"), "createdAt": ["type": ["string", "null"], "format": "date-time"],
            ],
        ],
        "PeriodStart": [
            "type": "object",
            "properties": [
                "offer": ["type": "array", "items": offerEnum], "notNow": ["type": "array", "items": notNowEnum],
                "acknowledgement": ["type": "string"],
            ],
        ],
        "Decision": [
            "type": "object",
            "required": ["id", "periodID", "kind", "number", "firstDay", "lastDay", "resolution", "text"],
            "properties": [
                "id": ["type": "string", "format": "uuid"], "periodID": ["type": "string", "format": "uuid"],
                "kind": ["type": "string", "enum": ["rehabilitation", "travel-ticket", "allowance"]],
                "number": ["type": "string", "description": "Unique in the organisation: year and a running number"],
                "firstDay": ["type": "string", "format": "date"], "lastDay": ["type": "string", "format": "date"],
                "isContinuation": ["type": "boolean"],
                "resolution": ["type": "string", "enum": ["positive", "negative"]],
                "opinionHeard": ["type": "boolean"], "opinionMethod": ["type": "string"], "text": ["type": "string"],
                "amountCents": ["type": ["integer", "null"]],
                "correctsID": ["type": ["string", "null"], "format": "uuid"],
                "createdAt": ["type": ["string", "null"], "format": "date-time"],
            ],
        ],
        "DecisionInput": [
            "type": "object", "required": ["firstDay", "lastDay", "individualMeetings", "groupSessions"],
            "properties": [
                "firstDay": ["type": "string", "description": "d.M.yyyy or yyyy-MM-dd"],
                "lastDay": ["type": "string", "description": "d.M.yyyy or yyyy-MM-dd"],
                "individualMeetings": ["type": "integer", "minimum": 0, "maximum": 100],
                "groupSessions": ["type": "integer", "minimum": 0, "maximum": 100],
                "goals": ["type": "array", "items": ["type": "string"]],
                "resolution": ["type": "string", "enum": ["positive", "negative"]], "opinionHeard": ["type": "boolean"],
                "opinionMethod": ["type": "string"], "text": ["type": "string"], "travelTicket": ["type": "boolean"],
                "zones": ["type": "string", "enum": .array(DecisionTexts.zones.map { .string($0) })],
                "discount": ["type": "string", "enum": .array(DecisionTexts.discounts.map { .string($0) })],
            ],
        ],
        "AllowanceMonth": [
            "type": "object",
            "required": [
                "firstDay", "lastDay", "activityDays", "excluded", "sumCents", "proposedDecisionText", "decided",
            ],
            "properties": [
                "firstDay": ["type": "string", "format": "date"], "lastDay": ["type": "string", "format": "date"],
                "activityDays": ["type": "array", "items": ["type": "string", "format": "date"]],
                "excluded": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "properties": [
                            "day": ["type": "string", "format": "date"],
                            "reason": [
                                "type": "string", "enum": ["cancelled", "did-not-come", "planned", "outside-decision"],
                            ],
                        ],
                    ],
                ],
                "sumCents": ["type": "integer"], "proposedDecisionText": ["type": "string"],
                "decided": ["type": "boolean"],
                "decisionID": ["type": ["string", "null"], "format": "uuid"],
                "correctionIDs": ["type": "array", "items": ["type": "string", "format": "uuid"]],
            ],
        ],
        "NewUnit": [
            "type": "object", "required": ["name"], "properties": ["name": ["type": "string", "maxLength": 200]],
        ],
    ]

    static let document: JSONValue = [
        "openapi": "3.1.0",
        "info": [
            "title": "Rinnalla API", "version": "1.0.0",
            "description":
                "Social rehabilitation and inclusion work. Authenticate with POST /api/v1/auth/token and send `Authorization: Bearer <token>`. Error messages follow the user's language.",
        ],
        "servers": [["url": "/"]],
        "security": [["bearerAuth": []]],
        "paths": paths.merging(.object(goalAndEvaluationPaths)).merging(OpenAPIWorkerDay.paths).merging(
            SelfAssessmentOpenAPI.paths
        ).merging(GroupsOpenAPI.paths).merging(PlacesOpenAPI.paths).merging(GroupFeedbackOpenAPI.paths)
            .merging(ContactsOpenAPI.paths).merging(ServicePathsOpenAPI.paths)
            .merging(ObservationsOpenAPI.paths).merging(SocialReportOpenAPI.paths)
            .merging(InclusionCollectOpenAPI.paths).merging(InclusionResultsOpenAPI.paths),
        "components": [
            "securitySchemes": ["bearerAuth": ["type": "http", "scheme": "bearer"]],
            "schemas": schemas.merging(.object(goalAndEvaluationSchemas)).merging(OpenAPIWorkerDay.schemas).merging(
                SelfAssessmentOpenAPI.schemas
            ).merging(GroupsOpenAPI.schemas).merging(PlacesOpenAPI.schemas).merging(GroupFeedbackOpenAPI.schemas)
                .merging(ContactsOpenAPI.schemas).merging(ServicePathsOpenAPI.schemas)
                .merging(ObservationsOpenAPI.schemas).merging(SocialReportOpenAPI.schemas)
                .merging(InclusionCollectOpenAPI.schemas).merging(InclusionResultsOpenAPI.schemas),
        ],
    ]

    static func serve(req: Request) async throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(document)
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
