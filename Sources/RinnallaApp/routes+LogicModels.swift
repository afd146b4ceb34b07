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
    // A unit's evidence is unit data: outside the user's units 404; in them, its team
    // leads, evaluators and admins (`LogicModelEvidenceService.check`).
    for model in OperatingModel.allCases {
        pages.page(.GET, .unit(.pattern, .evidence(model)), .unitData, use: EvidenceController.show(model))
        pages.page(.GET, .unit(.pattern, .evidenceExport(model)), .unitData, use: EvidenceController.export(model))
    }
    api.api(.GET, .unitEvidence(.pattern), .unitData, .getUnitEvidence, use: APIEvidenceController.unit)
}
