import Plot
import Fluent
import RinnallaCore
import Vapor

enum PeriodController {
    static func new(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let client = try await ClientService.find(try req.id(.clientID), for: user, on: req.db)
        guard user.can(.writeClientData, inUnit: client.$unit.id) else { throw AppError.forbidden }
        let context = PageContext(req)
        // Deepening an initial assessment: it is shown beside the suitability check.
        let assessment = try await InitialAssessmentController.startingPoint(req, clientID: try client.requireID())
        if let assessment {
            try await AuditLog.append(
                .view, unitID: assessment.$unit.id, clientID: assessment.$client.id, recordType: "initial-assessment",
                recordID: assessment.id?.uuidString, detail: "period-start", on: req)
        }
        return PeriodPages.start(
            context, clientID: try client.requireID(), clientName: client.name, check: .init(),
            before: assessment.map { InitialAssessmentViews.summary($0, context) } ?? .empty
        ).response()
    }

    static func create(req: Request) async throws -> Response {
        let clientID = try req.id(.clientID)
        let check = SuitabilityForm(from: req).check
        return try await rerenderOn422 {
            let period = try await PeriodService.start(clientID: clientID, suitability: check, on: req.caller)
            return req.redirect(to: .period(try period.requireID(), .show), notice: .periodStarted)
        } render: { error in
            let user = try req.requireUser()
            let client = try await ClientService.find(clientID, for: user, on: req.db)
            let context = PageContext(req)
            return PeriodPages.start(
                context, clientID: clientID, clientName: client.name, check: check,
                error: AdminController.fieldError(error, context)
            ).response(.unprocessableEntity)
        }
    }

    static func show(req: Request) async throws -> Response {
        let period = try await PeriodService.view(try req.id(.periodID), on: req.caller)
        return try await render(req, period: period)
    }

    /// The period page, optionally with a decision form being filled in.
    static func render(
        _ req: Request, period: RehabilitationPeriod, decisionForm: DecisionForm? = nil,
        decisionError: AppError? = nil, meetingForm: MeetingForm? = nil,
        seriesForm: MeetingSeriesForm? = nil,
        meetingError: AppError? = nil, allowanceError: AppError? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let user = try req.requireUser()
        if period.$client.value == nil { try await period.$client.load(on: req.db) }
        let context = PageContext(req, notice: Notice.from(req))
        var sections: [Node<HTML.BodyContext>] = []
        sections.append(
            try await DecisionController.section(
                period, context: context, on: req, form: decisionForm, error: decisionError))
        sections.append(
            try await MeetingController.section(
                period, context: context, on: req, form: meetingForm, series: seriesForm, error: meetingError))
        sections.append(try await GroupPeriodSection.section(period, context: context, on: req))
        sections.append(try await AllowanceController.section(period, context: context, on: req, error: allowanceError))
        sections.append(try await SelfAssessmentController.section(period, context: context, on: req))
        let model = PeriodPages.Model(
            id: try period.requireID(), clientID: period.$client.id, clientName: period.client.name,
            isOpen: period.isOpen, canWrite: user.can(.writeClientData, inUnit: period.$unit.id),
            phase: period.currentPhase, suitability: period.suitability,
            steps: try PeriodStepController.model(
                req, period, try await PeriodStepService.states(of: period, on: req.db)),
            sections: sections)
        return PeriodPages.page(context, model).response(status)
    }

    static func setPhase(req: Request) async throws -> Response {
        let id = try req.id(.periodID)
        try await PeriodService.setPhase(id, PeriodPhaseForm(from: req), on: req.caller)
        return req.redirect(to: .period(id, .show), notice: .phaseChanged)
    }
}
