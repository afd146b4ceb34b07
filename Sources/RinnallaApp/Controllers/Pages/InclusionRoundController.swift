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
        if let count = BoundedInput.integer(req.query[String.self, at: "entered"], in: 0...1_000_000) {
            let incomplete = BoundedInput.integer(req.query[String.self, at: "incomplete"], in: 0...1_000_000) ?? 0
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

    static func rowCount(_ req: Request) -> Int {
        let range = 1...InclusionPaperEntryViews.maxRows
        let asked =
            BoundedInput.integer(req.query[String.self, at: "rows"], in: range)
            ?? BoundedInput.integer(req.field("rows"), in: range)
        return asked ?? InclusionPaperEntryViews.defaultRows
    }

    static func paperEntry(req: Request) async throws -> Response {
        let (round, evaluation) = try await loaded(req, .enterResponses)
        let rows = Array(repeating: InclusionPaperEntryViews.Row(), count: rowCount(req))
        return InclusionPaperEntryViews.page(
            PageContext(req), round: round, evaluation: evaluation, rows: rows, selfCompleted: false, note: "",
            error: nil
        ).response()
    }

    static func enterPaper(req: Request) async throws -> Response {
        let roundID = try req.id(.roundID)
        let count = rowCount(req)
        let rows = (1...count).map { index in
            let prefix = "r\(index)"
            return InclusionPaperEntryViews.Row(
                answers: (1...InclusionIndicator.statementCount).map { req.field("\(prefix)s\($0)") ?? "" },
                gender: req.field("\(prefix)gender") ?? "", ageGroup: req.field("\(prefix)ageGroup") ?? "",
                labourStatus: req.field("\(prefix)labourStatus") ?? "",
                pairingCode: req.field("\(prefix)pairingCode") ?? "")
        }
        let selfCompleted = req.field("selfCompleted") == "on"
        let note = req.field("note") ?? ""
        return try await rerenderOn422 {
            let result = try await InclusionResponseService.enterPaper(
                rows.map {
                    .init(
                        submission: .init(
                            answers: $0.answers, gender: $0.gender, ageGroup: $0.ageGroup,
                            labourStatus: $0.labourStatus, pairingCode: $0.pairingCode, language: "fi"))
                }, selfCompleted: selfCompleted, note: note, roundID: roundID, on: req.caller)
            return req.redirect(
                to: SiteRoute.round(roundID, .show).href([
                    "entered": "\(result.complete + result.incomplete)", "incomplete": "\(result.incomplete)",
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
