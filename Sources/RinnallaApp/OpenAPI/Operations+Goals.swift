import OpenAPIKit

extension APIOperation {
    /// POST /api/v1/periods/{periodID}/goals
    static let createGoal = APIOperation(
        "createGoal", "Add a goal; a sub-goal needs a main goal as parent, an everyday change a sub-goal", tag: "goals",
        request: APIGoalController.NewGoalRequest.self, response: APIGoalController.GoalDTO.self, status: 201,
        links: [.to(.getGoal, "goalID"), .to(.reviseGoal, "goalID"), .to(.suggestPlaceForGoal, "goalID")])
    /// GET /api/v1/goals/{goalID}
    static let getGoal = APIOperation(
        "getGoal", "One goal with every version", tag: "goals", response: APIGoalController.GoalDTO.self)
    /// GET /api/v1/periods/{periodID}/goals
    static let listGoals = APIOperation(
        "listGoals", "The period's goals (main goal → sub-goals → everyday changes) with every version", tag: "goals",
        response: [APIGoalController.GoalDTO].self)
    /// DELETE /api/v1/goals/{goalID}/places/{placeID}
    static let removePlaceFromGoal = APIOperation(
        "removePlaceFromGoal", "Remove a suggested place from the goal", tag: "goals", status: 204)
    /// POST /api/v1/goals/{goalID}/versions
    static let reviseGoal = APIOperation(
        "reviseGoal", "Revise a goal: adds a version, earlier ones are kept", tag: "goals",
        request: APIGoalController.GoalRevisionRequest.self, response: APIGoalController.GoalDTO.self, status: 201)
    /// POST /api/v1/goals/{goalID}/places
    static let suggestPlaceForGoal = APIOperation(
        "suggestPlaceForGoal",
        "Suggest a place in use for the goal (the goal's unit and an open period, as for revising the goal). An unknown or already suggested place is refused (422, `error.field` = `placeID`).",
        tag: "goals", request: APIPlaceController.GoalPlaceRequest.self, response: APIGoalController.GoalDTO.self,
        status: 201)
}
