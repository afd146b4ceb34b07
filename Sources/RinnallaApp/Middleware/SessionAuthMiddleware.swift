import Fluent
import RinnallaCore
import Vapor

/// Finds the user from the session cookie (pages) or a bearer token (API). Does not
/// reject anything: `RequireUserMiddleware` does that for protected routes.
struct SessionAuthMiddleware: AsyncMiddleware {
    static let cookieName = "rinnalla_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.isAPI {
            if let token = request.headers.bearerAuthorization?.token {
                request.currentUser = try await SessionStore.user(forToken: token, kind: .api, on: request)
            }
        } else if let token = request.cookies[Self.cookieName]?.string {
            request.currentUser = try await SessionStore.user(forToken: token, kind: .browser, on: request)
            if request.currentUser == nil {
                request.sessionEnded = true
                let response = try await next.respond(to: request)
                if !request.setsNoCookies { response.cookies[Self.cookieName] = .expired }
                return response
            }
        }
        return try await next.respond(to: request)
    }
}

private struct SessionEndedKey: StorageKey { typealias Value = Bool }

extension Request {
    /// The browser sent a session cookie whose session has ended (idle time-out, logout
    /// elsewhere, deactivation), so the login page can say why.
    var sessionEnded: Bool {
        get { storage[SessionEndedKey.self] ?? false }
        set { storage[SessionEndedKey.self] = newValue }
    }
}

/// Rejects requests without a logged-in user: pages redirect to the login page, the API
/// answers 401. A user who must change their password can reach only that page.
struct RequireUserMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let user = request.currentUser else {
            if request.isAPI { throw AppError.unauthorized }
            let target = request.method == .GET ? request.url.path : "/"
            return request.redirect(
                to: .login, notice: request.sessionEnded ? .sessionExpired : nil, next: target)
        }
        if user.mustChangePassword {
            // Pages and the API alike: nothing but the password change (and logging out)
            // until the initial or reset password is replaced (issue 13, item 3).
            if request.isAPI {
                let allowed: Set<String> = ["GET /api/v1/me", "POST /api/v1/me/password", "DELETE /api/v1/auth/token"]
                guard allowed.contains("\(request.method.rawValue) \(request.url.path)") else {
                    throw AppError(
                        status: .forbidden, code: "password-change-required", key: .errorPasswordChangeRequired)
                }
            } else if ![SiteRoute.account(.password).href, SiteRoute.logout.href].contains(request.url.path) {
                return request.redirect(to: SiteRoute.account(.password).href)
            }
        }
        return try await next.respond(to: request)
    }
}

/// Lets through only users holding a role with `capability` (in any unit).
struct RequireCapabilityMiddleware: AsyncMiddleware {
    let capability: Capability

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let user = try request.requireUser()
        guard user.can(capability) else {
            try await AuditLog.append(
                .permissionDenied, detail: "\(request.method.rawValue) \(request.url.path)", on: request)
            throw AppError.forbidden
        }
        return try await next.respond(to: request)
    }
}

/// Checks the CSRF token of every state-changing page request: the session's token for
/// logged-in users, the login form's double-submit cookie before login. API calls carry
/// a bearer token instead of a cookie, so they cannot be forged cross-site.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "_csrf"
    static let loginCookieName = "rinnalla_csrf"
    /// `Route.userInfo` key of a larger body limit (bytes) than the default.
    static let maxBodySizeKey = "rinnalla.maxBodySize"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard !request.isAPI, ![.GET, .HEAD, .OPTIONS].contains(request.method) else {
            return try await next.respond(to: request)
        }
        // Middleware runs before the route collects the body; a form longer than one
        // network chunk would otherwise look as if it had no token.
        // A route that takes large uploads (the ESIS CSV import) says so in its user info.
        let limit =
            request.route?.userInfo[Self.maxBodySizeKey] as? Int ?? request.application.routes.defaultMaxBodySize.value
        _ = try await request.body.collect(max: limit).get()
        let sent =
            (try? request.content.get(String.self, at: Self.fieldName))
            ?? request.headers.first(name: "X-CSRF-Token")
        let expected = request.currentUser?.session.csrfToken ?? request.cookies[Self.loginCookieName]?.string
        guard let sent, let expected, !expected.isEmpty, Secrets.constantTimeEquals(sent, expected) else {
            throw AppError.csrf
        }
        return try await next.respond(to: request)
    }
}
