import RinnallaCore
import Vapor

/// An error the user can act on, with a localised message and the field it concerns.
struct AppError: AbortError, Sendable {
    var status: HTTPResponseStatus
    var code: String
    var key: L10nKey
    var arguments: [String: String] = [:]
    var field: String?
    /// Headers the answer carries, e.g. `Allow` on a 405.
    var headers: HTTPHeaders = [:]

    var reason: String { Localizer.shared.text(key, .en, arguments) }

    static func invalid(_ key: L10nKey, field: String?, arguments: [String: String] = [:]) -> AppError {
        AppError(status: .unprocessableEntity, code: "invalid", key: key, arguments: arguments, field: field)
    }

    static let notFound = AppError(status: .notFound, code: "not-found", key: .errorNotFound)
    static let unauthorized = AppError(status: .unauthorized, code: "unauthorized", key: .errorUnauthorized)
    static let forbidden = AppError(status: .forbidden, code: "forbidden", key: .errorForbidden)
    static let csrf = AppError(status: .forbidden, code: "csrf", key: .errorCsrf)
    static let conflict = AppError(status: .conflict, code: "conflict", key: .errorConflict)
}
