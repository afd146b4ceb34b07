import Foundation
import Vapor

/// Every page address in one place, so links are built from the same definitions that
/// register the routes.
enum SiteURL: Sendable {
    case home
    case login(next: String?)
    case logout
    case changePassword
    case language
    case unit(UUID)
    case unitAudit(UUID)
    case adminUsers
    case adminUser(UUID)
    case adminUserRoles(UUID)
    case adminUserRemoveRole(UUID, membership: UUID)
    case adminUserStatus(UUID)
    case adminUserPassword(UUID)
    case adminUnits
    case adminLogins
    case adminSettings
    case activityMoney
    case unitActivityMoney(UUID)
    case calendar
    case calendarRevoke

    var path: String {
        switch self {
        case .home: "/"
        case .login(let next):
            if let next, next != "/", next.hasPrefix("/"), !next.hasPrefix("//") {
                "/login?next=\(next.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "/")"
            } else {
                "/login"
            }
        case .logout: "/logout"
        case .changePassword: "/account/password"
        case .language: "/account/language"
        case .unit(let id): "/units/\(id)"
        case .unitAudit(let id): "/units/\(id)/audit"
        case .adminUsers: "/admin/users"
        case .adminUser(let id): "/admin/users/\(id)"
        case .adminUserRoles(let id): "/admin/users/\(id)/roles"
        case .adminUserRemoveRole(let id, let membership): "/admin/users/\(id)/roles/\(membership)/remove"
        case .adminUserStatus(let id): "/admin/users/\(id)/status"
        case .adminUserPassword(let id): "/admin/users/\(id)/password"
        case .adminUnits: "/admin/units"
        case .adminLogins: "/admin/logins"
        case .adminSettings: "/admin/settings"
        case .activityMoney: "/account/activity-money"
        case .unitActivityMoney(let id): "/units/\(id)/activity-money"
        case .calendar: "/account/calendar"
        case .calendarRevoke: "/account/calendar/revoke"
        }
    }

    /// A post-login or "back" target: only a local path that a page route of the table
    /// parses, written in plain visible ASCII; anything else goes home. A browser reads
    /// `/\t/evil.example` as `//evil.example`, so no prefix rule is enough (issue 13, item 4).
    static func safeNext(_ value: String?, pages: PageRoutes) -> String {
        guard let value, pages.parses(value) else { return "/" }
        return value
    }
}

/// The GET page routes of the table, to tell whether a redirect target is one of ours.
/// Built once after the routes are registered; read-only afterwards.
final class PageRoutes: @unchecked Sendable {
    private let router = TrieRouter<Bool>(options: [])
    /// The home page: the router takes no empty path.
    private var hasRoot = false

    init(_ routes: [Route]) {
        for route in routes where route.method == .GET && route.path.first != .constant("api") {
            if route.path.isEmpty { hasRoot = true } else { router.register(true, at: route.path) }
        }
    }

    func parses(_ target: String) -> Bool {
        guard target.hasPrefix("/"), !target.hasPrefix("//"), target.utf8.count <= 2048,
            target.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) && $0 != "\\" && $0 != "#" })
        else { return false }
        let path = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        var components: [String] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            guard let decoded = String(part).removingPercentEncoding, !decoded.isEmpty || components.isEmpty,
                !decoded.contains("/"), decoded != "..", decoded != "."
            else { return false }
            if !decoded.isEmpty { components.append(decoded) }
        }
        if components.isEmpty { return hasRoot }
        var parameters = Parameters()
        return router.route(path: components, parameters: &parameters) == true
    }
}

extension Application {
    private struct PageRoutesKey: StorageKey { typealias Value = PageRoutes }

    /// The page routes, read when a redirect target comes from the request.
    var pageRoutes: PageRoutes {
        if let routes = storage[PageRoutesKey.self] { return routes }
        let routes = PageRoutes(self.routes.all)
        storage[PageRoutesKey.self] = routes
        return routes
    }
}

extension Request {
    /// The id in a path parameter, or 404 when it is missing or malformed.
    func id(_ name: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else { throw AppError.notFound }
        return id
    }
}
