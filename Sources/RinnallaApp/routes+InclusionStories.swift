import Vapor

/// Small success stories and the 24-question self-evaluation of an inclusion evaluation
/// (issue 6). `.manage` of the evaluation's unit is checked in the controllers through
/// `InclusionAccess` (outside the unit 404, in the unit without the capability 403).
/// Entry points: `/evaluations/:evaluationID/stories` and `/evaluations/:evaluationID/self-evaluations`.
func registerInclusionStoryRoutes(pages: any RoutesBuilder) {
    pages.page(.GET, .evaluation(.pattern, .stories), .unitData, use: InclusionStoryController.show)
    pages.page(.POST, .evaluation(.pattern, .storyPlan), .unitData, use: InclusionStoryController.savePlan)
    pages.page(.POST, .evaluation(.pattern, .storyThemes), .unitData, use: InclusionStoryController.addTheme)
    pages.page(.GET, .evaluation(.pattern, .newInterview), .unitData, use: InclusionStoryController.newInterview)
    pages.page(.POST, .evaluation(.pattern, .interviews), .unitData, use: InclusionStoryController.createInterview)
    pages.page(
        .GET, .evaluation(.pattern, .interview(.pattern)), .unitData, use: InclusionStoryController.showInterview)
    pages.page(
        .POST, .evaluation(.pattern, .interviewStories(.pattern)), .unitData, use: InclusionStoryController.createStory)
    pages.page(.POST, .evaluation(.pattern, .storyChosen(.pattern)), .unitData, use: InclusionStoryController.setChosen)

    pages.page(.GET, .evaluation(.pattern, .selfEvaluations), .unitData, use: InclusionSelfEvaluationController.list)
    pages.page(.GET, .evaluation(.pattern, .newSelfEvaluation), .unitData, use: InclusionSelfEvaluationController.new)
    pages.page(.POST, .evaluation(.pattern, .selfEvaluations), .unitData, use: InclusionSelfEvaluationController.create)
    pages.page(
        .GET, .evaluation(.pattern, .selfEvaluation(.pattern)), .unitData, use: InclusionSelfEvaluationController.show)
}
