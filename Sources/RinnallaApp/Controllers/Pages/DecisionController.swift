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
            if input.action == .preview {
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

    /// The same page, recorded as a print; refused (409, with the reason) until the
    /// organisation has confirmed its review instructions (issue 15).
    static func print(req: Request) async throws -> Response {
        try await render(req, action: .print)
    }

    /// The unofficial English courtesy copy, made from the decision's details.
    static func english(req: Request) async throws -> Response {
        let decision = try await DecisionService.view(try req.id(.decisionID), on: req.caller)
        let range = decision.range ?? DayRange(Day(req.now), Day(req.now))
        let details = decision.details
        let text: String
        switch decision.documentKind {
        case .rehabilitation:
            let settings = try await OrganisationSettings.load(on: req.db)
            text = DecisionCourtesyCopy.rehabilitation(
                .init(
                    range: range, individualMeetings: details.individualMeetings ?? 0,
                    groupSessions: details.groupSessions ?? 0,
                    allowanceCentsPerDay: ActivityAllowance.rate(on: range.first, rates: settings.allowanceRates)
                        ?? 900,
                    goals: details.goals ?? [], isContinuation: decision.isContinuation,
                    resolution: decision.isGranted ? .positive : .negative, opinionHeard: decision.opinionHeard))
        case .travelTicket:
            text = DecisionCourtesyCopy.travelTicket(
                .init(range: range, zones: details.zones ?? "", discount: details.discount))
        case .allowance:
            text = DecisionCourtesyCopy.allowance(
                month: range, activityDays: (details.activityDays ?? []).compactMap { Day(iso: $0) },
                totalCents: decision.amountCents ?? 0)
        }
        return DecisionViews.englishCopy(
            PageContext(req), id: try decision.requireID(), kind: decision.documentKind, number: decision.number,
            range: range, clientName: decision.client.name, text: text
        ).response()
    }

    private static func render(_ req: Request, action: AuditAction) async throws -> Response {
        let user = try req.requireUser()
        let decisionID = try req.id(.decisionID)
        let frame = try await DecisionFrameSettings.load(on: req.db)
        let canConfirm = user.can(.manageUsers)
        if action == .print, !frame.isConfirmed {
            // Checked before anything is read: the refusal shows no client data and prints nothing.
            guard let decision = try await Decision.find(decisionID, on: req.db),
                user.can(.readClientData, inUnit: decision.$unit.id)
            else { throw AppError.notFound }
            return DecisionViews.printRefused(PageContext(req), periodID: decision.$period.id, canConfirm: canConfirm)
                .response(.conflict)
        }
        let decision = try await DecisionService.view(decisionID, action: action, on: req.caller)
        let maker = try await User.find(decision.$createdBy.id, on: req.db)
        var replaces: String?
        if let correctsID = decision.correctsID {
            replaces = try await Decision.find(correctsID, on: req.db)?.number
        }
        let model = DecisionViews.Page(
            id: try decision.requireID(), periodID: decision.$period.id, kind: decision.documentKind,
            rawKind: decision.kind, number: decision.number, language: decision.decisionLanguage,
            range: decision.range, decidedAt: decision.createdAt, isGranted: decision.isGranted, replaces: replaces,
            clientName: decision.client.name, identityCode: decision.client.identityCode,
            birthDate: decision.client.birthDate.flatMap { Day(iso: $0) }, text: decision.text,
            makerName: maker?.name ?? "", makerEmail: maker?.email ?? "", frame: frame, canConfirm: canConfirm)
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
        let language = try await DecisionService.language(ofPeriod: periodID, on: req.db)
        let ranges = decisions.filter { $0.kind == Decision.Kind.rehabilitation.rawValue && $0.isGranted }.compactMap(
            \.range)
        var shown = form
        if shown == nil, let next = DecisionRules.nextDecision(after: ranges, startingIfFirst: Day(req.now)) {
            var proposal = DecisionForm.blank
            proposal.opinionMethod = DecisionTexts.opinionMethodDefault(language)
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
            context, periodID: periodID, rows: rows, form: shown, language: language, isContinuation: !ranges.isEmpty,
            canDecide: period.isOpen && user.can(.makeDecisions, inUnit: period.$unit.id),
            error: error.map { AdminController.fieldError($0, context) })
    }
}
