import OpenAPIKit

extension APIOperation {
    /// GET /api/v1/logic-models
    static let listLogicModels = APIOperation(
        "listLogicModels",
        "The logic models of social rehabilitation, low-threshold social work and outreach work (THL's effective operating models): operating environment and actors, resources, core elements with their content, mechanisms, outcomes and examples of local adaptations. Each item in the user's language with its Finnish source wording (`fi`); Swedish and English are the team's translations (`translated` true).",
        tag: "logic-models", response: [APILogicModelController.ModelDTO].self)
}
