import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// Issue 13, item 5: whether a person is a client anywhere must not leak across units.
/// The same person may have a record in each unit; the identity code is unique per unit.
@Suite("Client identity across units")
struct ClientIdentityAcrossUnitsTests {
    /// Adam's code (unit A, Länsi) and Bea's (unit B, Itä) from the fixture; two more valid codes.
    static let adamCode = "131052-308T"
    static let beaCode = "010101A123N"
    static let dorisCode = "020202-234Y"
    static let eeroCode = "030303-3458"

    static func form(unit: UUID, worker: UUID, name: String, code: String) -> [String: String] {
        [
            "unitID": unit.uuidString, "name": name, "identityCode": code, "language": "fi",
            "responsibleWorkerID": worker.uuidString,
        ]
    }

    @Test func whetherAPersonIsAClientAnywhereDoesNotLeakAcrossUnits() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let taken = Localizer.shared.text(.errorIdentityCodeTaken, .fi)
            let workerB = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let workerA = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let apiA = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            // act: a worker of Itä adds a client with the identity code of Länsi's client
            let page = try await workerB.post(
                "/clients",
                form: Self.form(unit: fixture.unitB, worker: fixture.workerB, name: "Aatu", code: Self.adamCode))
            // check: a record of Itä's own, and nothing said about Länsi
            #expect(page.status == .seeOther, "\(page.body.string.prefix(300))")
            #expect(!page.body.string.contains(taken))
            let adams = try await ClientRecord.query(on: app.db).filter(\.$identityCode == Self.adamCode).all()
            #expect(Set(adams.map(\.$unit.id)) == [fixture.unitA, fixture.unitB])
            // the same through the API, the other way round
            let api = try await apiA.send(
                .POST, "/api/v1/clients",
                json: ["unitID": fixture.unitA.uuidString, "name": "Beata", "identityCode": Self.beaCode])
            #expect(api.status == .created, "\(api.body.string)")
            // updating the code, by page and by API, to one only Itä has
            let doris = try await workerB.post(
                "/clients",
                form: Self.form(unit: fixture.unitB, worker: fixture.workerB, name: "Doris", code: Self.dorisCode))
            #expect(doris.status == .seeOther)
            let eero = try await workerB.post(
                "/clients",
                form: Self.form(unit: fixture.unitB, worker: fixture.workerB, name: "Eero", code: Self.eeroCode))
            #expect(eero.status == .seeOther)
            let edited = try await workerA.post(
                "/clients/\(fixture.clientA)",
                form: Self.form(
                    unit: fixture.unitA, worker: fixture.workerA, name: "Adam Asiakas", code: Self.dorisCode))
            #expect(edited.status == .seeOther, "\(edited.body.string.prefix(300))")
            let patched = try await apiA.send(
                .PATCH, "/api/v1/clients/\(fixture.clientA)", json: ["identityCode": Self.eeroCode])
            #expect(patched.status == .ok, "\(patched.body.string)")
            // a search by another unit's code finds nothing and reads nothing of it
            let auditBefore = try await AuditEvent.query(on: app.db).filter(\.$unitID == fixture.unitB).count()
            let search = try await apiA.send(.GET, "/api/v1/clients?q=\(Self.dorisCode)")
            #expect(try search.content.decode([APIClientController.ClientDTO].self).isEmpty)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$unitID == fixture.unitB).count() == auditBefore)
            // within one unit the code stays unique, by page and by API
            let again = try await workerB.post(
                "/clients",
                form: Self.form(unit: fixture.unitB, worker: fixture.workerB, name: "Aatu 2", code: Self.adamCode))
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains(taken))
            let twice = try await apiA.send(
                .POST, "/api/v1/clients",
                json: ["unitID": fixture.unitA.uuidString, "name": "Beata 2", "identityCode": Self.beaCode])
            #expect(twice.status == .unprocessableEntity)
            #expect(try twice.content.decode(APIModels.ErrorBody.self).error.field == "identityCode")
            // the database's unique index is per unit too (migration MakeClientIdentityCodeUniquePerUnit)
            let duplicate = ClientRecord()
            duplicate.$unit.id = fixture.unitB
            duplicate.name = "Aatu 3"
            duplicate.nameSearch = "aatu 3"
            duplicate.identityCode = Self.adamCode
            duplicate.language = "fi"
            await #expect(throws: (any Error).self) { try await duplicate.create(on: app.db) }
            // each unit has its own record of the person
            let eeros = try await ClientRecord.query(on: app.db).filter(\.$identityCode == Self.eeroCode).all()
            #expect(Set(eeros.map(\.$unit.id)) == [fixture.unitA, fixture.unitB])
        }
    }

    @Test func movingAClientIntoAUnitThatHasThePersonIsRefusedAndNamesTheUnit() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: a lead of both units; Itä already has a record of Adam
            try await UnitMembership(userID: fixture.teamLeadA, unitID: fixture.unitB, role: .teamLead).create(
                on: app.db)
            let workerB = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let made = try await workerB.post(
                "/clients",
                form: Self.form(unit: fixture.unitB, worker: fixture.workerB, name: "Aatu", code: Self.adamCode))
            #expect(made.status == .seeOther)
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let leadAPI = try await APIClient.loggedIn(app, email: "lead.a@example.fi")
            let before = try await tableSnapshot(app)
            // act
            let page = try await lead.post(
                "/clients/\(fixture.clientA)",
                form: Self.form(unit: fixture.unitB, worker: fixture.workerB, name: "Adam Asiakas", code: Self.adamCode)
            )
            let api = try await leadAPI.send(
                .PATCH, "/api/v1/clients/\(fixture.clientA)",
                json: ["unitID": fixture.unitB.uuidString, "responsibleWorkerID": fixture.workerB.uuidString])
            // check: refused, naming the unit field, nothing saved
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.string.contains(Localizer.shared.text(.errorClientMoveIdentityCodeTaken, .fi)))
            #expect(page.body.string.contains("href=\"#field-unitID\""))
            #expect(api.status == .unprocessableEntity)
            #expect(try api.content.decode(APIModels.ErrorBody.self).error.field == "unitID")
            let after = try await tableSnapshot(app)
            #expect(after.filter { $0.key != "audit_events" } == before.filter { $0.key != "audit_events" })
            #expect(try await ClientRecord.find(fixture.clientA, on: app.db)?.$unit.id == fixture.unitA)
        }
    }
}
