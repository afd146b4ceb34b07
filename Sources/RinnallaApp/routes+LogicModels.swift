import RinnallaCore
import Vapor

// The logic models of the three operating models (issue 17): the seed's tables as
// pages and JSON, for anyone logged in (they hold no client data).

func registerLogicModelRoutes(pages: any RoutesBuilder, api: any RoutesBuilder) {
    pages.page(.GET, .logicModels, .user, use: LogicModelController.list)
    for model in OperatingModel.allCases {
        pages.page(.GET, .logicModel(model), .user, use: LogicModelController.show(model))
    }
    api.api(.GET, .logicModels, .user, .listLogicModels, use: APILogicModelController.list)
}
