import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// Every registered route is checked: without a session it is refused, and a worker of
/// another unit cannot reach a unit's data.
@Suite("Access control")
struct AccessControlTests {
    /// Fills path parameters from a map; unknown parameters get a fresh UUID.
    static func path(_ route: Route, _ values: [String: String] = [:]) -> String {
        "/"
            + route.path.map { component -> String in
                switch component {
                case .constant(let value): value
                case .parameter(let name): values[name] ?? UUID().uuidString
                case .anything, .catchall: "x"
                }
            }.joined(separator: "/")
    }

    @Test func everyRouteDeclaresWhoMayReachIt() async throws {
        try await withTestApp { (app, _) async throws in
            let untagged = app.routes.all.filter { $0.access == nil }.map(\.description)
            #expect(untagged.isEmpty, "routes without an access tag: \(untagged)")
        }
    }

    @Test func everyNonPublicRouteRejectsRequestsWithoutASession() async throws {
        try await withTestApp { (app, _) async throws in
            // setup
            let before = try await tableSnapshot(app)
            let protected = app.routes.all.filter { $0.access != .public }
            #expect(protected.count >= 25)
            for route in protected {
                // act
                let response = try await Browser(app).send(route.method, Self.path(route), body: "{}")
                // check
                if route.path.first == .constant("api") {
                    #expect(response.status == .unauthorized, "\(route.description) answered \(response.status)")
                    #expect(response.body.string.contains("\"error\""))
                } else {
                    #expect(response.status == .seeOther, "\(route.description) answered \(response.status)")
                    #expect(response.headers.first(name: .location)?.hasPrefix("/login") == true)
                }
            }
            #expect(try await tableSnapshot(app) == before)
        }
    }

    @Test func publicRoutesAreOnlyTheExpectedOnes() async throws {
        try await withTestApp { (app, _) async throws in
            let publicRoutes = Set(app.routes.all.filter { $0.access == .public }.map(\.description))
            #expect(
                publicRoutes == [
                    "GET /healthz", "GET /readyz", "GET /api/openapi.json", "GET /login", "POST /login",
                    "POST /api/v1/auth/token", "GET /calendar/:feed", "GET /f/:token", "POST /f/:token",
                    // The anonymous inclusion survey and its JSON twin (issue 6).
                    "GET /o/:token", "POST /o/:token", "GET /o/:token/thanks",
                    "POST /api/v1/public/rounds/:token/responses",
                ])
        }
    }

    @Test func aWorkerOfUnitAGets404ForEveryUnitDataRouteOfUnitB() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            // Unit B's records of every kind, so each route is tried on a real record.
            let values = try await UnitBRecords.make(app, fixture)
            let client = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let unitRoutes = app.routes.all.filter { $0.access == .unitData }
            #expect(!unitRoutes.isEmpty)
            for route in unitRoutes where route.path.first != .constant("api") {
                // act
                let response =
                    route.method == .GET
                    ? try await client.get(Self.path(route, values))
                    : try await client.post(Self.path(route, values))
                // check
                #expect(response.status == .notFound, "\(route.description) answered \(response.status)")
                #expect(!response.body.string.contains("Itä aikuissosiaalityö"))
                #expect(!response.body.string.contains("Bea Asiakas"))
                #expect(!response.body.string.contains("Kettu"))
            }
            // The same routes answer for the worker's own unit.
            let own = try await client.get("/units/\(fixture.unitA)")
            #expect(own.status == .ok)
            #expect(try await client.get("/clients/\(fixture.clientA)").status == .ok)
            // and the API's client routes refuse the other unit too
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            for route in unitRoutes where route.path.first == .constant("api") {
                let response = try await api.send(route.method, Self.path(route, values), json: [:])
                #expect(response.status == .notFound, "\(route.description) answered \(response.status)")
            }
        }
    }

    @Test func adminRoutesAreRefusedToOtherRoles() async throws {
        try await withTestApp { (app, _) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            for client in [worker, lead] {
                for route in app.routes.all where route.access == .admin && route.path.first != .constant("api") {
                    let response =
                        route.method == .GET
                        ? try await client.get(Self.path(route)) : try await client.post(Self.path(route))
                    #expect(response.status == .forbidden, "\(route.description) answered \(response.status)")
                }
            }
            let denied = try await AuditEvent.query(on: app.db).filter(\.$action == "permission-denied").count()
            #expect(denied > 0)
        }
    }

    @Test func evaluatorsAndAdminsCannotReadTheUnitAuditTrail() async throws {
        try await withTestApp { (app, fixture) async throws in
            for email in ["evaluator@example.fi", "admin@example.fi", "worker.a@example.fi"] {
                let client = try await Browser.loggedIn(app, email: email)
                let response = try await client.get("/units/\(fixture.unitA)/audit")
                #expect(response.status == .notFound, "\(email)")
            }
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            #expect(try await lead.get("/units/\(fixture.unitA)/audit").status == .ok)
            #expect(try await lead.get("/units/\(fixture.unitB)/audit").status == .notFound)
        }
    }
}
