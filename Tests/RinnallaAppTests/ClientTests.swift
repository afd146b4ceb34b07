import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Client records")
struct ClientTests {
    static func form(_ fixture: Fixture, _ changes: [String: String] = [:]) -> [String: String] {
        var form = [
            "unitID": fixture.unitA.uuidString, "name": "Nico Skeittari", "identityCode": "150315B456N",
            "language": "fi", "phone": "040 123 4567", "responsibleWorkerID": fixture.workerA.uuidString,
        ]
        form.merge(changes) { $1 }
        return form
    }

    @Test func aWorkerAddsAClientAndTheViewIsAudited() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let response = try await worker.post("/clients", form: Self.form(fixture))
            #expect(response.status == .seeOther)
            let location = try #require(response.headers.first(name: .location))
            let page = try await worker.get(location)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Nico Skeittari"))
            #expect(page.body.string.contains("150315B456N"))
            #expect(page.body.string.contains(Localizer.shared.text(.clientNoPeriods, .fi)))
            let stored = try #require(
                try await RinnallaApp.ClientRecord.query(on: app.db).filter(\.$name == "Nico Skeittari").first())
            #expect(stored.birthDate == "2015-03-15")
            let events = try await AuditEvent.query(on: app.db).filter(\.$clientID == stored.id).all().map(\.action)
            #expect(events.contains("create"))
            #expect(events.contains("view"))
        }
    }

    @Test(arguments: [
        (["identityCode": "150315B456X"], "identityCode", L10nKey.errorIdentityCodeCheck),
        (["identityCode": "150315Z456N"], "identityCode", .errorIdentityCodeCentury),
        (["identityCode": "310215B456N"], "identityCode", .errorIdentityCodeDate),
        (["identityCode": "131052-308T"], "identityCode", .errorIdentityCodeTaken),
        (["identityCode": "", "birthDate": ""], "identityCode", .errorIdentityOrBirthDate),
        (["identityCode": "", "birthDate": "31.2.1980"], "birthDate", .errorBirthDateInvalid),
        (["name": ""], "name", .errorRequired),
        (["language": "de"], "language", .errorLanguageInvalid),
    ])
    func refusedClientsNameTheFieldAndSaveNothing(changes: [String: String], field: String, key: L10nKey) async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let before = try await RinnallaApp.ClientRecord.query(on: app.db).count()
            let audit = try await AuditEvent.query(on: app.db).count()
            let response = try await worker.post("/clients", form: Self.form(fixture, changes))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("href=\"#field-\(field)\""))
            let expected = Localizer.shared.text(
                key, .fi, ["field": Localizer.shared.text(FieldName.key(for: field) ?? .fieldName, .fi)])
            #expect(response.body.string.contains(expected), "expected «\(expected)»")
            #expect(try await RinnallaApp.ClientRecord.query(on: app.db).count() == before)
            #expect(try await AuditEvent.query(on: app.db).count() == audit)
        }
    }

    @Test func aClientWithoutAnIdentityCodeHasABirthDate() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let response = try await worker.post(
                "/clients", form: Self.form(fixture, ["identityCode": "", "birthDate": "4.5.1990"]))
            #expect(response.status == .seeOther)
            let stored = try #require(
                try await RinnallaApp.ClientRecord.query(on: app.db).filter(\.$name == "Nico Skeittari").first())
            #expect(stored.identityCode == nil)
            #expect(stored.birthDate == "1990-05-04")
        }
    }

    @Test func aWorkerCannotAddAClientToAnotherUnit() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let response = try await worker.post(
                "/clients", form: Self.form(fixture, ["unitID": fixture.unitB.uuidString]))
            #expect(response.status == .unprocessableEntity)
            #expect(try await RinnallaApp.ClientRecord.query(on: app.db).count() == 2)
        }
    }

    @Test func searchFindsOnlyClientsOfTheUsersUnits() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let byName = try await worker.get("/clients?q=asiakas")
            #expect(byName.body.string.contains("Adam Asiakas"))
            #expect(!byName.body.string.contains("Bea Asiakas"))
            let byCode = try await worker.get("/clients?q=010101A123N")
            #expect(!byCode.body.string.contains("Bea Asiakas"))
            #expect(byCode.body.string.contains(Localizer.shared.text(.clientsNoResults, .fi)))
            let own = try await worker.get("/clients")
            #expect(own.body.string.contains("Adam Asiakas"))
            #expect(own.body.string.contains("131052-****"), "lists show only the birth date part")
            let listed = try await AuditEvent.query(on: app.db).filter(\.$recordType == "client-list").count()
            #expect(listed == 2)
        }
    }

    @Test func evaluatorsAndAdminsHaveNoClientPages() async throws {
        try await withTestApp { (app, fixture) async throws in
            for email in ["evaluator@example.fi", "admin@example.fi"] {
                let client = try await Browser.loggedIn(app, email: email)
                #expect(try await client.get("/clients").status == .forbidden)
                #expect(try await client.get("/clients/\(fixture.clientA)").status == .forbidden)
            }
        }
    }

    @Test func editingKeepsTheRulesAndIsAudited() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await worker.get("/clients/\(fixture.clientA)/edit").status == .ok)
            let saved = try await worker.post(
                "/clients/\(fixture.clientA)",
                form: Self.form(fixture, ["name": "Adam Uusi", "identityCode": "131052-308T"]))
            #expect(saved.status == .seeOther)
            #expect(try await RinnallaApp.ClientRecord.find(fixture.clientA, on: app.db)?.name == "Adam Uusi")
            // Another client of the same unit has the code (issue 13: uniqueness is per unit;
            // this used to try unit B's client's code, which told the worker it exists there).
            #expect(try await worker.post("/clients", form: Self.form(fixture)).status == .seeOther)
            let refused = try await worker.post(
                "/clients/\(fixture.clientA)", form: Self.form(fixture, ["identityCode": "150315B456N"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$clientID == fixture.clientA).filter(
                    \.$action == "update"
                ).count() == 1)
        }
    }

    @Test func theAPICreatesReadsAndPatchesClients() async throws {
        try await withTestApp { (app, fixture) async throws in
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let created = try await api.send(
                .POST, "/api/v1/clients",
                json: [
                    "unitID": fixture.unitA.uuidString, "name": "Tuuli Taiteilija", "birthDate": "1985-06-01",
                    "language": "sv",
                ])
            #expect(created.status == .created)
            let client = try created.content.decode(APIClientController.ClientDTO.self)
            let patched = try await api.send(.PATCH, "/api/v1/clients/\(client.id)", json: ["phone": "050 1"])
            let dto = try patched.content.decode(APIClientController.ClientDTO.self)
            #expect(dto.phone == "050 1")
            #expect(dto.birthDate == "1985-06-01")
            #expect(dto.language == "sv")
            let invalid = try await api.send(
                .POST, "/api/v1/clients",
                json: [
                    "unitID": fixture.unitA.uuidString, "name": "X", "identityCode": "150315B456X",
                ])
            #expect(invalid.status == .unprocessableEntity)
            #expect(try invalid.content.decode(APIModels.ErrorBody.self).error.field == "identityCode")
            let search = try await api.send(.GET, "/api/v1/clients?q=tuuli")
            #expect(try search.content.decode([APIClientController.ClientDTO].self).map(\.name) == ["Tuuli Taiteilija"])
        }
    }
}
