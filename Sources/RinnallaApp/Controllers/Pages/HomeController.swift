import Plot
import RinnallaCore
import Vapor

enum HomeController {
    static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let context = PageContext(req, notice: Notice.from(req))
        let reminders =
            user.clientDataUnitIDs.isEmpty ? nil : try await sectionsHTML(context, on: req)
        return HomePage.render(context, user: user, remindersHTML: reminders).response()
    }

    /// The home page's reminder sections and its count of referrals waiting for their
    /// follow-up, rendered. Kept in the page cache under the
    /// session, language, day and the versions of the user's units and shared data: the
    /// lists cost tens of queries, and a worker comes back to this page all day. Every
    /// view is audited, cached or not, with the clients the page shows.
    private static func sectionsHTML(_ context: PageContext, on request: Request) async throws -> String {
        let user = try request.requireUser()
        let now = request.now
        let build = { () async throws -> RenderCache.Entry in
            let reminders = try await WorkerDayService.reminders(for: user, now: now, on: request.db)
            // Referrals are rows of the user's units too, so the count keeps as long as the part.
            let overdue = try await ReferralService.overdueCount(for: user, today: Day(now), on: request.db)
            let html = Node<HTML.BodyContext>.group(
                WorkerDayViews.sections(context, reminders), HomePage.overdueReferrals(context, count: overdue))
            return .init(html: html.render(), auditDetail: reminders.auditDetail)
        }
        let cache = request.application.renderCache
        let entry: RenderCache.Entry
        if cache.isEnabled {
            let scopes =
                [DataVersions.Scope.global]
                + user.clientDataUnitIDs.sorted { $0.uuidString < $1.uuidString }
                .map { .unit($0) }
            let stamp = try await DataVersions.stamp(scopes, for: request)
            let key = "home|\(user.id)|\(user.session.id)|\(context.language.rawValue)|\(Day(now).iso)|\(stamp)"
            entry = try await cache.fetch(key, on: request, build: build)
        } else {
            entry = try await build()
        }
        try await AuditLog.append(
            .view, recordType: "worker-reminders", recordID: user.id.uuidString, detail: entry.auditDetail, on: request)
        return entry.html
    }
}
