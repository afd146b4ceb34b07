import RinnallaCore
import Vapor

/// `/logic-models` and `/logic-models/{model}`: the operating models drawn as the seed
/// draws them (issue 17), each with links to the units' own pages the user may open.
enum LogicModelController {
    static func list(req: Request) async throws -> Response {
        LogicModelViews.list(PageContext(req)).response()
    }

    static func show(_ model: OperatingModel) -> @Sendable (Request) async throws -> Response {
        { req in
            let units = try await LogicModelAdaptationService.units(for: try req.requireUser(), on: req.db)
            return LogicModelViews.model(PageContext(req), LogicModels.model(model), units: units).response()
        }
    }
}
