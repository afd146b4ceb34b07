import RinnallaCore
import Vapor

// The logic models of the three operating models (issue 17): the seed's tables as
// pages and JSON, for anyone logged in (they hold no client data). A unit's own
// adaptations and self-rating of each are unit data: outside the user's units 404; the
// unit's team lead records them, its evaluators and admins read them
// (`LogicModelAdaptationService.access`).

func registerLogicModelRoutes(pages: any RoutesBuilder, api: any RoutesBuilder) {
    pages.page(.GET, .logicModels, .user, use: LogicModelController.list)
    for model in OperatingModel.allCases {
        pages.page(.GET, .logicModel(model), .user, use: LogicModelController.show(model))
        pages.page(.GET, .unit(.pattern, .logicModel(model)), .unitData, use: LogicModelUnitController.show(model))
        pages.page(
            .POST, .unit(.pattern, .logicModelAdaptations(model)), .unitData,
            use: LogicModelUnitController.addAdaptation(model))
        pages.page(
            .GET, .unit(.pattern, .logicModelAdaptation(model, .pattern, .edit)), .unitData,
            use: LogicModelUnitController.editAdaptation(model))
        pages.page(
            .POST, .unit(.pattern, .logicModelAdaptation(model, .pattern, .show)), .unitData,
            use: LogicModelUnitController.updateAdaptation(model))
        pages.page(
            .POST, .unit(.pattern, .logicModelAdaptation(model, .pattern, .delete)), .unitData,
            use: LogicModelUnitController.deleteAdaptation(model))
        pages.page(
            .POST, .unit(.pattern, .logicModelRatings(model)), .unitData,
            use: LogicModelUnitController.setRatings(model))
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
