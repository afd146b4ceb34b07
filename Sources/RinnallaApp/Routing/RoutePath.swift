import Foundation
import Vapor

/// One piece of a route's path: fixed text, or a named parameter with the value a link
/// puts there. Registration reads the names, links read the values.
enum PathPiece: Hashable, Sendable {
    case constant(String)
    case parameter(name: String, value: String)

    static func id(_ name: PathParameter, _ value: UUID) -> PathPiece {
        .parameter(name: name.rawValue, value: value.uuidString)
    }
    static func text(_ name: PathParameter, _ value: String) -> PathPiece {
        .parameter(name: name.rawValue, value: value)
    }
}

/// A typed address: `SiteRoute` for pages, `APIRoute` for the JSON API. The one place a
/// path is spelled; registration, links, redirects and the OpenAPI paths all come from it.
protocol RoutePath: Hashable, Sendable {
    var pieces: [PathPiece] { get }
}

extension RoutePath {
    /// What Vapor registers: parameters by name.
    var pathComponents: [PathComponent] {
        pieces.map {
            switch $0 {
            case .constant(let text): .constant(text)
            case .parameter(let name, _): .parameter(name)
            }
        }
    }

    /// The path with `{name}` for each parameter, as OpenAPI writes it.
    var template: String {
        "/"
            + pieces.map {
                switch $0 {
                case .constant(let text): text
                case .parameter(let name, _): "{\(name)}"
                }
            }.joined(separator: "/")
    }

    /// The address of this route, ready for `href`, `action` or a redirect.
    var href: String { href([:]) }

    /// The address with a query (pairs whose value is nil are left out) and a fragment.
    func href(_ query: KeyValuePairs<String, String?>, fragment: String? = nil) -> String {
        let pairs = query.compactMap { name, value in value.map { "\(Self.encode(name))=\(Self.encode($0))" } }
        return href(rawQuery: pairs.joined(separator: "&"), fragment: fragment)
    }

    /// The address with a fragment: a section of the page.
    func href(fragment: String) -> String { href(rawQuery: "", fragment: fragment) }

    /// The address with a query string built elsewhere (a filter that writes its own).
    func href(rawQuery: String, fragment: String? = nil) -> String {
        var text =
            "/"
            + pieces.map {
                switch $0 {
                case .constant(let text): text
                case .parameter(_, let value): Self.encodeSegment(value)
                }
            }.joined(separator: "/")
        if !rawQuery.isEmpty { text += "?" + rawQuery }
        if let fragment, !fragment.isEmpty { text += "#" + fragment }
        return text
    }

    private static func encodeSegment(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}

/// RFC 3986's unreserved characters: the only ones a value may keep as they are.
private let unreserved = CharacterSet(
    charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

extension UUID {
    /// Stands for the parameter when a case only names a route (registration). A link to
    /// a record without an id (never saved, so never shown) gets it too and finds nothing.
    static let pattern = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
}

extension String {
    /// Stands for a text parameter when a case only names a route (registration).
    static let pattern = ""
}

/// Who may reach a route, recorded on the route itself so the tests can enumerate them.
enum RouteAccess: String, Sendable {
    /// Reachable without logging in: login, health checks, the API document, token creation.
    case `public`
    /// Any logged-in user.
    case user
    /// Data of one unit; a user outside the unit gets 404.
    case unitData
    /// Administrators only.
    case admin

    static let key = "rinnalla.access"
}

extension Route {
    var access: RouteAccess? {
        (userInfo[RouteAccess.key] as? String).flatMap(RouteAccess.init(rawValue:))
    }
}

extension RoutesBuilder {
    /// Registers a page route: its path from the typed case, its access tag beside it.
    @discardableResult
    func page<Response: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ route: SiteRoute, _ access: RouteAccess,
        body: HTTPBodyStreamStrategy = .collect,
        use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        register(method, route.pathComponents, access, body: body, use: handler)
    }

    /// Registers an API route: its path from the typed case, its access tag and the
    /// operation that describes it in the OpenAPI document beside it.
    @discardableResult
    func api<Response: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ route: APIRoute, _ access: RouteAccess, _ operation: APIOperation,
        body: HTTPBodyStreamStrategy = .collect,
        use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        let registered = register(method, route.pathComponents, access, body: body, use: handler)
        registered.userInfo[APIOperation.userInfoKey] = operation
        return registered
    }

    /// Registers the OpenAPI document itself: an API address, but not an operation.
    func apiDocument<Response: AsyncResponseEncodable>(
        _ route: APIRoute, use handler: @Sendable @escaping (Request) async throws -> Response
    ) {
        register(.GET, route.pathComponents, .public, body: .collect, use: handler)
    }

    @discardableResult
    private func register<Response: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ path: [PathComponent], _ access: RouteAccess, body: HTTPBodyStreamStrategy,
        use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        let route = on(method, path, body: body, use: handler)
        route.userInfo[RouteAccess.key] = access.rawValue
        return route
    }
}
