import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// A method a path lacks is answered 405 with `Allow`; a path no route has stays 404
/// (issue 14, item 3; schemathesis' "unsupported_method" check).
@Suite("Unknown methods")
struct MethodNotAllowedTests {
    static let probes: [HTTPMethod] = [.GET, .HEAD, .POST, .PUT, .PATCH, .DELETE, .OPTIONS, .TRACE]

    /// Whether `route` would match the concrete `components` (parameters take anything).
    static func matches(_ route: Route, _ components: [String]) -> Bool {
        if route.path.last == .catchall { return components.count >= route.path.count - 1 }
        guard route.path.count == components.count else { return false }
        return zip(route.path, components).allSatisfy { pattern, component in
            switch pattern {
            case .constant(let value): value == component
            case .parameter, .anything: true
            case .catchall: true
            }
        }
    }

    @Test func everyRegisteredPathAnswersAMissingMethodWith405AndAllow() async throws {
        try await withTestApp { (app, _) async throws in
            // setup: one concrete path per route pattern, parameters filled with fresh ids
            // so a constant segment of another route ("new") is never hit by accident.
            let routes = app.routes.all
            var paths: [String: [String]] = [:]
            for route in routes {
                let path = AccessControlTests.path(route)
                paths[path] = path.split(separator: "/").map(String.init)
            }
            #expect(paths.count >= 100)
            var checked = 0
            for (path, components) in paths {
                var expected = routes.filter { Self.matches($0, components) }.map(\.method)
                if expected.contains(.GET), !expected.contains(.HEAD) { expected.append(.HEAD) }
                let order = Self.probes.map(\.rawValue)
                let allow = Set(expected.map(\.rawValue))
                for method in Self.probes where !allow.contains(method.rawValue) {
                    // act
                    let response = try await Browser(app).send(method, path, body: "{}")
                    // check
                    #expect(response.status == .methodNotAllowed, "\(method) \(path) answered \(response.status)")
                    let header = response.headers.first(name: .allow) ?? ""
                    let listed = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    #expect(Set(listed) == allow, "\(method) \(path): Allow \(header), expected \(allow.sorted())")
                    #expect(
                        listed == listed.sorted { (order.firstIndex(of: $0) ?? 99) < (order.firstIndex(of: $1) ?? 99) })
                    checked += 1
                }
            }
            #expect(checked >= 300)
        }
    }

    @Test func theAnswerFollowsTheErrorStyleOfAPIAndPages() async throws {
        try await withTestApp { (app, _) async throws in
            // act: an API path, without a token, and in Swedish
            let api = try await APIClient(app: app, token: nil).send(.TRACE, "/api/v1/clients", language: "sv")
            // check: 405 before the 401 an anonymous caller would get from a real method
            #expect(api.status == .methodNotAllowed)
            #expect(api.headers.first(name: .allow) == "GET, HEAD, POST")
            let body = try api.content.decode(APIModels.ErrorBody.self)
            #expect(body.error.code == "method-not-allowed")
            #expect(body.error.message == Localizer.shared.text(.errorMethodNotAllowed, .sv))

            // act: a page path, logged in, in the user's language
            let browser = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let page = try await browser.send(.PUT, "/")
            #expect(page.status == .methodNotAllowed)
            #expect(page.headers.first(name: .allow) == "GET, HEAD")
            #expect(page.headers.contentType?.subType == "html")
            #expect(page.body.string.contains(Localizer.shared.text(.errorMethodNotAllowed, .fi)))
        }
    }

    @Test func aPathNoRouteHasStays404AndRegisteredMethodsStillWork() async throws {
        try await withTestApp { (app, _) async throws in
            for method in Self.probes {
                let response = try await Browser(app).send(method, "/no-such-page/\(UUID())")
                #expect(response.status == .notFound, "\(method) answered \(response.status)")
                #expect(response.headers.first(name: .allow) == nil)
                let api = try await APIClient(app: app, token: nil).send(method, "/api/v1/no-such-thing")
                #expect(api.status == .notFound, "\(method) answered \(api.status)")
            }
            // HEAD of a GET route is answered by the route, access rules unchanged.
            #expect(try await Browser(app).send(.HEAD, "/healthz").status == .ok)
            #expect(try await APIClient(app: app, token: nil).send(.GET, "/api/v1/clients").status == .unauthorized)
            #expect(try await Browser(app).send(.GET, "/clients").status == .seeOther)
        }
    }
}
