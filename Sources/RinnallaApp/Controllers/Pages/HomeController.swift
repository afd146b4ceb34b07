import RinnallaCore
import Vapor

enum HomeController {
    static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let context = PageContext(req, notice: Notice.from(req))
        let reminders =
            user.clientDataUnitIDs.isEmpty ? nil : try await WorkerDayService.sectionsHTML(context, on: req)
        return HomePage.render(context, user: user, remindersHTML: reminders).response()
    }
}
