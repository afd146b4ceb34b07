import Fluent
import Foundation
import RinnallaCore
import Vapor

/// What a service needs of whoever calls it, without HTTP (issue 14, item 4): the
/// database, the logged-in user, the time, the language and who the audit rows name.
/// A controller builds it from the request (`req.caller`); a test or a command builds one
/// of its own. It holds no `Request`, so a service cannot reach into headers or the body.
struct Caller: Sendable {
    var db: any Database
    var user: CurrentUser?
    var now: Date
    var language: Language
    var auditActor: AuditActor
    /// The audit group commit; nil writes each row by itself.
    var auditBatcher: AuditBatcher?

    /// The logged-in user, or a 401 (as `Request.requireUser`).
    func requireUser() throws -> CurrentUser {
        guard let user else { throw AppError.unauthorized }
        return user
    }

    func t(_ key: L10nKey, _ arguments: [String: String] = [:]) -> String {
        Localizer.shared.text(key, language, arguments)
    }
}

extension Request {
    /// The service caller of this request.
    var caller: Caller {
        Caller(
            db: db, user: currentUser, now: now, language: language, auditActor: auditActor,
            auditBatcher: application.auditBatcher)
    }
}
