import Fluent
import RinnallaCore
import Vapor

/// The feedback link page's address after a new link is made (`?created=1`).
struct FeedbackLinkCreatedQuery: PageForm, Sendable {
    var created: String?

    enum CodingKeys: String, CodingKey {
        case created
    }
}

/// The group's feedback link and poster, results and report (staff), and the public
/// anonymous form at `/f/<token>`.
enum GroupFeedbackController {
    static func linkPage(req: Request) async throws -> Response {
        let group = try await GroupFeedbackService.readable(try req.id(.groupID), on: req.caller)
        let link = try await GroupFeedbackService.currentLink(ofGroup: try group.requireID(), on: req.db)
        var context = PageContext(req)
        if FeedbackLinkCreatedQuery(query: req).created != nil {
            context.notice = context.t(.groupfeedbackLinkCreated)
        }
        let ended = Day(iso: group.lastDay).map { $0 < Day(req.now) } ?? false
        return try GroupFeedbackViews.linkPage(
            context, group: group, link: link.map { GroupFeedbackService.publicURL($0.token, base: req.publicBaseURL) },
            ended: ended
        ).response()
    }

    static func newLink(req: Request) async throws -> Response {
        let groupID = try req.id(.groupID)
        _ = try await GroupFeedbackService.newLink(groupID, on: req.caller)
        return req.redirect(
            to: SiteRoute.group(groupID, .feedback).href([FeedbackLinkCreatedQuery.name(.created): "1"]))
    }

    static func results(req: Request) async throws -> Response {
        let (group, results) = try await GroupFeedbackService.view(try req.id(.groupID), on: req.caller)
        return GroupFeedbackResultsViews.page(PageContext(req), group: group, results: results).response()
    }

    static func report(req: Request) async throws -> Response {
        let (group, report) = try await GroupReportService.view(try req.id(.groupID), on: req.caller)
        return GroupReportViews.page(PageContext(req), group: group, report: report, today: Day(req.now)).response()
    }

    // MARK: Public form

    /// Public pages carry the link's token in their address: not cached, not indexed (the
    /// app-wide referrer policy keeps the address from other sites).
    static func publicResponse(_ response: Response, _ req: Request) -> Response {
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        response.headers.replaceOrAdd(name: "X-Robots-Tag", value: "noindex")
        return AuthController.withLoginCookie(response, req)
    }

    static func token(_ req: Request) throws -> String {
        guard let token = req.text(.token) else { throw AppError.notFound }
        return token
    }

    static func gone(_ req: Request, endedGroup: String?) -> Response {
        publicResponse(GroupFeedbackViews.gone(PageContext(req), endedGroup: endedGroup).response(.gone), req)
    }

    static func publicForm(req: Request) async throws -> Response {
        let token = try token(req)
        switch try await GroupFeedbackService.publicState(token, on: req.caller) {
        case .open(let group, _):
            return publicResponse(
                GroupFeedbackViews.form(PageContext(req), groupName: group.name, token: token).response(), req)
        case .ended(let group): return gone(req, endedGroup: group.name)
        case .retired: return gone(req, endedGroup: nil)
        }
    }

    static func publicSubmit(req: Request) async throws -> Response {
        let token = try token(req)
        let group: ActivityGroup
        switch try await GroupFeedbackService.publicState(token, on: req.caller) {
        case .open(let open, _): group = open
        case .ended(let ended): return gone(req, endedGroup: ended.name)
        case .retired: return gone(req, endedGroup: nil)
        }
        let values = GroupFeedbackForm(from: req)
        let page = try await pageOn422 {
            try await GroupFeedbackService.submit(
                group: group, good: values.good, change: values.change, rating: values.rating, on: req.caller)
        } render: { error in
            let context = PageContext(req)
            return publicResponse(
                GroupFeedbackViews.form(
                    context, groupName: group.name, token: token, values: values,
                    error: AdminController.fieldError(error, context)
                ).response(.unprocessableEntity), req)
        }
        if let page { return page }
        return publicResponse(GroupFeedbackViews.thanks(PageContext(req)).response(), req)
    }
}
