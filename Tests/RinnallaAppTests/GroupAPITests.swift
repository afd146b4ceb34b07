import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Groups API")
struct GroupAPITests {
    static func json(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    static func body(unit: UUID, area: UUID, _ changes: [String: Any] = [:]) throws -> String {
        var fields: [String: Any] = [
            "unitID": unit.uuidString, "name": "Digiryhmä",
            "description": "Harjoitellaan digitaitoja vertaisohjaajien kanssa.",
            "aim": "everyday-skills", "methods": ["peer-discussion"], "areaID": area.uuidString,
            "place": "Pitäjänmäen kirjasto", "weekdays": [2], "startTime": "13:00", "endTime": "14:30",
            "intervalWeeks": 2, "isOpen": true, "capacity": 6, "language": "fi", "firstDay": "6.1.2026",
            "lastDay": "2026-03-31",
        ]
        for (key, value) in changes { fields[key] = value }
        return try json(fields)
    }

    @Test func groupsAreCreatedListedAndChangedWithTheFormsRules() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let area = try await GroupHelpers.area(app)
            let owner = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            // act
            let created = try await owner.send(
                .POST, "/api/v1/groups", raw: try Self.body(unit: fixture.unitB, area: area))
            // check
            #expect(created.status == .created)
            let group = try created.content.decode(APIGroupController.GroupDTO.self)
            #expect(group.weekdays == [2] && group.intervalWeeks == 2 && group.placesLeft == 6)
            #expect(group.methods == ["peer-discussion"] && group.firstDay == "2026-01-06")
            let sessions = try await owner.send(.GET, "/api/v1/groups/\(group.id)/sessions")
                .content.decode([APIGroupController.GroupSessionDTO].self)
            #expect(
                sessions.map(\.day) == [
                    "2026-01-06", "2026-01-20", "2026-02-03", "2026-02-17", "2026-03-03", "2026-03-17", "2026-03-31",
                ])
            // Any worker lists it with the catalogue's filters.
            let other = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let tuesday = try await other.send(.GET, "/api/v1/groups?weekday=2&language=fi&places=1")
                .content.decode(APIGroupController.GroupListDTO.self)
            #expect(tuesday.groups.map(\.name) == ["Digiryhmä"] && tuesday.total == 1 && tuesday.pages == 1)
            #expect(
                try await other.send(.GET, "/api/v1/groups?weekday=3").content.decode(
                    APIGroupController.GroupListDTO.self
                )
                .total == 0)
            #expect(try await other.send(.GET, "/api/v1/groups/\(group.id)").status == .ok)
            // Refused input: the same field and message as the form, nothing saved.
            let before = try await tableSnapshot(app)
            let refused = try await owner.send(
                .POST, "/api/v1/groups", raw: try Self.body(unit: fixture.unitB, area: area, ["capacity": 0]))
            #expect(refused.status == .unprocessableEntity)
            let error = try refused.content.decode(APIModels.ErrorBody.self).error
            #expect(error.field == "capacity")
            #expect(error.message == Localizer.shared.text(.groupsErrorCapacity, .fi, ["min": "1", "max": "200"]))
            #expect(
                try await other.send(.PATCH, "/api/v1/groups/\(group.id)", raw: "{\"place\": \"x\"}").status
                    == .notFound)
            #expect(try await tableSnapshot(app) == before)
            // The owner changes one field; the rest stay.
            let patched = try await owner.send(.PATCH, "/api/v1/groups/\(group.id)", raw: "{\"place\": \"Stoa\"}")
            #expect(patched.status == .ok)
            let changed = try patched.content.decode(APIGroupController.GroupDTO.self)
            #expect(changed.place == "Stoa" && changed.capacity == 6 && changed.weekdays == [2])
            let added = try await owner.send(
                .POST, "/api/v1/groups/\(group.id)/sessions",
                raw: try Self.json(["day": "7.4.2026", "startTime": "13:00", "endTime": "14:30", "place": "Stoa"]))
            #expect(added.status == .created)
            #expect(try added.content.decode(APIGroupController.GroupSessionDTO.self).fromSchedule == false)
        }
    }

    @Test func theDocumentDescribesTheFiltersAndPathParameters() async throws {
        try await withTestApp { (app, _) async throws in
            let data = Data(try await Browser(app).get("/api/openapi.json").body.string.utf8)
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let paths = try #require(json["paths"] as? [String: Any])
            func parameters(_ path: String, _ method: String) -> [String] {
                let operation = (paths[path] as? [String: Any])?[method] as? [String: Any]
                return ((operation?["parameters"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }
            }
            #expect(parameters("/api/v1/groups", "get").contains("weekday"))
            #expect(parameters("/api/v1/groups/{groupID}/sessions", "get") == ["groupID", "from"])
            #expect(parameters("/api/v1/sessions/{sessionID}/attendance", "put") == ["sessionID"])
        }
    }

    @Test func attendanceIsReadAndPutIdempotently() async throws {
        try await withTestApp { (app, fixture) async throws in
            let browser = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let group = try await GroupHelpers.create(browser, app, unit: fixture.unitB)
            _ = try await browser.post(
                "/groups/\(try group.requireID())/enrolments", form: ["clientID": fixture.clientB.uuidString])
            let sessionID = try #require(try await GroupHelpers.sessions(app, of: group).first).requireID()
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let read = try await api.send(.GET, "/api/v1/sessions/\(sessionID)/attendance")
                .content.decode(APIGroupController.AttendanceDTO.self)
            #expect(read.clients.map(\.name) == ["Bea Asiakas"] && read.clients[0].status == nil && !read.recorded)
            let body = try Self.json([
                "walkIns": 4, "attendance": [["clientID": fixture.clientB.uuidString, "status": "present"]],
            ])
            for _ in 0..<2 {
                let saved = try await api.send(.PUT, "/api/v1/sessions/\(sessionID)/attendance", raw: body)
                #expect(saved.status == .ok)
                let dto = try saved.content.decode(APIGroupController.AttendanceDTO.self)
                #expect(dto.walkIns == 4 && dto.recorded && dto.clients[0].status == "present")
            }
            #expect(try await GroupAttendanceRecord.query(on: app.db).count() == 1)
            let before = try await tableSnapshot(app)
            let bad = try await api.send(
                .PUT, "/api/v1/sessions/\(sessionID)/attendance",
                raw: try Self.json(["attendance": [["clientID": fixture.clientB.uuidString, "status": "late"]]]))
            #expect(bad.status == .unprocessableEntity)
            #expect(try bad.content.decode(APIModels.ErrorBody.self).error.field == "status-\(fixture.clientB)")
            let stranger = try await api.send(
                .PUT, "/api/v1/sessions/\(sessionID)/attendance",
                raw: try Self.json(["attendance": [["clientID": fixture.clientA.uuidString, "status": "present"]]]))
            #expect(stranger.status == .unprocessableEntity)
            #expect(
                try stranger.content.decode(APIModels.ErrorBody.self).error.message
                    == Localizer.shared.text(.groupsErrorNotMember, .fi))
            #expect(try await tableSnapshot(app) == before)
            let other = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await other.send(.GET, "/api/v1/sessions/\(sessionID)/attendance").status == .notFound)
        }
    }
}
