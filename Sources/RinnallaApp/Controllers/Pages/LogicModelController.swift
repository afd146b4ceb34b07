import RinnallaCore
import Vapor

/// `/logic-models` and `/logic-models/{model}`: the operating models drawn as the seed
/// draws them (issue 17).
enum LogicModelController {
    static func list(req: Request) async throws -> Response {
        LogicModelViews.list(PageContext(req)).response()
    }

    static func show(_ model: OperatingModel) -> @Sendable (Request) async throws -> Response {
        { req in LogicModelViews.model(PageContext(req), LogicModels.model(model)).response() }
    }
}
