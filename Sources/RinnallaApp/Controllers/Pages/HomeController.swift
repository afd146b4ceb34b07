import Vapor

enum HomeController {
    static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        return HomePage.render(PageContext(req, notice: Notice.from(req)), user: user).response()
    }
}
