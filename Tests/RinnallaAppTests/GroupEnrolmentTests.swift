import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Group enrolment")
struct GroupEnrolmentTests {
    @Test func aWorkerEnrolsTheirClientIntoAnotherUnitsGroupAndTheClientLeaves() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: unit B's group; unit A's worker with a client who has an open period
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let group = try await GroupHelpers.create(owner, app, unit: fixture.unitB)
            let groupID = try group.requireID()
            let (clientA, _) = try await GroupHelpers.client(
                app, name: "Aaro Asiakas", unit: fixture.unitA, worker: fixture.workerA)
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let page = try await worker.get("/groups/\(groupID)?client=\(clientA)").body.string
            #expect(page.contains("enrol-form"))
            #expect(page.contains("value=\"\(clientA)\" selected=\"selected\">Aaro Asiakas</option>"))
            #expect(!page.contains("Bea Asiakas"))
            // act
            let response = try await worker.post(
                "/groups/\(groupID)/enrolments", form: ["clientID": clientA.uuidString])
            // check
            #expect(response.status == .seeOther)
            let enrolment = try #require(try await GroupEnrolment.query(on: app.db).first())
            #expect(enrolment.$unit.id == fixture.unitA && enrolment.enrolledOn == "2026-01-01")
            #expect(try await ActivityGroup.find(groupID, on: app.db)?.enrolledCount == 1)
            let audit = try #require(
                try await AuditEvent.query(on: app.db).filter(\.$recordType == "group-enrolment").first())
            #expect(audit.clientID == clientA && audit.unitID == fixture.unitA && audit.action == "create")
            // The group's leaders see the member's name, to mark attendance.
            let ownerPage = try await owner.get("/groups/\(groupID)").body.string
            #expect(ownerPage.contains("Aaro Asiakas"))
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$recordType == "group-members")
                    .filter(\.$clientID == clientA).count() == 1)
            // Enrolling twice is refused.
            let before = try await tableSnapshot(app)
            let twice = try await worker.post("/groups/\(groupID)/enrolments", form: ["clientID": clientA.uuidString])
            #expect(twice.status == .unprocessableEntity)
            #expect(twice.body.string.contains("Aaro Asiakas on jo ryhmässä."))
            #expect(try await tableSnapshot(app) == before)
            // Leaving frees the place; joining again reopens the same membership.
            let left = try await worker.post("/enrolments/\(try enrolment.requireID())/leave")
            #expect(left.status == .seeOther)
            #expect(try await GroupEnrolment.find(try enrolment.requireID(), on: app.db)?.leftOn == "2026-01-01")
            #expect(try await ActivityGroup.find(groupID, on: app.db)?.enrolledCount == 0)
            #expect(
                try await worker.post("/groups/\(groupID)/enrolments", form: ["clientID": clientA.uuidString]).status
                    == .seeOther)
            #expect(try await GroupEnrolment.query(on: app.db).count() == 1)
            #expect(try await GroupEnrolment.query(on: app.db).first()?.leftOn == nil)
        }
    }

    @Test func aFullGroupRefusesWithAMessageAndNothingChanges() async throws {
        try await withTestApp { (app, fixture) async throws in
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let group = try await GroupHelpers.create(owner, app, unit: fixture.unitB, ["capacity": "1"])
            let groupID = try group.requireID()
            let (second, _) = try await GroupHelpers.client(
                app, name: "Bruno Asiakas", unit: fixture.unitB, worker: fixture.workerB)
            #expect(
                try await owner.post("/groups/\(groupID)/enrolments", form: ["clientID": fixture.clientB.uuidString])
                    .status == .seeOther)
            let before = try await tableSnapshot(app)
            let full = try await owner.post("/groups/\(groupID)/enrolments", form: ["clientID": second.uuidString])
            #expect(full.status == .unprocessableEntity)
            #expect(full.body.string.contains("Ryhmä on täynnä (1 paikkaa)."))
            #expect(full.body.string.contains("href=\"#field-clientID\""))
            #expect(try await tableSnapshot(app) == before)
            #expect(try await ActivityGroup.find(groupID, on: app.db)?.enrolledCount == 1)
            // The catalogue says so, and a full group is not among those with places left.
            let catalogue = try await owner.get("/groups?places=1").body.string
            #expect(catalogue.contains("0 ryhmää"))
            #expect(try await owner.get("/groups").body.string.contains("täynnä"))
            // Fewer places than members is refused.
            let area = try await GroupHelpers.area(app)
            #expect(
                try await GroupHelpers.post(
                    owner, "/groups/\(groupID)", GroupHelpers.form(unit: fixture.unitB, area: area, ["capacity": "1"])
                ).status == .seeOther)
        }
    }

    @Test func onlyClientsOfTheUsersOwnUnitsCanBeEnrolled() async throws {
        try await withTestApp { (app, fixture) async throws in
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let group = try await GroupHelpers.create(owner, app, unit: fixture.unitB)
            let groupID = try group.requireID()
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let before = try await tableSnapshot(app)
            for client in [fixture.clientB.uuidString, UUID().uuidString, "", "nonsense"] {
                let response = try await worker.post("/groups/\(groupID)/enrolments", form: ["clientID": client])
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("Valitse asiakas, jonka tietoja sinulla on oikeus muokata."))
                #expect(!response.body.string.contains("Bea Asiakas"))
            }
            // An ended group takes nobody.
            let ended = try await GroupHelpers.create(
                owner, app, unit: fixture.unitB,
                ["groupName": "Kokkikurssi", "firstDay": "1.6.2025", "lastDay": "1.12.2025"])
            let afterCreate = try await tableSnapshot(app)
            let late = try await owner.post(
                "/groups/\(try ended.requireID())/enrolments", form: ["clientID": fixture.clientB.uuidString])
            #expect(late.status == .unprocessableEntity)
            #expect(try await tableSnapshot(app) == afterCreate)
            #expect(before["groupEnrolments"] == afterCreate["groupEnrolments"])
            // Someone else's membership cannot be ended by another unit's worker.
            _ = try await owner.post("/groups/\(groupID)/enrolments", form: ["clientID": fixture.clientB.uuidString])
            let enrolment = try #require(try await GroupEnrolment.query(on: app.db).first())
            #expect(try await worker.post("/enrolments/\(try enrolment.requireID())/leave").status == .notFound)
            #expect(try await GroupEnrolment.query(on: app.db).first()?.leftOn == nil)
        }
    }
}
