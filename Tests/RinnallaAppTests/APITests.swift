import Fluent
import Foundation
import OpenAPIKit
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("JSON API")
struct APITests {
    @Test func aTokenGivesAccessUntilRevoked() async throws {
        try await withTestApp { (app, _) async throws in
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let me = try await api.send(.GET, "/api/v1/me")
            #expect(me.status == .ok)
            let user = try me.content.decode(APIModels.UserDTO.self)
            #expect(user.email == "worker.a@example.fi")
            #expect(user.memberships.map(\.role) == ["social-worker"])
            #expect(try await api.send(.DELETE, "/api/v1/auth/token").status == .noContent)
            #expect(try await api.send(.GET, "/api/v1/me").status == .unauthorized)
        }
    }

    @Test func aBadLoginIsA401WithTheErrorShape() async throws {
        try await withTestApp { (app, _) async throws in
            let response = try await APIClient(app: app, token: nil)
                .send(
                    .POST, "/api/v1/auth/token", json: ["email": "worker.a@example.fi", "password": "nope nope nope"],
                    language: "sv")
            #expect(response.status == .unauthorized)
            let body = try response.content.decode(APIModels.ErrorBody.self)
            #expect(body.error.code == "login-failed")
            #expect(body.error.message == Localizer.shared.text(.loginFailed, .sv))
        }
    }

    @Test func malformedJSONIsA400AndNothingIsSaved() async throws {
        try await withTestApp { (app, _) async throws in
            let api = try await APIClient.loggedIn(app, email: "admin@example.fi")
            let before = try await tableSnapshot(app)
            let response = try await api.send(.POST, "/api/v1/units", raw: "{\"name\": ")
            #expect(response.status == .badRequest)
            #expect(try response.content.decode(APIModels.ErrorBody.self).error.code == "invalid-body")
            #expect(try await tableSnapshot(app) == before)
        }
    }

