import Vapor

/// For the anonymous inclusion survey (`/o/:token` and its JSON twin): the response sets
/// no cookie at all — no session, no CSRF token, no language choice — so nothing a
/// respondent's browser keeps ties their answer to them. The flag tells the app-wide
/// middleware (which wraps this one) not to add their cookies either.
struct NoCookiesMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.setsNoCookies = true
        // A logged-in staff member trying the link answers as nobody too.
        request.currentUser = nil
        let response = try await next.respond(to: request)
        response.headers.remove(name: .setCookie)
        return response
    }
}

private struct SetsNoCookiesKey: StorageKey { typealias Value = Bool }

extension Request {
    /// Set on routes that must not set any cookie (`NoCookiesMiddleware`).
    var setsNoCookies: Bool {
        get { storage[SetsNoCookiesKey.self] ?? false }
        set { storage[SetsNoCookiesKey.self] = newValue }
    }
}
