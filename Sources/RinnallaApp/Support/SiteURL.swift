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

    /// Only local paths are accepted as a post-login target (no open redirect).
    static func safeNext(_ value: String?) -> String {
        guard let value, value.hasPrefix("/"), !value.hasPrefix("//"), !value.contains("\\") else { return "/" }
        return value
    }
}

extension Request {
    /// The id in a path parameter, or 404 when it is missing or malformed.
    func id(_ name: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else { throw AppError.notFound }
        return id
    }
}
