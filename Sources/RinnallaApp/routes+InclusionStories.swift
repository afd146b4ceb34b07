import Vapor

/// Small success stories and the 24-question self-evaluation of an inclusion evaluation
/// (issue 6). `.manage` of the evaluation's unit is checked in the controllers through
/// `InclusionAccess` (outside the unit 404, in the unit without the capability 403).
/// Entry points: `/evaluations/:evaluationID/stories` and `/evaluations/:evaluationID/self-evaluations`.
func registerInclusionStoryRoutes(pages: any RoutesBuilder) {
    let stories = pages.grouped("evaluations", ":evaluationID", "stories")
    stories.get(use: InclusionStoryController.show).access(.unitData)
    stories.post("plan", use: InclusionStoryController.savePlan).access(.unitData)
    stories.post("themes", use: InclusionStoryController.addTheme).access(.unitData)
    stories.get("interviews", "new", use: InclusionStoryController.newInterview).access(.unitData)
    stories.post("interviews", use: InclusionStoryController.createInterview).access(.unitData)
    stories.get("interviews", ":interviewID", use: InclusionStoryController.showInterview).access(.unitData)
    stories.post("interviews", ":interviewID", "stories", use: InclusionStoryController.createStory)
        .access(.unitData)
    stories.post(":storyID", "chosen", use: InclusionStoryController.setChosen).access(.unitData)

    let selfEvaluations = pages.grouped("evaluations", ":evaluationID", "self-evaluations")
    selfEvaluations.get(use: InclusionSelfEvaluationController.list).access(.unitData)
    selfEvaluations.get("new", use: InclusionSelfEvaluationController.new).access(.unitData)
    selfEvaluations.post(use: InclusionSelfEvaluationController.create).access(.unitData)
    selfEvaluations.get(":selfEvaluationID", use: InclusionSelfEvaluationController.show).access(.unitData)
}
