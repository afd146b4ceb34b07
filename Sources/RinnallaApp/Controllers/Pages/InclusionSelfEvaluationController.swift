import Fluent
import RinnallaCore
import Vapor

/// `/evaluations/:evaluationID/self-evaluations…`: the team's self-evaluation with the 24
/// auxiliary questions. Every route needs `.manage` of the evaluation's unit.
enum InclusionSelfEvaluationController {
    static func list(req: Request) async throws -> Response {
        let evaluation = try await InclusionStoryController.evaluation(req)
        let rounds = try await InclusionSelfEvaluationService.rounds(of: try evaluation.requireID(), on: req.db)
        return AuxiliaryQuestionViews.listPage(PageContext(req), evaluation: evaluation, rounds: rounds).response()
    }

    static func new(req: Request) async throws -> Response {
        let evaluation = try await InclusionStoryController.evaluation(req)
        var form = AuxiliaryQuestionViews.Form()
        form.day = Day(req.now).finnish
        return AuxiliaryQuestionViews.formPage(PageContext(req), evaluation: evaluation, form: form, error: nil)
            .response()
    }

    static func create(req: Request) async throws -> Response {
        let evaluation = try await InclusionStoryController.evaluation(req)
        let input = SelfEvaluationForm(from: req)
        return try await rerenderOn422 {
            let round = try await InclusionSelfEvaluationService.create(input, evaluation: evaluation, on: req.caller)
            return req.redirect(
                to: SiteRoute.evaluation(try evaluation.requireID(), .selfEvaluation(try round.requireID())).href([
                    "notice": "saved"
                ]))
        } render: { error in
            let context = PageContext(req)
            return AuxiliaryQuestionViews.formPage(
                context, evaluation: evaluation, form: input, error: InclusionGuideText.fieldError(error, context)
            ).response(.unprocessableEntity)
        }
    }

    /// A round beside an earlier one: the one chosen with `?compare=`, or the one before it.
    static func show(req: Request) async throws -> Response {
        let evaluation = try await InclusionStoryController.evaluation(req)
        let id = try req.id(.selfEvaluationID)
        let rounds = try await InclusionSelfEvaluationService.rounds(of: try evaluation.requireID(), on: req.db)
        guard let index = rounds.firstIndex(where: { $0.id == id }) else { throw AppError.notFound }
        let round = rounds[index]
        var earlier = index > 0 ? rounds[index - 1] : nil
        if let compare = SelfEvaluationCompareQuery(query: req).compare.flatMap(UUID.init(uuidString:)),
            let chosen = rounds.first(where: { $0.id == compare && $0.id != id })
        {
            earlier = chosen
        }
        try await AuditLog.append(
            .view, unitID: evaluation.$unit.id, recordType: "inclusion-self-evaluation", recordID: id.uuidString,
            on: req)
        var context = PageContext(req)
        if req.query[String.self, at: "notice"] == "saved" { context.notice = context.t(.auxqSaved) }
        return AuxiliaryQuestionViews.roundPage(
            context, evaluation: evaluation, round: round, earlier: earlier, rounds: rounds
        ).response()
    }
}
