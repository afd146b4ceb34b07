import Fluent
import RinnallaCore
import Vapor

enum CalendarController {
    static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let feed = try await CalendarFeedService.current(for: user.id, on: req.db)
        return CalendarViews.page(
            PageContext(req, notice: Notice.from(req)), createdAt: feed?.createdAt, newURL: nil
        ).response()
    }

    /// Shows the new address once, in this response; only its hash is kept.
    static func create(req: Request) async throws -> Response {
        let token = try await CalendarFeedService.create(on: req.caller)
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        let html = CalendarViews.page(PageContext(req), createdAt: req.now, newURL: feedURL(token, on: req))
        return Response(status: .ok, headers: headers, body: .init(string: html.render()))
    }

    static func revoke(req: Request) async throws -> Response {
        try await CalendarFeedService.revoke(on: req.caller)
        return req.redirect(to: .account(.calendar), notice: .calendarRevoked)
    }

    /// `GET /calendar/<token>.ics`: public, the token is the credential.
    static func feed(req: Request) async throws -> Response {
        guard let name = req.text(.feed), name.hasSuffix(".ics"),
            let text = try await CalendarFeedService.calendar(
                token: String(name.dropLast(4)), publicURL: req.application.rinnallaConfig.publicURL, on: req.caller)
        else { throw AppError.notFound }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/calendar; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        headers.replaceOrAdd(name: "X-Robots-Tag", value: "noindex")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }

    static func feedURL(_ token: String, on req: Request) -> String {
        let base: String
        if let configured = req.application.rinnallaConfig.publicURL {
            base = configured.hasSuffix(SiteRoute.home.href) ? String(configured.dropLast()) : configured
        } else {
            let host = req.headers.first(name: .host) ?? "localhost"
            base = "\(req.application.rinnallaConfig.secureCookies ? "https" : "http")://\(host)"
        }
        return base + SiteRoute.calendarFeed(token + ".ics").href
    }
}
