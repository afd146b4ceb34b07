import Vapor

enum HomeController {
    static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let reminders = user.clientDataUnitIDs.isEmpty ? nil : try await WorkerDayService.view(on: req)
        return HomePage.render(PageContext(req, notice: Notice.from(req)), user: user, reminders: reminders).response()
    }
}
