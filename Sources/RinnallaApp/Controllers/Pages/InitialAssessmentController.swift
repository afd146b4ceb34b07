import Fluent
import Plot
import RinnallaCore
import Vapor

/// The initial assessment on a client's record: the list on the client's page, the form
/// (new and edit), the assessment's page and the way on to a service need assessment.
enum InitialAssessmentController {
    static func section(_ client: ClientRecord, user: CurrentUser, context: PageContext, on req: Request)
        async throws -> Node<HTML.BodyContext>
    {
        let clientID = try client.requireID()
        return InitialAssessmentViews.section(
            assessments: try await InitialAssessmentService.ofClient(clientID, on: req.db), clientID: clientID,
            canWrite: user.can(.writeClientData, inUnit: client.$unit.id), context: context)
    }

    static func consentInfo(_ consent: Consent?) -> InitialAssessmentViews.ConsentInfo? {
        consent.map { .init(day: ReferralViews.dayText($0.givenOn), recordedBy: $0.$recordedBy.value?.name ?? "–") }
    }

    static func renderNew(
        _ req: Request, client: ClientRecord, form: InitialAssessmentViews.Form, error: AppError?
    ) async throws -> Response {
        let clientID = try client.requireID()
        let consent = try await InitialAssessmentService.consent(ofClient: clientID, on: req.db)
        let context = PageContext(req)
        return InitialAssessmentViews.formPage(
            context, title: context.t(.assessmentNewTitle, ["name": client.name]),
            action: SiteRoute.client(clientID, .assessments).href,
            back: (client.name, SiteRoute.client(clientID, .show).href), form: form,
            consent: consentInfo(consent), askConsent: consent == nil,
            error: error.map { AdminController.fieldError($0, context) }
        ).response(error == nil ? .ok : .unprocessableEntity)
    }

    static func new(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let clientID = try req.id(.clientID)
        let client = try await ClientService.find(clientID, for: user, on: req.db)
        guard user.can(.writeClientData, inUnit: client.$unit.id) else { throw AppError.forbidden }
        _ = try await ClientService.view(clientID, recordType: "initial-assessment-form", on: req.caller)
        var form = InitialAssessmentViews.Form()
        form.day = Day(req.now).finnish
        form.consentDay = form.day
        form.draft.urgency = AssessmentUrgency.soon.rawValue
        return try await renderNew(req, client: client, form: form, error: nil)
    }

    static func create(req: Request) async throws -> Response {
        let clientID = try req.id(.clientID)
        let input = InitialAssessmentForm(from: req)
        return try await rerenderOn422 {
            let assessment = try await InitialAssessmentService.create(clientID: clientID, input, on: req.caller)
            return req.redirect(to: .assessment(try assessment.requireID(), .show), notice: .assessmentSaved)
        } render: { error in
            let client = try await ClientService.find(clientID, for: try req.requireUser(), on: req.db)
            return try await renderNew(req, client: client, form: input, error: error)
        }
    }

    static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let assessment = try await InitialAssessmentService.view(try req.id(.assessmentID), on: req.caller)
        let clientID = assessment.$client.id
        let consent = try await InitialAssessmentService.consent(ofClient: clientID, on: req.db)
        var deepen: InitialAssessmentViews.Deepen?
        if let open = try await PeriodService.periods(ofClient: clientID, on: req.db).first(where: \.isOpen) {
            deepen = .needMapping(periodID: try open.requireID())
        } else {
            deepen = .startPeriod(clientID: clientID, assessmentID: try assessment.requireID())
        }
        return InitialAssessmentViews.page(
            PageContext(req, notice: Notice.from(req)), assessment: assessment, consent: consentInfo(consent),
            canWrite: user.can(.writeClientData, inUnit: assessment.$unit.id), deepen: deepen
        ).response()
    }

    static func renderEdit(
        _ req: Request, assessment: InitialAssessment, form: InitialAssessmentViews.Form, error: AppError?
    ) -> Response {
        let context = PageContext(req)
        let id = assessment.id ?? .pattern
        return InitialAssessmentViews.formPage(
            context, title: context.t(.assessmentEditTitle, ["name": assessment.client.name]),
            action: SiteRoute.assessment(id, .show).href,
            back: (assessment.client.name, SiteRoute.assessment(id, .show).href), form: form,
            consent: nil, askConsent: false, error: error.map { AdminController.fieldError($0, context) }
        ).response(error == nil ? .ok : .unprocessableEntity)
    }

    static func edit(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let assessment = try await InitialAssessmentService.find(try req.id(.assessmentID), for: user, on: req.db)
        guard user.can(.writeClientData, inUnit: assessment.$unit.id) else { throw AppError.forbidden }
        try await AuditLog.append(
            .view, unitID: assessment.$unit.id, clientID: assessment.$client.id,
            recordType: "initial-assessment-edit", recordID: assessment.id?.uuidString, on: req)
        return renderEdit(req, assessment: assessment, form: .init(assessment), error: nil)
    }

    static func update(req: Request) async throws -> Response {
        let id = try req.id(.assessmentID)
        let input = InitialAssessmentForm(from: req)
        return try await rerenderOn422 {
            _ = try await InitialAssessmentService.update(id, input, on: req.caller)
            return req.redirect(to: .assessment(id, .show), notice: .assessmentSaved)
        } render: { error in
            let assessment = try await InitialAssessmentService.find(id, for: try req.requireUser(), on: req.db)
            return renderEdit(req, assessment: assessment, form: input, error: error)
        }
    }

    /// The assessment a period starts from (`?assessment=` on the period start page): the
    /// client's own, or nothing.
    static func startingPoint(_ req: Request, clientID: UUID) async throws -> InitialAssessment? {
        guard let id = PeriodStartQuery(query: req).assessment.flatMap(UUID.init(uuidString:)),
            let assessment = try await InitialAssessment.find(id, on: req.db), assessment.$client.id == clientID
        else { return nil }
        return assessment
    }
}
