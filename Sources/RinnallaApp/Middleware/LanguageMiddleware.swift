import RinnallaCore
import Vapor

/// Chooses the response language: the user's stored choice; before login a `?lang=`
/// choice (kept in a cookie), then `Accept-Language`; Finnish otherwise.
struct LanguageMiddleware: AsyncMiddleware {
    static let cookieName = "rinnalla_lang"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        var chosenByQuery: Language?
        if let user = request.currentUser {
            request.language = user.language
        } else if let language = PageLanguageQuery(query: request).language {
            request.language = language
            chosenByQuery = language
        } else if let code = request.cookies[Self.cookieName]?.string, let language = Language(code: code) {
            request.language = language
        } else {
            request.language =
                Language.preferred(acceptLanguage: request.headers.first(name: .acceptLanguage)) ?? .default
        }
        let response = try await next.respond(to: request)
        if let chosenByQuery, !request.setsNoCookies {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: chosenByQuery.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                isSecure: request.application.rinnallaConfig.secureCookies, isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }
}
