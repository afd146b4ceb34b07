import RoutingKit
import Vapor

/// The registered methods of every path, to answer a method a path lacks with 405 and
/// `Allow` instead of Vapor's 404 (issue 14, item 3). Built once from `app.routes.all`
/// after the routes are registered, with Vapor's own trie and method-first keys, so a
/// path matches here exactly when Vapor would match it for that method.
final class RouteMethods: @unchecked Sendable {
    private let router = TrieRouter<Bool>(options: [])
    /// Methods that some route uses, in the order `Allow` lists them.
    private let methods: [HTTPMethod]

    init(_ routes: [Route]) {
        var used = Set<String>()
        for route in routes {
            router.register(true, at: [.constant(route.method.rawValue)] + route.path)
            used.insert(route.method.rawValue)
        }
        let order: [HTTPMethod] = [.GET, .HEAD, .POST, .PUT, .PATCH, .DELETE, .OPTIONS]
        methods =
            order.filter { used.contains($0.rawValue) }
            + used.subtracting(order.map(\.rawValue)).sorted().map { HTTPMethod(rawValue: $0) }
    }

    /// The methods registered for `path`, HEAD included wherever GET is (Vapor answers a
    /// HEAD with the GET route); empty when no route has the path.
    func allowed(path: String) -> [HTTPMethod] {
        let components = path.split(separator: "/").map(String.init)
        var allowed = methods.filter { method in
            var parameters = Parameters()
            return router.route(path: [method.rawValue] + components, parameters: &parameters) == true
        }
        if allowed.contains(.GET), !allowed.contains(.HEAD) {
            allowed.insert(.HEAD, at: allowed.firstIndex(of: .GET)! + 1)
        }
        return allowed
    }
}

extension Application {
    private struct RouteMethodsKey: StorageKey { typealias Value = RouteMethods }

    /// The methods per path; built by `configure` after the routes are registered.
    var routeMethods: RouteMethods {
        if let methods = storage[RouteMethodsKey.self] { return methods }
        let methods = RouteMethods(routes.all)
        storage[RouteMethodsKey.self] = methods
        return methods
    }
}

/// A request no route matched, on a path some route has, is answered 405 with `Allow`.
/// It runs before any route's access check, so an anonymous caller gets 405, not 401:
/// the answer says only that the path pattern exists, which the OpenAPI document
/// publishes anyway, and a unit's record ids are never looked at. OPTIONS is treated as
/// any other unregistered method (405 with `Allow`): the app serves no CORS, and the
/// document lists no OPTIONS operation.
struct MethodNotAllowedMiddleware: AsyncMiddleware {
    let routes: RouteMethods

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.route == nil else { return try await next.respond(to: request) }
        let allowed = routes.allowed(path: request.url.path)
        guard !allowed.isEmpty else { return try await next.respond(to: request) }
        var error = AppError(status: .methodNotAllowed, code: "method-not-allowed", key: .errorMethodNotAllowed)
        error.headers.replaceOrAdd(name: .allow, value: allowed.map(\.rawValue).joined(separator: ", "))
        throw error
    }
}
