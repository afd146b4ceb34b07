import Fluent
import RinnallaCore
import Vapor

/// `/rounds/:roundID`: a collection round's link and QR code, poster, paper form and the
/// staff entry of paper answers.
enum InclusionRoundController {
    static func loaded(_ req: Request, _ action: InclusionAccess.Action) async throws -> (
        InclusionRound, InclusionEvaluation
    ) {
        let round = try await InclusionAccess.round(try req.id(.roundID), action, on: req.caller)
        guard let evaluation = try await InclusionEvaluation.find(round.$evaluation.id, on: req.db) else {
            throw AppError.notFound
        }
        return (round, evaluation)
    }

    static func show(req: Request) async throws -> Response {
        let (round, evaluation) = try await loaded(req, .viewResults)
        let roundID = try round.requireID()
        let tallies = try await InclusionTallies.load(round: roundID, on: req.db)
        let batches = try await InclusionEvaluationService.batches(of: roundID, on: req.db)
        var context = PageContext(req)
        let result = PaperEntryResultQuery(query: req)
        if let count = BoundedInput.integer(result.entered, in: 0...1_000_000) {
            let incomplete = BoundedInput.integer(result.incomplete, in: 0...1_000_000) ?? 0
            context.notice = context.t(
                .surveyPaperEntrySaved, ["count": "\(count)", "incomplete": "\(incomplete)"])
        } else if req.query[String.self, at: "notice"] != nil {
            context.notice = context.t(.surveySaved)
        }
        return try InclusionRoundViews.page(
            context, round: round, evaluation: evaluation,
            link: InclusionEvaluationService.publicURL(round.token, base: req.publicBaseURL),
            state: round.state(today: Day(req.now)),
            complete: tallies.histogram.n, incomplete: tallies.incomplete, batches: batches
        ).response()
    }

    static func poster(req: Request) async throws -> Response {
        let (round, evaluation) = try await loaded(req, .viewResults)
        return try InclusionRoundViews.poster(
            PageContext(req), round: round, evaluation: evaluation,
            link: InclusionEvaluationService.publicURL(round.token, base: req.publicBaseURL)
        ).response()
    }

    static func paper(req: Request) async throws -> Response {
        let (round, evaluation) = try await loaded(req, .viewResults)
        return InclusionRoundViews.paper(PageContext(req), round: round, evaluation: evaluation).response()
    }

    /// The rows asked in the address, else those the form had, else the default.
    static func rowCount(_ req: Request, sent: PaperEntryForm = .init()) -> Int {
        PaperEntryForm(query: req).rowCount ?? sent.rowCount ?? PaperEntryForm.defaultRows
    }

    static func paperEntry(req: Request) async throws -> Response {
        let (round, evaluation) = try await loaded(req, .enterResponses)
        let rows = Array(repeating: InclusionResponseService.Submission(), count: rowCount(req))
        return InclusionPaperEntryViews.page(
            PageContext(req), round: round, evaluation: evaluation, rows: rows, selfCompleted: false, note: "",
            error: nil
        ).response()
    }

    static func enterPaper(req: Request) async throws -> Response {
        let roundID = try req.id(.roundID)
        let form = PaperEntryForm(from: req)
        let rows = (1...rowCount(req, sent: form)).map(form.row)
        let selfCompleted = form.isSelfCompleted
        let note = form.note ?? ""
        return try await rerenderOn422 {
            let result = try await InclusionResponseService.enterPaper(
                rows.map { .init(submission: $0) }, selfCompleted: selfCompleted, note: note, roundID: roundID,
                on: req.caller)
            return req.redirect(
                to: SiteRoute.round(roundID, .show).href([
                    PaperEntryResultQuery.name(.entered): "\(result.complete + result.incomplete)",
                    PaperEntryResultQuery.name(.incomplete): "\(result.incomplete)",
                ]))
        } render: { error in
            let (round, evaluation) = try await loaded(req, .enterResponses)
            return InclusionPaperEntryViews.page(
                PageContext(req), round: round, evaluation: evaluation, rows: rows, selfCompleted: selfCompleted,
                note: note, error: AdminController.fieldError(error, PageContext(req))
            ).response(.unprocessableEntity)
        }
    }
}
