import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Visits together and places suggested for goals")
struct PlaceVisitTests {
    static func visit(_ placeID: UUID, day: String = "7.1.2026", status: String = "planned") -> [String: String] {
        [
            "day": day, "time": "10:00", "durationMinutes": "90", "type": "individual", "place": "office",
            "status": status, "placeID": placeID.uuidString,
        ]
    }

    @Test func aMeetingIsAVisitToAPlaceShownOnThePeriodAndProgressPages() async throws {
        try await withTestApp { (app, fixture) async throws in
            let places = try await PlaceFixture.load(on: app)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            // The picker on the period page, narrowed by area and category
            let filtered = try await worker.get(
                "/periods/\(fixture.periodB)?placeArea=\(places.ita)&placeCategory=third-sector")
            #expect(filtered.status == .ok)
            let html = filtered.body.string
            #expect(html.contains("<optgroup label=\"Itä\">"))
            #expect(html.contains("Kontulan D-asema – järjestöjen kohtaamispaikka"))
            #expect(!html.contains("Kannelmäen D-asema"))
            #expect(html.contains("<details open"))
            let saved = try await worker.post("/periods/\(fixture.periodB)/meetings", form: Self.visit(places.dAsema))
            #expect(saved.status == .seeOther)
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            #expect(meeting.$servicePlace.id == places.dAsema)
            #expect(meeting.place == "service-visit")
            let period = try await worker.get("/periods/\(fixture.periodB)").body.string
            #expect(period.contains("Tutustumiskäynti: Kontulan D-asema, Kontulankaari 1B 14A"))
            #expect(period.contains("href=\"/places/\(places.dAsema)\""))
            // Without a filter the picker starts from the area of the client's last visit
            #expect(!period.contains("Kannelmäen D-asema"))
            let clientPage = try await worker.get("/clients/\(fixture.clientB)").body.string
            #expect(clientPage.contains("yksilötapaaminen – Tutustumiskäynti: Kontulan D-asema, Kontulankaari 1B 14A"))
            let meetingPage = try await worker.get("/meetings/\(try meeting.requireID())").body.string
            #expect(meetingPage.contains("Tutustumiskäynti: Kontulan D-asema, Kontulankaari 1B 14A"))
            #expect(meetingPage.contains("selected=\"selected\">Kontulan D-asema"))
            let progress = try await worker.get("/periods/\(fixture.periodB)/progress").body.string
            #expect(progress.contains("Tutustumiskäynti: Kontulan D-asema, Kontulankaari 1B 14A (sovittu 7.1.2026)"))
            // Realised, then the place removed from the meeting
            var realised = Self.visit(places.dAsema, status: "realised")
            realised["record"] = "Kävimme tutustumassa."
            #expect(try await worker.post("/meetings/\(try meeting.requireID())", form: realised).status == .seeOther)
            let done = try await worker.get("/periods/\(fixture.periodB)/progress").body.string
            #expect(done.contains("Tutustumiskäynti: Kontulan D-asema, Kontulankaari 1B 14A (7.1.2026)"))
            realised["placeID"] = ""
            realised["place"] = "cafe"
            #expect(try await worker.post("/meetings/\(try meeting.requireID())", form: realised).status == .seeOther)
            #expect(try await Meeting.find(meeting.id, on: app.db)?.$servicePlace.id == nil)
            let audits = try await AuditEvent.query(on: app.db).filter(\.$recordType == "meeting")
                .filter(\.$action ~~ ["create", "update"]).count()
            #expect(audits == 3)
        }
    }

