import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Contacts API")
struct ContactAPITests {
    static func body(id: UUID, _ changes: [String: String] = [:]) -> String {
        var fields: [String: String] = [
            "clientMadeID": "\"\(id)\"", "channel": "\"online\"", "ageGroup": "\"25-34\"", "language": "\"sv\"",
            "topics": "[\"loneliness\",\"mental-health\"]", "supports": "[\"listening-support\"]",
            "durationMinutes": "40", "nickname": "\"Räv\"",
        ]
        for (key, value) in changes { fields[key] = value }
        return "{" + fields.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
    }

    @Test func theClientMadeIDIsTheIdempotencyKey() async throws {
        try await withTestApp { (app, fixture) async throws in
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let id = UUID()
            let created = try await api.send(.POST, "/api/v1/contacts", raw: Self.body(id: id))
            #expect(created.status == .created, "\(created.body.string)")
            let again = try await api.send(.POST, "/api/v1/contacts", raw: Self.body(id: id))
            #expect(again.status == .ok)
            let a = try created.content.decode(APIContactController.ContactDTO.self)
            let b = try again.content.decode(APIContactController.ContactDTO.self)
            #expect(a.id == b.id && a.clientMadeID == id && a.unitID == fixture.unitA)
            #expect(a.topics == ["mental-health", "loneliness"] && a.nickname == "Räv" && a.clientID == nil)
            #expect(a.day == "2026-01-01" && a.durationMinutes == 40 && a.language == "sv")
            #expect(try await Contact.query(on: app.db).count() == 1)
            // List and one
            let list = try await api.send(.GET, "/api/v1/contacts?topic=loneliness&channel=online")
            #expect(try list.content.decode([APIContactController.ContactDTO].self).map(\.id) == [a.id])
            #expect(
                try await api.send(.GET, "/api/v1/contacts?topic=debt").content.decode(
                    [APIContactController.ContactDTO].self
                ).isEmpty)
            #expect(try await api.send(.GET, "/api/v1/contacts/\(a.id)").status == .ok)
            #expect(try await api.send(.GET, "/api/v1/contacts?topic=weather").status == .unprocessableEntity)
            // Another unit: 404, and the same id from there is a conflict, not a copy
            let other = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            #expect(try await other.send(.GET, "/api/v1/contacts/\(a.id)").status == .notFound)
            #expect(try await other.send(.POST, "/api/v1/contacts", raw: Self.body(id: id)).status == .conflict)
            #expect(try await Contact.query(on: app.db).count() == 1)
        }
    }

    @Test func refusedInputNamesTheFieldInTheUsersLanguage() async throws {
        try await withTestApp { (app, _) async throws in
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let before = try await tableSnapshot(app)
            let counts = try await ContactTests.counts(app)
            let cases: [([String: String], String)] = [
                (["topics": "[]"], "topics"), (["supports": "[\"cake\"]"], "supports"),
                (["durationMinutes": "601"], "durationMinutes"), (["day": "\"2026-01-02\""], "day"),
                (["nickname": "\"050 555 1234\""], "nickname"), (["clientMadeID": "\"x\""], "clientMadeID"),
                (["channel": "\"pigeon\""], "channel"),
            ]
            for (changes, field) in cases {
                let response = try await api.send(.POST, "/api/v1/contacts", raw: Self.body(id: UUID(), changes))
                #expect(response.status == .unprocessableEntity, "\(changes)")
                let error = try response.content.decode(APIModels.ErrorBody.self).error
                #expect(error.field == field, "\(changes)")
            }
            // The logged-in user's own language (Finnish here)
            let finnish = try await api.send(.POST, "/api/v1/contacts", raw: Self.body(id: UUID(), ["topics": "[]"]))
            let message = try finnish.content.decode(APIModels.ErrorBody.self).error.message
            #expect(message == "Aiheet: valitse vähintään yksi aihe.")
            #expect(try await ContactTests.counts(app) == counts)
            #expect(try await tableSnapshot(app) == before)
        }
    }
}
