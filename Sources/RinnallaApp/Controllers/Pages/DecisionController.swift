import Fluent
import Plot
import RinnallaCore
import Vapor

enum DecisionController {
    /// Preview fills in the generated text; save stores the decision.
    static func create(req: Request) async throws -> Response {
        let periodID = try req.id(.periodID)
        var input = DecisionForm(from: req)
        return try await rerenderOn422 {
            if req.field("action") == "preview" {
                let period = try await PeriodService.writable(periodID, on: req.caller)
                let prepared = try await DecisionService.prepare(input, periodID: periodID, on: req.db)
                input.text = prepared.generatedText
                return try await PeriodController.render(req, period: period, decisionForm: input)
            }
            _ = try await DecisionService.createRehabilitation(input, periodID: periodID, on: req.caller)
            return req.redirect(to: .period(periodID, .show), notice: .decisionSaved, fragment: "decisions")
        } render: { error in
            let period = try await PeriodService.find(periodID, for: try req.requireUser(), on: req.db)
            return try await PeriodController.render(
                req, period: period, decisionForm: input, decisionError: error, status: .unprocessableEntity
            )
        }
    }

    static func show(req: Request) async throws -> Response {
        try await render(req, action: .view)
    }

    /// The same page, recorded as a print.
    static func print(req: Request) async throws -> Response {
        try await render(req, action: .print)
    }

    private static func render(_ req: Request, action: AuditAction) async throws -> Response {
        let decision = try await DecisionService.view(try req.id(.decisionID), action: action, on: req.caller)
        let maker = try await User.find(decision.$createdBy.id, on: req.db)
        let model = DecisionViews.Page(
            id: try decision.requireID(), periodID: decision.$period.id, kind: decision.kind, number: decision.number,
            range: decision.range.map { "\($0.first.finnish) - \($0.last.finnish)" } ?? "",
            clientName: decision.client.name, text: decision.text, madeBy: maker?.name ?? "", madeAt: decision.createdAt
        )
        return DecisionViews.page(PageContext(req), model).response()
    }

    /// The decisions part of the period page.
    static func section(
        _ period: RehabilitationPeriod, context: PageContext, on req: Request, form: DecisionForm? = nil,
        error: AppError? = nil
    ) async throws -> Node<HTML.BodyContext> {
        let user = try req.requireUser()
        let periodID = try period.requireID()
        let decisions = try await DecisionService.decisions(ofPeriod: periodID, on: req.db)
        let ranges = decisions.filter { $0.kind == Decision.Kind.rehabilitation.rawValue && $0.isGranted }.compactMap(
            \.range)
        var shown = form
        if shown == nil, let next = DecisionRules.nextDecision(after: ranges, startingIfFirst: Day(req.now)) {
            var proposal = DecisionForm.blank
            proposal.firstDay = next.first.finnish
            proposal.lastDay = next.last.finnish
            // The decision text draws on the implementation plan and the client's main goals.
            if let plan = try await PeriodDocumentService.current(ofPeriod: periodID, on: req.db).plan {
                proposal.individualMeetings = String(plan.individualMeetings)
                proposal.groupSessions = String(plan.groupSessions)
            }
            let mainGoals = try await GoalService.entries(ofPeriod: periodID, on: req.db).filter { $0.level == .main }
            if !mainGoals.isEmpty { proposal.goals = mainGoals.map(\.current.text).joined(separator: "\n") }
            shown = proposal
        }
        let rows = decisions.compactMap { decision in
            decision.id.map {
                DecisionViews.Row(
                    id: $0, kind: decision.kind, number: decision.number,
                    range: decision.range.map { "\($0.first.finnish) - \($0.last.finnish)" } ?? "",
                    resolution: context.t(
                        decision.isGranted ? .decisionsResolutionPositive : .decisionsResolutionNegative))
            }
        }
        return DecisionViews.section(
            context, periodID: periodID, rows: rows, form: shown, isContinuation: !ranges.isEmpty,
            canDecide: period.isOpen && user.can(.makeDecisions, inUnit: period.$unit.id),
            error: error.map { AdminController.fieldError($0, context) })
    }
}