    @Test func anUnknownOrClosedPlaceIsRefusedNamingTheField() async throws {
        try await withTestApp { (app, fixture) async throws in
            let places = try await PlaceFixture.load(on: app)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let before = try await tableSnapshot(app)
            let unknown = try await worker.post("/periods/\(fixture.periodB)/meetings", form: Self.visit(UUID()))
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.string.contains("Paikkaa ei löytynyt palvelukartasta."))
            #expect(unknown.body.string.contains("href=\"#field-placeID\""))
            var garbage = Self.visit(places.dAsema)
            garbage["placeID"] = "kontula"
            let bad = try await worker.post("/periods/\(fixture.periodB)/meetings", form: garbage)
            #expect(bad.status == .unprocessableEntity)
            let closed = try #require(try await Place.find(places.kannelmaki, on: app.db))
            closed.isActive = false
            try await closed.update(on: app.db)
            let inactive = try await worker.post(
                "/periods/\(fixture.periodB)/meetings", form: Self.visit(places.kannelmaki))
            #expect(inactive.status == .unprocessableEntity)
            #expect(inactive.body.string.contains("Paikka ei ole enää käytössä."))
            #expect(try await tableSnapshot(app) == before)
        }
    }

    @Test func aMeetingKeepsAPlaceThatClosedAfterwards() async throws {
        try await withTestApp { (app, fixture) async throws in
            let places = try await PlaceFixture.load(on: app)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            _ = try await worker.post("/periods/\(fixture.periodB)/meetings", form: Self.visit(places.kannelmaki))
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            let closed = try #require(try await Place.find(places.kannelmaki, on: app.db))
            closed.isActive = false
            try await closed.update(on: app.db)
            var form = Self.visit(places.kannelmaki, status: "realised")
            form["place"] = "service-visit"
            let saved = try await worker.post("/meetings/\(try meeting.requireID())", form: form)
            #expect(saved.status == .seeOther)
            #expect(try await Meeting.find(meeting.id, on: app.db)?.status == "realised")
        }
    }

    @Test func placesAreSuggestedForAGoalAndShownToTheClient() async throws {
        try await withTestApp { (app, fixture) async throws in
            let places = try await PlaceFixture.load(on: app)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let goals = try await GoalFlowTests.writeGoals(worker, fixture, app: app)
            let goalID = try goals.sub.requireID()
            let page = try await worker.get("/goals/\(goalID)?placeArea=none")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Paikkoja ei ole vielä ehdotettu."))
            #expect(page.body.string.contains("Stop huumeille ry") && !page.body.string.contains("Kontulan D-asema –"))
            for place in [places.dAsema, places.stop] {
                let response = try await worker.post("/goals/\(goalID)/places", form: ["placeID": place.uuidString])
                #expect(response.status == .seeOther)
            }
            let goalPage = try await worker.get("/goals/\(goalID)").body.string
            #expect(goalPage.contains("Poista ehdotus: Kontulan D-asema"))
            let list = try await worker.get("/periods/\(fixture.periodB)/goals").body.string
            #expect(list.contains("Ehdotetut paikat: Kontulan D-asema, Stop huumeille ry"))
            let progress = try await worker.get("/periods/\(fixture.periodB)/progress").body.string
            #expect(
                progress.contains(
                    "Paikkoja, joihin voit tutustua: Kontulan D-asema, Kontulankaari 1B 14A; Stop huumeille ry"))
            // refused: the same place again, an unknown one, none at all
            let before = try await tableSnapshot(app)
            let twice = try await worker.post("/goals/\(goalID)/places", form: ["placeID": places.stop.uuidString])
            #expect(twice.status == .unprocessableEntity)
            #expect(twice.body.string.contains("Paikka on jo ehdotettu tälle tavoitteelle."))
            #expect(twice.body.string.contains("href=\"#field-placeID\""))
            let unknown = try await worker.post("/goals/\(goalID)/places", form: ["placeID": UUID().uuidString])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.string.contains("Paikkaa ei löytynyt palvelukartasta."))
            let empty = try await worker.post("/goals/\(goalID)/places", form: ["placeID": ""])
            #expect(empty.status == .unprocessableEntity)
            #expect(try await tableSnapshot(app) == before)
            // detach
            let removed = try await worker.post("/goals/\(goalID)/places/\(places.stop)/remove")
            #expect(removed.status == .seeOther)
            #expect(try await GoalPlace.query(on: app.db).count() == 1)
            #expect(try await worker.post("/goals/\(goalID)/places/\(places.stop)/remove").status == .notFound)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "goal-place").all()
            #expect(audit.map(\.action) == ["create", "create", "delete"])
            #expect(audit.allSatisfy { $0.clientID == fixture.clientB && $0.unitID == fixture.unitB })
        }
    }

    @Test func anotherUnitsWorkerCannotAttachPlacesToTheGoal() async throws {
        try await withTestApp { (app, fixture) async throws in
            let places = try await PlaceFixture.load(on: app)
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let goals = try await GoalFlowTests.writeGoals(owner, fixture, app: app)
            _ = try await owner.post(
                "/goals/\(try goals.main.requireID())/places", form: ["placeID": places.dAsema.uuidString])
            let stranger = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let before = try await tableSnapshot(app)
            let attach = try await stranger.post(
                "/goals/\(try goals.main.requireID())/places", form: ["placeID": places.stop.uuidString])
            #expect(attach.status == .notFound)
            let detach = try await stranger.post("/goals/\(try goals.main.requireID())/places/\(places.dAsema)/remove")
            #expect(detach.status == .notFound)
            let meeting = try await stranger.post("/periods/\(fixture.periodB)/meetings", form: Self.visit(UUID()))
            #expect(meeting.status == .notFound)
            #expect(try await tableSnapshot(app) == before)
        }
    }
}
