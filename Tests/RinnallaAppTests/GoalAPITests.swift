import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Goals, meetings and evaluations through the API")
struct GoalAPITests {
    @Test func goalsAreCreatedRevisedAndListedWithTheirVersions() async throws {
        try await withTestApp { (app, fixture) async throws in
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let refused = try await api.send(
                .POST, "/api/v1/periods/\(fixture.periodB)/goals",
                json: ["level": "sub", "text": "Ilman päätavoitetta"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("parentID"))
            let created = try await api.send(
                .POST, "/api/v1/periods/\(fixture.periodB)/goals",
                raw:
                    #"{"level": "main", "text": "Omien asioiden hoitaminen", "expected": "Laskut maksettu ajallaan", "smart": ["S", "M"], "weight": 1}"#
            )
            #expect(created.status == .created)
            let goal = try created.content.decode(APIGoalController.GoalDTO.self)
            #expect(goal.current.smart == ["S", "M"] && goal.versions.count == 1)
            let revised = try await api.send(
                .POST, "/api/v1/goals/\(goal.id)/versions",
                json: [
                    "text": "Omien asioiden hoitaminen itsenäisesti", "expected": "Laskut maksettu",
                    "reason": "Täsmennys",
                ])
            #expect(revised.status == .created)
            let list = try await api.send(.GET, "/api/v1/periods/\(fixture.periodB)/goals")
            let goals = try list.content.decode([APIGoalController.GoalDTO].self)
            #expect(goals.count == 1 && goals[0].versions.map(\.version) == [1, 2])
            #expect(goals[0].current.text == "Omien asioiden hoitaminen itsenäisesti")
            let other = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await other.send(.GET, "/api/v1/goals/\(goal.id)").status == .notFound)
        }
    }

    @Test func meetingsAreListedCreatedAndUpdated() async throws {
        try await withTestApp { (app, fixture) async throws in
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let bad = try await api.send(
                .POST, "/api/v1/periods/\(fixture.periodB)/meetings", json: ["day": "7.1.2026", "time": "25:00"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("\"field\":\"time\""))
            #expect(try await Meeting.query(on: app.db).count() == 0)
            let created = try await api.send(
                .POST, "/api/v1/periods/\(fixture.periodB)/meetings",
                json: ["day": "7.1.2026", "time": "10:00", "type": "individual", "place": "cafe"])
            #expect(created.status == .created)
            let meeting = try created.content.decode(APIMeetingController.MeetingDTO.self)
            #expect(meeting.status == "planned" && meeting.day == "2026-01-07")
            let updated = try await api.send(
                .PATCH, "/api/v1/meetings/\(meeting.id)", json: ["status": "realised", "record": "Kahvilla."])
            #expect(updated.status == .ok)
            let after = try updated.content.decode(APIMeetingController.MeetingDTO.self)
            #expect(after.status == "realised" && after.place == "cafe" && after.time == "10:00")
            let list = try await api.send(.GET, "/api/v1/periods/\(fixture.periodB)/meetings")
            #expect(try list.content.decode([APIMeetingController.MeetingDTO].self).count == 1)
        }
    }
}
