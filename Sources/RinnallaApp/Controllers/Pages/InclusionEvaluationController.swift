import Fluent
import RinnallaCore
import Vapor

/// `/evaluations`: inclusion evaluations of the user's units and their collection rounds.
enum InclusionEvaluationController {
    static func list(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let evaluations = try await InclusionEvaluationService.list(for: user, on: req.db)
        let names = Dictionary(user.units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var context = PageContext(req)
        if req.query[String.self, at: "notice"] != nil { context.notice = context.t(.surveySaved) }
        return InclusionEvaluationViews.list(
            context, evaluations: evaluations, unitNames: names,
            canCreate: !InclusionAccess.units(user, .manage).isEmpty
        ).response()
    }

    static func renderNew(
        _ req: Request, form: InclusionEvaluationViews.Form, error: FieldError?, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let user = try req.requireUser()
        let units = InclusionAccess.units(user, .manage)
        guard !units.isEmpty else { throw AppError.forbidden }
        let groups = try await InclusionEvaluationService.groups(inUnits: units.map(\.id), on: req.db)
        return InclusionEvaluationViews.newPage(
            PageContext(req), units: units, groups: groups, form: form, error: error
        )
        .response(status)
    }

    static func new(req: Request) async throws -> Response {
        try await renderNew(req, form: .init(), error: nil)
    }

    static func create(req: Request) async throws -> Response {
        let form = InclusionEvaluationForm(from: req)
        return try await rerenderOn422 {
            let evaluation = try await InclusionEvaluationService.create(form, on: req.caller)
            return req.redirect(to: SiteRoute.evaluation(try evaluation.requireID(), .show).href(["notice": "saved"]))
        } render: { error in
            return try await renderNew(
                req, form: form, error: AdminController.fieldError(error, PageContext(req)),
                status: .unprocessableEntity)
        }
    }

    static func render(
        _ req: Request, evaluation: InclusionEvaluation, roundForm: InclusionEvaluationViews.RoundForm = .init(),
        error: FieldError? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let user = try req.requireUser()
        let evaluationID = try evaluation.requireID()
        let rounds = try await InclusionEvaluationService.summaries(of: evaluationID, today: Day(req.now), on: req.db)
        let unitName = user.units.first { $0.id == evaluation.$unit.id }?.name ?? ""
        let groupName: String? =
            if let groupID = evaluation.$group.id { try await ActivityGroup.find(groupID, on: req.db)?.name } else {
                nil
            }
        var context = PageContext(req)
        if req.query[String.self, at: "notice"] != nil { context.notice = context.t(.surveySaved) }
        return InclusionEvaluationViews.page(
            context, evaluation: evaluation, unitName: unitName, groupName: groupName, rounds: rounds,
            canManage: InclusionAccess.allows(user, .manage, inUnit: evaluation.$unit.id), roundForm: roundForm,
            error: error
        ).response(status)
    }

    static func show(req: Request) async throws -> Response {
        let evaluation = try await InclusionAccess.evaluation(try req.id(.evaluationID), .viewResults, on: req.caller)
        return try await render(req, evaluation: evaluation)
    }

    static func addRound(req: Request) async throws -> Response {
        let evaluationID = try req.id(.evaluationID)
        let form = InclusionRoundForm(from: req)
        return try await rerenderOn422 {
            let round = try await InclusionEvaluationService.addRound(form.input, to: evaluationID, on: req.caller)
            return req.redirect(to: SiteRoute.round(try round.requireID(), .show).href(["notice": "saved"]))
        } render: { error in
            let evaluation = try await InclusionAccess.evaluation(evaluationID, .manage, on: req.caller)
            return try await render(
                req, evaluation: evaluation,
                roundForm: form,
                error: AdminController.fieldError(error, PageContext(req)), status: .unprocessableEntity)
        }
    }
}
