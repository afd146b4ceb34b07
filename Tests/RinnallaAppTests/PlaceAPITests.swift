import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("The service map through the API")
struct PlaceAPITests {
    @Test func placesAreListedWithFiltersCreatedAndPatched() async throws {
        try await withTestApp { (app, fixture) async throws in
            let places = try await PlaceFixture.load(on: app)
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let all = try await api.send(.GET, "/api/v1/places")
            #expect(all.status == .ok)
            #expect(
                try all.content.decode([APIPlaceController.PlaceDTO].self).map(\.name) == [
                    "Kontulan D-asema", "Kannelmäen D-asema", "Stop huumeille ry",
                ])
            let ita = try await api.send(.GET, "/api/v1/places?area=\(places.ita)&category=third-sector&q=kontula")
            let found = try ita.content.decode([APIPlaceController.PlaceDTO].self)
            #expect(found.count == 1 && found[0].areaName == "Itä" && found[0].address == "Kontulankaari 1B 14A")
            let cityWide = try await api.send(.GET, "/api/v1/places?area=none")
            #expect(try cityWide.content.decode([APIPlaceController.PlaceDTO].self).map(\.id) == [places.stop])
            let badArea = try await api.send(.GET, "/api/v1/places?area=itä")
            #expect(badArea.status == .unprocessableEntity && badArea.body.string.contains("\"field\":\"area\""))
            let badCategory = try await api.send(.GET, "/api/v1/places?category=pub")
            #expect(badCategory.status == .unprocessableEntity)
            #expect(badCategory.body.string.contains("\"field\":\"category\""))

            let created = try await api.send(
                .POST, "/api/v1/places",
                raw: """
                    {"name": "Liikuntamylly", "category": "sports", "areaID": "\(places.ita)",
                     "address": "Myllypurontie 1", "webAddress": "https://www.stadissa.fi/paikat/1328/liikuntamylly",
                     "languages": ["fi", "sv"], "isFree": false}
                    """)
            #expect(created.status == .created)
            let place = try created.content.decode(APIPlaceController.PlaceDTO.self)
            #expect(place.areaID == places.ita && place.languages == ["fi", "sv"] && place.isFree == false)
            #expect(place.isActive)
            // only the fields sent change; null clears
            let patched = try await api.send(
                .PATCH, "/api/v1/places/\(place.id)", raw: #"{"openingNotes": "ma–pe 7–21", "isFree": null}"#)
            #expect(patched.status == .ok)
            let after = try patched.content.decode(APIPlaceController.PlaceDTO.self)
            #expect(after.openingNotes == "ma–pe 7–21" && after.isFree == nil && after.areaID == places.ita)
            #expect(after.webAddress == "https://www.stadissa.fi/paikat/1328/liikuntamylly")
            let moved = try await api.send(.PATCH, "/api/v1/places/\(place.id)", raw: #"{"areaID": null}"#)
            #expect(try moved.content.decode(APIPlaceController.PlaceDTO.self).areaID == nil)
            let got = try await api.send(.GET, "/api/v1/places/\(place.id)")
            #expect(try got.content.decode(APIPlaceController.PlaceDTO.self).name == "Liikuntamylly")
            #expect(try await api.send(.GET, "/api/v1/places/\(UUID())").status == .notFound)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "place").count()
            #expect(audit == 3)
            _ = fixture
        }
    }

    @Test func refusedPlacesNameTheFieldAndChangeNothing() async throws {
        try await withTestApp { (app, _) async throws in
            let places = try await PlaceFixture.load(on: app)
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let before = try await tableSnapshot(app)
            let cases: [(String, String)] = [
                (#"{"category": "sports"}"#, "name"),
                (#"{"name": "X", "category": "pub"}"#, "category"),
                (#"{"name": "X", "category": "sports", "areaID": "itä"}"#, "areaID"),
                (#"{"name": "X", "category": "sports", "webAddress": "javascript:alert(1)"}"#, "webAddress"),
                (#"{"name": "X", "category": "sports", "languages": ["fi", "klingon"]}"#, "languages"),
            ]
            for (body, field) in cases {
                let response = try await api.send(.POST, "/api/v1/places", raw: body)
                #expect(response.status == .unprocessableEntity, "\(body)")
                #expect(response.body.string.contains("\"field\":\"\(field)\""), "\(body)")
            }
            let patch = try await api.send(.PATCH, "/api/v1/places/\(places.stop)", raw: #"{"name": ""}"#)
            #expect(patch.status == .unprocessableEntity && patch.body.string.contains("\"field\":\"name\""))
            #expect(try await api.send(.POST, "/api/v1/places", raw: "{not json").status == .badRequest)
            #expect(try await tableSnapshot(app) == before)
            // evaluators see no service map and add nothing
            let evaluator = try await APIClient.loggedIn(app, email: "evaluator@example.fi")
            #expect(try await evaluator.send(.GET, "/api/v1/places").status == .forbidden)
            let refused = try await evaluator.send(.POST, "/api/v1/places", json: ["name": "X", "category": "sports"])
            #expect(refused.status == .forbidden)
            #expect(try await Place.query(on: app.db).count() == 3)
        }
    }

    @Test func meetingsAndGoalsCarryTheirPlaces() async throws {
        try await withTestApp { (app, fixture) async throws in
            let places = try await PlaceFixture.load(on: app)
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let refused = try await api.send(
                .POST, "/api/v1/periods/\(fixture.periodB)/meetings",
                json: ["day": "7.1.2026", "time": "10:00", "placeID": UUID().uuidString])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("\"field\":\"placeID\""))
            #expect(try await Meeting.query(on: app.db).count() == 0)
            let created = try await api.send(
                .POST, "/api/v1/periods/\(fixture.periodB)/meetings",
                json: ["day": "7.1.2026", "time": "10:00", "placeID": places.dAsema.uuidString])
            #expect(created.status == .created)
            let meeting = try created.content.decode(APIMeetingController.MeetingDTO.self)
            #expect(meeting.placeID == places.dAsema && meeting.place == "service-visit")
            // a PATCH without placeID keeps it; null removes it
            let kept = try await api.send(.PATCH, "/api/v1/meetings/\(meeting.id)", json: ["status": "realised"])
            #expect(try kept.content.decode(APIMeetingController.MeetingDTO.self).placeID == places.dAsema)
            let moved = try await api.send(
                .PATCH, "/api/v1/meetings/\(meeting.id)", json: ["placeID": places.stop.uuidString])
            #expect(try moved.content.decode(APIMeetingController.MeetingDTO.self).placeID == places.stop)
            let cleared = try await api.send(.PATCH, "/api/v1/meetings/\(meeting.id)", raw: #"{"placeID": null}"#)
            #expect(try cleared.content.decode(APIMeetingController.MeetingDTO.self).placeID == nil)
            let listed = try await api.send(.GET, "/api/v1/periods/\(fixture.periodB)/meetings")
            #expect(try listed.content.decode([APIMeetingController.MeetingDTO].self).count == 1)

            let goal = try await api.send(
                .POST, "/api/v1/periods/\(fixture.periodB)/goals",
                json: [
                    "level": "main", "text": "Löydän itselleni mielekästä tekemistä", "expected": "Käyn viikoittain",
                ])
            let goalID = try goal.content.decode(APIGoalController.GoalDTO.self).id
            let attached = try await api.send(
                .POST, "/api/v1/goals/\(goalID)/places", json: ["placeID": places.dAsema.uuidString])
            #expect(attached.status == .created)
            #expect(try attached.content.decode(APIGoalController.GoalDTO.self).placeIDs == [places.dAsema])
            let twice = try await api.send(
                .POST, "/api/v1/goals/\(goalID)/places", json: ["placeID": places.dAsema.uuidString])
            #expect(twice.status == .unprocessableEntity && twice.body.string.contains("\"field\":\"placeID\""))
            let list = try await api.send(.GET, "/api/v1/periods/\(fixture.periodB)/goals")
            #expect(try list.content.decode([APIGoalController.GoalDTO].self)[0].placeIDs == [places.dAsema])
            let removed = try await api.send(.DELETE, "/api/v1/goals/\(goalID)/places/\(places.dAsema)")
            #expect(removed.status == .noContent)
            let got = try await api.send(.GET, "/api/v1/goals/\(goalID)")
            #expect(try got.content.decode(APIGoalController.GoalDTO.self).placeIDs.isEmpty)
            let other = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let stranger = try await other.send(
                .POST, "/api/v1/goals/\(goalID)/places", json: ["placeID": places.dAsema.uuidString])
            #expect(stranger.status == .notFound)
            #expect(try await GoalPlace.query(on: app.db).count() == 0)
        }
    }
}
