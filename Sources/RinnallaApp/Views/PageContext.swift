import RinnallaCore
import Vapor

/// What every page needs to render the shared layout.
struct PageContext: Sendable {
    let language: Language
    let user: CurrentUser?
    let csrfToken: String
    let path: String
    var notice: String?

    init(_ request: Request, notice: L10nKey? = nil) {
        self.language = request.language
        self.user = request.currentUser
        self.csrfToken = request.currentUser?.session.csrfToken ?? request.loginCSRFToken
        self.path = request.url.path
        self.notice = notice.map { Localizer.shared.text($0, request.language) }
    }

    func t(_ key: L10nKey, _ arguments: [String: String] = [:]) -> String {
        Localizer.shared.text(key, language, arguments)
    }

    func date(_ date: Date) -> String { Formatting.date(date, language) }
    func dateTime(_ date: Date) -> String { Formatting.dateTime(date, language) }
}

private struct LoginCSRFKey: StorageKey { typealias Value = String }

extension Request {
    /// The double-submit token for forms shown before login; set as a cookie by the login page.
    var loginCSRFToken: String {
        if let existing = storage[LoginCSRFKey.self] { return existing }
        let token = cookies[CSRFMiddleware.loginCookieName]?.string ?? Secrets.token()
        storage[LoginCSRFKey.self] = token
        return token
    }
}

/// A form's problem: which field and what to say.
struct FieldError: Sendable {
    let field: String?
    let message: String
}