    @Test func invalidInputNamesTheFieldInTheUsersLanguage() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await User.query(on: app.db).filter(\.$id == fixture.admin).set(\.$language, to: "en").update()
            let api = try await APIClient.loggedIn(app, email: "admin@example.fi")
            let before = try await tableSnapshot(app)
            let response = try await api.send(
                .POST, "/api/v1/users",
                json: [
                    "email": "bad", "name": "X", "password": "long enough password", "role": "admin",
                    "unitID": fixture.unitA.uuidString,
                ])
            #expect(response.status == .unprocessableEntity)
            let body = try response.content.decode(APIModels.ErrorBody.self)
            #expect(body.error.field == "email")
            #expect(body.error.message == Localizer.shared.text(.errorEmailInvalid, .en))
            #expect(try await tableSnapshot(app) == before)
        }
    }

    @Test func aBlankOrOverlongNameIsRefusedWhenDecodedNamingTheField() async throws {
        // `NonEmptyText` refuses while decoding, with the service's own message keys.
        try await withTestApp { (app, fixture) async throws in
            try await User.query(on: app.db).filter(\.$id == fixture.admin).set(\.$language, to: "en").update()
            let api = try await APIClient.loggedIn(app, email: "admin@example.fi")
            let before = try await tableSnapshot(app)
            let fieldText = FieldName.key(for: "name").map { Localizer.shared.text($0, .en) } ?? "name"
            let blank = try await api.send(.POST, "/api/v1/units", json: ["name": "  \n "])
            #expect(blank.status == .unprocessableEntity)
            let blankError = try blank.content.decode(APIModels.ErrorBody.self).error
            #expect(blankError.code == "invalid" && blankError.field == "name")
            #expect(blankError.message == Localizer.shared.text(.errorRequired, .en, ["field": fieldText]))
            let long = try await api.send(
                .POST, "/api/v1/units", json: ["name": String(repeating: "a", count: InputRules.maximumNameLength + 1)])
            #expect(long.status == .unprocessableEntity)
            let longError = try long.content.decode(APIModels.ErrorBody.self).error
            #expect(longError.field == "name")
            #expect(
                longError.message
                    == Localizer.shared.text(
                        .errorTooLong, .en, ["field": fieldText, "max": String(InputRules.maximumNameLength)]))
            #expect(try await tableSnapshot(app) == before)
            // The limit is the document's maxLength, counted as sent: white space around a
            // text at the limit makes it too long (a schema-invalid body is never accepted),
            // and the text at the limit is accepted.
            let padded = " " + String(repeating: "b", count: InputRules.maximumNameLength) + " "
            #expect(try await api.send(.POST, "/api/v1/units", json: ["name": padded]).status == .unprocessableEntity)
            let full = String(repeating: "b", count: InputRules.maximumNameLength)
            #expect(try await api.send(.POST, "/api/v1/units", json: ["name": full]).status == .created)
        }
    }

    @Test func requestBodiesDescribeTheirConstraints() throws {
        func object(_ type: any Decodable.Type) throws -> JSONSchema.ObjectContext {
            guard case .object(_, let object) = SchemaRecorder.schema(for: type).value else {
                throw Abort(.internalServerError, reason: "\(type) is not an object schema")
            }
            return object
        }
        // Client: the name non-blank and at most the service's limit; required on create,
        // optional on PATCH (which keeps what it omits).
        let newClient = try object(APIClientController.NewClientRequest.self)
        #expect(newClient.requiredProperties.contains("name") && newClient.requiredProperties.contains("unitID"))
        let client = try object(APIClientController.ClientChangeRequest.self)
        #expect(!client.requiredProperties.contains("name"))
        guard case .string(_, let name) = client.properties["name"]?.value else {
            Issue.record("name is not a string")
            return
        }
        #expect(name.maxLength == InputRules.maximumNameLength && name.minLength == 1)
        #expect(name.pattern == NameText.nonBlankPattern)
        // Decision days carry the day pattern and are required (the service needs both).
        let decision = try object(APIDecisionController.DecisionRequest.self)
        guard case .string(_, let firstDay) = decision.properties["firstDay"]?.value else {
            Issue.record("firstDay is not a string")
            return
        }
        #expect(firstDay.pattern == DayText.pattern)
        #expect(decision.requiredProperties.contains("firstDay") && decision.requiredProperties.contains("lastDay"))
        // An optional day field allows blank (the service defaults it).
        let observation = try object(APIObservationController.ObservationRequest.self)
        guard case .string(_, let observationDay) = observation.properties["day"]?.value else {
            Issue.record("day is not a string")
            return
        }
        #expect(observationDay.pattern == "^$|" + DayText.pattern)
        #expect(observation.requiredProperties == ["text"])
        // Body enums list the values the services accept.
        let group = try object(APIGroupController.NewGroupRequest.self)
        #expect(group.properties["aim"]?.allowedValues?.count == GroupAim.allCases.count)
        #expect(group.properties["language"]?.allowedValues?.count == GroupLanguage.allCases.count)
        guard case .string(_, let groupName) = group.properties["name"]?.value else {
            Issue.record("group name is not a string")
            return
        }
        #expect(groupName.maxLength == GroupService.maximumShortText)
        let user = try object(APIAdminController.NewUserRequest.self)
        #expect(user.properties["role"]?.allowedValues?.count == Role.allCases.count)
        #expect(user.properties["language"]?.allowedValues?.count == Language.allCases.count)
        let goal = try object(APIGoalController.NewGoalRequest.self)
        #expect(goal.properties["level"]?.allowedValues?.count == GoalLevel.allCases.count)
        #expect(goal.requiredProperties.contains("level") && goal.requiredProperties.contains("text"))
        #expect(try object(APIGoalController.GoalRevisionRequest.self).requiredProperties == ["text"])
        #expect(
            try object(APIEvaluationController.EvaluationRequest.self).properties["kind"]?.allowedValues?.count
                == EvaluationKind.allCases.count)
    }

    @Test func adminsManageUsersAndUnits() async throws {
        try await withTestApp { (app, fixture) async throws in
            let api = try await APIClient.loggedIn(app, email: "admin@example.fi")
            let unitResponse = try await api.send(.POST, "/api/v1/units", json: ["name": "Pohjoinen"])
            #expect(unitResponse.status == .created)
            let unit = try unitResponse.content.decode(APIModels.UnitDTO.self)
            let created = try await api.send(
                .POST, "/api/v1/users",
                json: [
                    "email": "new@example.fi", "name": "Uusi", "password": "long enough password",
                    "role": "outreach-worker",
                    "unitID": unit.id.uuidString,
                ])
            #expect(created.status == .created)
            let user = try created.content.decode(APIModels.UserDTO.self)
            #expect(user.mustChangePassword)
            let patched = try await api.send(.PATCH, "/api/v1/users/\(user.id)", json: ["name": "Uusi Nimi"])
            #expect(try patched.content.decode(APIModels.UserDTO.self).name == "Uusi Nimi")
            let role = try await api.send(
                .POST, "/api/v1/users/\(user.id)/roles",
                json: ["role": "team-lead", "unitID": fixture.unitA.uuidString])
            let withRole = try role.content.decode(APIModels.UserDTO.self)
            #expect(withRole.memberships.count == 2)
            let membership = try #require(withRole.memberships.first { $0.role == "team-lead" }?.id)
            #expect(try await api.send(.DELETE, "/api/v1/users/\(user.id)/roles/\(membership)").status == .noContent)
            let deactivated = try await api.send(.POST, "/api/v1/users/\(user.id)/deactivate")
            #expect(try deactivated.content.decode(APIModels.UserDTO.self).isActive == false)
            let activated = try await api.send(.POST, "/api/v1/users/\(user.id)/activate")
            #expect(try activated.content.decode(APIModels.UserDTO.self).isActive)
            let list = try await api.send(.GET, "/api/v1/users")
            #expect(try list.content.decode([APIModels.UserDTO].self).count == 6)
            #expect(try await api.send(.GET, "/api/v1/units/\(unit.id)").status == .ok)
            #expect(try await api.send(.GET, "/api/v1/units").status == .ok)
            #expect(try await api.send(.GET, "/api/v1/users/\(UUID())").status == .notFound)
        }
    }

    @Test func nonAdminsAreRefusedTheAdminResources() async throws {
        try await withTestApp { (app, _) async throws in
            let api = try await APIClient.loggedIn(app, email: "lead.a@example.fi")
            #expect(try await api.send(.GET, "/api/v1/users").status == .forbidden)
            #expect(try await api.send(.POST, "/api/v1/units", json: ["name": "X"]).status == .forbidden)
        }
    }

    @Test func everyAPIRouteIsInTheOpenAPIDocument() async throws {
        try await withTestApp { (app, _) async throws in
            // Every /api/v1 route carries its operation (the document is built from them).
            let undescribed = app.routes.all.filter { route in
                route.path.first == .constant("api") && route.path.count > 1 && route.path[1] == .constant("v1")
                    && route.apiOperation == nil
            }
            #expect(undescribed.isEmpty, "API routes without .api(...): \(undescribed.map(\.description))")

            let response = try await Browser(app).get("/api/openapi.json")
            #expect(response.status == .ok)
            let json = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
            #expect(json?["openapi"] as? String == "3.1.0")
            let paths = try #require(json?["paths"] as? [String: [String: Any]])
            var missing: [String] = []
            for route in app.routes.all where route.apiOperation != nil {
                let path =
                    "/"
                    + route.path.map { component in
                        if case .parameter(let name) = component { return "{\(name)}" }
                        return "\(component)"
                    }.joined(separator: "/")
                if paths[path]?[route.method.rawValue.lowercased()] == nil { missing.append(route.description) }
            }
            #expect(missing.isEmpty, "missing from the OpenAPI document: \(missing)")
            let operationIDs = app.routes.all.compactMap { $0.apiOperation?.id }
            #expect(Set(operationIDs).count == operationIDs.count, "an operation id is used twice")
        }
    }

    @Test func theOpenAPIDocumentIsValidAndItsSchemasResolve() async throws {
        try await withTestApp { (app, _) async throws in
            let document = OpenAPIDocument.build(routes: app.routes.all)
            try document.validate()
            // Dereferencing fails on any $ref that does not resolve.
            let resolved = try document.locallyDereferenced().resolved()
            #expect(resolved.endpoints.count == app.routes.all.filter { $0.apiOperation != nil }.count)
            // The served JSON is the same document.
            let served = try await Browser(app).get("/api/openapi.json")
            let decoded = try JSONDecoder().decode(OpenAPI.Document.self, from: Data(served.body.readableBytesView))
            #expect(decoded.paths.count == document.paths.count)
        }
    }

    @Test func schemasComeFromTheSwiftTypes() async throws {
        // An optional property is not required; enums and constrained values describe themselves.
        let user = SchemaRecorder.schema(for: APIModels.UserDTO.self)
        guard case .object(_, let object) = user.value else {
            Issue.record("UserDTO is not an object schema")
            return
        }
        #expect(object.requiredProperties.contains("email"))
        #expect(!object.requiredProperties.contains("lastLoginAt"))
        #expect(object.properties["memberships"]?.jsonType == .array)
        let query = SchemaRecorder.schema(for: GroupQuery.self)
        guard case .object(_, let filters) = query.value else {
            Issue.record("GroupQuery is not an object schema")
            return
        }
        #expect(filters.requiredProperties.isEmpty)
        #expect(filters.properties["aim"]?.allowedValues?.count == GroupAim.allCases.count)
        guard case .integer(_, let weekday) = filters.properties["weekday"]?.value else {
            Issue.record("weekday is not an integer")
            return
        }
        #expect(weekday.minimum?.value == 1 && weekday.maximum?.value == 7)
    }

    @Test func aMissingRequiredFieldIsRefusedWithTheServicesMessage() async throws {
        // Absent is refused while decoding with the message and field the service gives, in
        // the user's language (Finnish here).
        try await withTestApp { (app, _) async throws in
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let before = try await tableSnapshot(app)
            let cases: [(String, L10nKey, String)] = [
                ("/api/v1/places", .errorRequired, "name"),
                ("/api/v1/observations", .errorRequired, "observationText"),
                ("/api/v1/groups", .groupsErrorRequired, "groupName"),
            ]
            for (path, key, field) in cases {
                let response = try await api.send(.POST, path, raw: "{}")
                #expect(response.status == .unprocessableEntity, "\(path)")
                let error = try response.content.decode(APIModels.ErrorBody.self).error
                #expect(error.field == field, "\(path)")
                let fieldText = FieldName.key(for: field).map { Localizer.shared.text($0, .fi) } ?? field
                #expect(error.message == Localizer.shared.text(key, .fi, ["field": fieldText]), "\(path)")
            }
            #expect(try await tableSnapshot(app) == before)
        }
    }

    @Test func createdRecordsLinkToTheirReadsAndOptionalFieldsMayBeNull() async throws {
        try await withTestApp { (app, _) async throws in
            let document = OpenAPIDocument.build(routes: app.routes.all)
            var operations: [String: OpenAPI.Operation] = [:]
            var pathParameters: [String: Set<String>] = [:]
            for (path, item) in document.paths {
                for endpoint in item.b?.endpoints ?? [] {
                    guard let id = endpoint.operation.operationId else { continue }
                    operations[id] = endpoint.operation
                    pathParameters[id] = Set(
                        path.components.filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) })
                }
            }
            // Every link names an operation of the document and one of its path parameters.
            var links = 0
            for operation in operations.values {
                for response in operation.responses.values {
                    for link in response.b?.links.values ?? [] {
                        guard let target = link.b?.operation.b, let parameters = link.b?.parameters else { continue }
                        links += 1
                        #expect(operations[target] != nil, "\(target)")
                        #expect(Set(parameters.keys).isSubset(of: pathParameters[target] ?? []), "\(target)")
                    }
                }
            }
            #expect(links >= 30)
            let created = try #require(operations["createClient"]?.responses[.status(code: 201)]?.b)
            let read = try #require(created.links["getClient"]?.b)
            #expect(read.parameters["clientID"]?.a?.rawValue == "$response.body#/id")
            // Bodies read `null` as absent, so an optional property may be null (an enum too).
            let contact = try #require(document.components.schemas["ContactRequest"])
            guard case .object(_, let object) = contact.value else {
                Issue.record("ContactRequest is not an object schema")
                return
            }
            #expect(object.properties["ageGroup"]?.nullable == true)
            #expect(object.properties["ageGroup"]?.allowedValues?.contains(AnyCodable(nil as String?)) == true)
            #expect(object.properties["channel"]?.nullable == false)
        }
    }
}
