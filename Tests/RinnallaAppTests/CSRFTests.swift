import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("CSRF")
struct CSRFTests {
    @Test func everyPagePostWithoutAValidTokenIs403AndChangesNothing() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let values = ["unitID": fixture.unitA.uuidString, "userID": fixture.workerA.uuidString]
            // The anonymous inclusion survey has no session, cookie or token by design: it refuses
            // posts from other sites by their headers instead (InclusionCollectTests).
            let posts = app.routes.all.filter {
                $0.method == .POST && $0.path.first != .constant("api") && $0.description != "POST /o/:token"
            }
            #expect(posts.count >= 10)
            let before = try await tableSnapshot(app)
            let users = try await usersDump(app)
            for route in posts {
                let path = AccessControlTests.path(route, values)
                let form = [
                    "name": "Changed", "email": "changed@example.fi", "password": "another long password",
                    "role": "admin", "unitID": fixture.unitA.uuidString, "language": "sv", "active": "false",
                    "newPassword": "x", "currentPassword": Fixture.password,
                ]
                for token in [nil, "wrong-token"] as [String?] {
                    // act
                    var fields = form
                    if let token { fields[CSRFMiddleware.fieldName] = token }
                    let response = try await admin.post(path, form: fields, csrf: false)
                    // check
                    #expect(response.status == .forbidden, "\(route.description) with token \(token ?? "none")")
                }
            }
            #expect(try await tableSnapshot(app) == before)
            #expect(try await usersDump(app) == users)
        }
    }

    @Test func loginWithoutTheFormTokenIsRefused() async throws {
        try await withTestApp { (app, _) async throws in
            let client = Browser(app)
            let response = try await client.post(
                "/login", form: ["email": "worker.a@example.fi", "password": Fixture.password], csrf: false)
            #expect(response.status == .forbidden)
            #expect(try await AuthSession.query(on: app.db).count() == 0)
        }
    }
}

@Suite("CSRF with long forms")
struct LongFormCSRFTests {
    /// A body larger than one network chunk is still checked and accepted (regression:
    /// the body had not been collected yet when the token was read).
    @Test func aLongFormPostWithAValidTokenIsAccepted() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            var form = DecisionTests.form
            form["action"] = "save"
            form["text"] = String(repeating: "Pitkä päätösteksti. ", count: 2_000)
            let response = try await RunningServer.send(
                app, .POST, "/periods/\(fixture.periodB)/decisions",
                headers: [
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Cookie": try #require(worker.cookieHeader),
                ],
                body: try await worker.encodedForm(form))
            // The client follows the redirect to the period page.
            #expect(response.status == .ok)
            #expect(response.body.contains(Localizer.shared.text(.decisionsSaved, .fi)))
            #expect(try await Decision.query(on: app.db).filter(\.$kind == "rehabilitation").count() == 1)
        }
    }
}
