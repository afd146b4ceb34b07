import Fluent
import RinnallaCore
import Vapor

/// The organisation's own client feedback (issue 17): the public form `/p/<token>`, the
/// unit's links and paper forms, and the admin's questions.
enum ClientFeedbackController {
    // MARK: Public form

    static func publicForm(req: Request) async throws -> Response {
        let token = try GroupFeedbackController.token(req)
        switch try await ClientFeedbackService.publicState(token, on: req.db) {
        case .open(_, let feedback):
            let questions = try await ClientFeedbackService.questions(feedback, on: req.db)
            return GroupFeedbackController.publicResponse(
                ClientFeedbackViews.form(
                    PageContext(req), feedback: feedback, questions: questions,
                    action: SiteRoute.clientFeedbackForm(token).href
                ).response(), req)
        case .retired:
            return GroupFeedbackController.publicResponse(
                ClientFeedbackViews.gone(PageContext(req)).response(.gone), req)
        }
    }

    static func publicSubmit(req: Request) async throws -> Response {
        let token = try GroupFeedbackController.token(req)
        guard case .open(let link, let feedback) = try await ClientFeedbackService.publicState(token, on: req.db) else {
            return GroupFeedbackController.publicResponse(
                ClientFeedbackViews.gone(PageContext(req)).response(.gone), req)
        }
        let form = ClientFeedbackForm(from: req)
        let page = try await pageOn422 {
            try await ClientFeedbackService.submit(
                unitID: link.$unit.id, context: feedback, form: form, source: .link, on: req.caller)
        } render: { error in
            let context = PageContext(req)
            let questions = try await ClientFeedbackService.questions(feedback, on: req.db)
            return GroupFeedbackController.publicResponse(
                ClientFeedbackViews.form(
                    context, feedback: feedback, questions: questions, action: SiteRoute.clientFeedbackForm(token).href,
                    values: form, error: AdminController.fieldError(error, context)
                ).response(.unprocessableEntity), req)
        }
        if let page { return page }
        return GroupFeedbackController.publicResponse(ClientFeedbackViews.thanks(PageContext(req)).response(), req)
    }

    // MARK: The unit's page

    static func unitPage(req: Request) async throws -> Response {
        let unitID = try req.id(.unitID)
        try ClientFeedbackService.checkStaff(unitID, on: req.caller)
        guard let unit = try await OrgUnit.find(unitID, on: req.db) else { throw AppError.notFound }
        let links = try await ClientFeedbackService.currentLinks(unitID: unitID, on: req.db).mapValues {
            ClientFeedbackService.publicURL($0.token, base: req.publicBaseURL)
        }
        var context = PageContext(req)
        let notice = ClientFeedbackNoticeQuery(query: req)
        if notice.created != nil { context.notice = context.t(.clientfeedbackLinkCreated) }
        if notice.saved != nil { context.notice = context.t(.clientfeedbackPaperSaved) }
        return try ClientFeedbackViews.unitPage(context, unitID: unitID, unitName: unit.name, links: links).response()
    }

    static func newLink(_ feedback: ClientFeedbackContext) -> @Sendable (Request) async throws -> Response {
        { req in
            let unitID = try req.id(.unitID)
            try await ClientFeedbackService.newLink(unitID: unitID, context: feedback, on: req.caller)
            return req.redirect(
                to: SiteRoute.unit(unitID, .clientFeedback).href([ClientFeedbackNoticeQuery.name(.created): "1"]))
        }
    }

    static func paperForm(_ feedback: ClientFeedbackContext) -> @Sendable (Request) async throws -> Response {
        { req in
            let unitID = try req.id(.unitID)
            try ClientFeedbackService.checkStaff(unitID, on: req.caller)
            return try await renderPaper(req, unitID: unitID, feedback: feedback)
        }
    }

    static func paperSubmit(_ feedback: ClientFeedbackContext) -> @Sendable (Request) async throws -> Response {
        { req in
            let unitID = try req.id(.unitID)
            try ClientFeedbackService.checkStaff(unitID, on: req.caller)
            let form = ClientFeedbackForm(from: req)
            let page = try await pageOn422 {
                try await ClientFeedbackService.submit(
                    unitID: unitID, context: feedback, form: form, source: .paper, on: req.caller)
            } render: { error in
                let context = PageContext(req)
                return try await renderPaper(
                    req, unitID: unitID, feedback: feedback, values: form,
                    error: AdminController.fieldError(error, context), status: .unprocessableEntity)
            }
            if let page { return page }
            return req.redirect(
                to: SiteRoute.unit(unitID, .clientFeedback).href([ClientFeedbackNoticeQuery.name(.saved): "1"]))
        }
    }

    private static func renderPaper(
        _ req: Request, unitID: UUID, feedback: ClientFeedbackContext, values: ClientFeedbackForm = .init(),
        error: FieldError? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        guard let unit = try await OrgUnit.find(unitID, on: req.db) else { throw AppError.notFound }
        let questions = try await ClientFeedbackService.questions(feedback, on: req.db)
        return ClientFeedbackViews.form(
            PageContext(req), feedback: feedback, questions: questions,
            action: SiteRoute.unit(unitID, .clientFeedbackPaper(feedback)).href, values: values, error: error,
            paperFor: unit.name
        ).response(status)
    }

    // MARK: Admin

    static func questions(req: Request) async throws -> Response {
        try await renderQuestions(req, context: PageContext(req, notice: Notice.from(req)))
    }

    static func renderQuestions(
        _ req: Request, context: PageContext, values: ClientFeedbackQuestionForm? = nil, editing: UUID? = nil,
        error: FieldError? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        var questions: [ClientFeedbackContext: [ClientFeedbackQuestion]] = [:]
        for feedback in ClientFeedbackContext.allCases {
            questions[feedback] = try await ClientFeedbackService.questions(feedback, all: true, on: req.db)
        }
        return ClientFeedbackAdminViews.page(
            context, questions: questions, values: values, editing: editing, error: error
        ).response(status)
    }

    static func createQuestion(req: Request) async throws -> Response {
        let form = ClientFeedbackQuestionForm(from: req)
        let page = try await pageOn422 {
            try await ClientFeedbackQuestionService.create(form, on: req.caller)
        } render: { error in
            let context = PageContext(req)
            return try await renderQuestions(
                req, context: context, values: form, error: AdminController.fieldError(error, context),
                status: .unprocessableEntity)
        }
        if let page { return page }
        return req.redirect(to: .admin(.clientFeedbackQuestions), notice: .clientFeedbackQuestionSaved)
    }

    static func updateQuestion(req: Request) async throws -> Response {
        let questionID = try req.id(.questionID)
        let form = ClientFeedbackQuestionForm(from: req)
        let page = try await pageOn422 {
            try await ClientFeedbackQuestionService.update(questionID, form, on: req.caller)
        } render: { error in
            let context = PageContext(req)
            return try await renderQuestions(
                req, context: context, values: form, editing: questionID,
                error: AdminController.fieldError(error, context), status: .unprocessableEntity)
        }
        if let page { return page }
        return req.redirect(
            to: .admin(.clientFeedbackQuestions), notice: .clientFeedbackQuestionSaved,
            fragment: "question-\(questionID)")
    }
}
