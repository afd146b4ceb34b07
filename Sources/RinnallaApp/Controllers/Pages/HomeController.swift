import RinnallaCore
import Vapor

enum HomeController {
    static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let context = PageContext(req, notice: Notice.from(req))
        let reminders =
            user.clientDataUnitIDs.isEmpty ? nil : try await WorkerDayService.sectionsHTML(context, on: req)
        // One indexed COUNT: referrals of the user's units waiting too long for their follow-up.
        let overdue =
            user.clientDataUnitIDs.isEmpty
            ? 0 : try await ReferralService.overdueCount(for: user, today: Day(req.now), on: req.db)
        return HomePage.render(context, user: user, remindersHTML: reminders, overdueReferrals: overdue).response()
    }
}
