import Fluent
import RinnallaCore
import Vapor

/// `/evaluations/:evaluationID/stories…`: Small success stories. Every route needs
/// `.manage` of the evaluation's unit (checked before any input is read).
enum InclusionStoryController {
    static func evaluation(_ req: Request) async throws -> InclusionEvaluation {
        try await InclusionAccess.evaluation(try req.id(.evaluationID), .manage, on: req.caller)
    }

    static func model(_ evaluation: InclusionEvaluation, on req: Request) async throws -> InclusionStoryViews.Model {
        let id = try evaluation.requireID()
        return InclusionStoryViews.Model(
            evaluation: evaluation, plan: try await InclusionStoryService.plan(of: id, on: req.db),
            themes: try await InclusionStoryService.themes(of: id, on: req.db),
            interviews: try await InclusionStoryService.interviews(of: id, on: req.db),
            stories: try await InclusionStoryService.stories(of: id, on: req.db))
    }

    static func notice(_ req: Request, _ context: PageContext) -> String? {
        switch req.query[String.self, at: "notice"] {
        case "plan-saved": context.t(.storiesPlanSaved)
        case "theme-added": context.t(.storiesThemeAdded)
        case "interview-saved": context.t(.storiesInterviewSaved)
        case "story-saved": context.t(.storiesStorySaved)
        case "choice-saved": context.t(.storiesChoiceSaved)
        default: nil
        }
    }

    /// The stepper page; the read of the interviews and stories is audited.
    static func show(req: Request) async throws -> Response {
        let evaluation = try await evaluation(req)
        let model = try await model(evaluation, on: req)
        try await AuditLog.append(
            .view, unitID: evaluation.$unit.id, recordType: "inclusion-stories",
            recordID: try evaluation.requireID().uuidString, on: req)
        var context = PageContext(req)
        context.notice = notice(req, context)
        return InclusionStoryViews.page(context, model).response()
    }

    static func savePlan(req: Request) async throws -> Response {
        let evaluation = try await evaluation(req)
        let input = StoryPlanForm(from: req)
        return try await rerenderOn422 {
            try await InclusionStoryService.savePlan(input, evaluation: evaluation, on: req.caller)
            return req.redirect(
                to: SiteRoute.evaluation(try evaluation.requireID(), .stories).href(
                    ["notice": "plan-saved"], fragment: "step-valmistelu"))
        } render: { error in
            let context = PageContext(req)
            return InclusionStoryViews.page(
                context, try await model(evaluation, on: req), planForm: input,
                error: InclusionGuideText.fieldError(error, context)
            ).response(.unprocessableEntity)
        }
    }

    static func addTheme(req: Request) async throws -> Response {
        let evaluation = try await evaluation(req)
        let input = StoryThemeForm(from: req)
        return try await rerenderOn422 {
            try await InclusionStoryService.addTheme(input, evaluation: evaluation, on: req.caller)
            return req.redirect(
                to: SiteRoute.evaluation(try evaluation.requireID(), .stories).href(
                    ["notice": "theme-added"], fragment: "step-valmistelu"))
        } render: { error in
            let context = PageContext(req)
            return InclusionStoryViews.page(
                context, try await model(evaluation, on: req),
                themeForm: input,
                error: InclusionGuideText.fieldError(error, context)
            ).response(.unprocessableEntity)
        }
    }

    static func newInterview(req: Request) async throws -> Response {
        let evaluation = try await evaluation(req)
        let themes = try await InclusionStoryService.themes(of: try evaluation.requireID(), on: req.db)
        var form = InclusionInterviewViews.Form()
        form.activity = evaluation.activityName
        form.interviewer = try req.requireUser().name
        form.day = Day(req.now).finnish
        return InclusionInterviewViews.newPage(
            PageContext(req), evaluation: evaluation, themes: themes, form: form, error: nil
        ).response()
    }

    static func createInterview(req: Request) async throws -> Response {
        let evaluation = try await evaluation(req)
        let themes = try await InclusionStoryService.themes(of: try evaluation.requireID(), on: req.db)
        var input = InterviewForm(from: req)
        // Only the evaluation's themes are read, as the form shows them.
        let keys = Set(themes.map(\.key))
        input.notes = input.notes.filter { keys.contains($0.key) }
        return try await rerenderOn422 {
            let interview = try await InclusionStoryService.createInterview(
                input, evaluation: evaluation, on: req.caller)
            return req.redirect(
                to:
                    SiteRoute.evaluation(try evaluation.requireID(), .interview(try interview.requireID())).href([
                        "notice": "interview-saved"
                    ])
            )
        } render: { error in
            let context = PageContext(req)
            return InclusionInterviewViews.newPage(
                context, evaluation: evaluation, themes: themes, form: input,
                error: InclusionGuideText.fieldError(error, context)
            ).response(.unprocessableEntity)
        }
    }

    static func interviewPage(
        _ req: Request, evaluation: InclusionEvaluation, interview: InclusionInterview,
        form: InclusionInterviewViews.StoryForm = .init(), error: AppError? = nil
    ) async throws -> Response {
        let evaluationID = try evaluation.requireID()
        let all = try await InclusionStoryService.stories(of: evaluationID, on: req.db)
        var context = PageContext(req)
        context.notice = notice(req, context)
        let errorNode = error.map { InclusionGuideText.fieldError($0, context) }
        return InclusionInterviewViews.page(
            context, evaluation: evaluation, interview: interview,
            themes: try await InclusionStoryService.themes(of: evaluationID, on: req.db),
            stories: all.filter { $0.$interview.id == interview.id }, codes: InclusionStoryService.codes(all),
            form: form, error: errorNode
        ).response(error == nil ? .ok : .unprocessableEntity)
    }

    static func showInterview(req: Request) async throws -> Response {
        let evaluation = try await evaluation(req)
        let interview = try await InclusionStoryService.interview(
            try req.id(.interviewID), of: evaluation, on: req.caller)
        return try await interviewPage(req, evaluation: evaluation, interview: interview)
    }

    static func createStory(req: Request) async throws -> Response {
        let evaluation = try await evaluation(req)
        let interview = try await InclusionStoryService.interview(
            try req.id(.interviewID), of: evaluation, on: req.caller)
        let input = StoryForm(from: req)
        return try await rerenderOn422 {
            _ = try await InclusionStoryService.createStory(
                input, interview: interview, evaluation: evaluation, on: req.caller)
            return req.redirect(
                to: SiteRoute.evaluation(try evaluation.requireID(), .interview(try interview.requireID())).href([
                    "notice": "story-saved"
                ])
            )
        } render: { error in
            return try await interviewPage(req, evaluation: evaluation, interview: interview, form: input, error: error)
        }
    }

    static func setChosen(req: Request) async throws -> Response {
        let evaluation = try await evaluation(req)
        let story = try await InclusionStoryService.setChosen(
            try req.id(.storyID), StoryChoiceForm(from: req).chosen == "true", evaluation: evaluation, on: req.caller)
        return req.redirect(
            to: SiteRoute.evaluation(try evaluation.requireID(), .stories).href(
                ["notice": "choice-saved"], fragment: "story-\(try story.requireID())"))
    }
}
