import Fluent
import RinnallaCore
import Vapor

/// `/api/v1/evaluations` and their rounds, and the public JSON twin of the survey form
/// `POST /api/v1/public/rounds/{token}/responses` — the same rules and messages as the pages.
enum APIInclusionController {
    struct RoundDTO: Content {
        let id: UUID
        let evaluationID: UUID
        let name: String
        let position: Int
        let opensOn: String
        let closesOn: String
        let state: String
        let publicURL: String
        let completeResponses: Int
        let incompleteResponses: Int
    }

    struct EvaluationDTO: Content {
        let id: UUID
        let unitID: UUID
        let name: String
        let activityKind: String
        let activityName: String
        let groupID: UUID?
        let aims: String
        let rounds: [RoundDTO]?
    }

    struct ResponseRequest: Decodable {
        /// Ten answers 1–5 in the statements' order; null for one left unanswered.
        var answers: [Int?]
        var gender: String?
        var ageGroup: String?
        var labourStatus: String?
        var pairingCode: String?
        var language: String?
    }

    struct ResponseReceipt: Content {
        let complete: Bool
        let missingStatements: [Int]
        let language: String
    }

    static func dto(_ evaluation: InclusionEvaluation, rounds: [RoundDTO]?) throws -> EvaluationDTO {
        EvaluationDTO(
            id: try evaluation.requireID(), unitID: evaluation.$unit.id, name: evaluation.name,
            activityKind: evaluation.activityKind, activityName: evaluation.activityName,
            groupID: evaluation.$group.id, aims: evaluation.aims, rounds: rounds)
    }

    static func rounds(_ evaluationID: UUID, on req: Request) async throws -> [RoundDTO] {
        try await InclusionEvaluationService.summaries(of: evaluationID, today: Day(req.now), on: req.db).map {
            summary in
            let round = summary.round
            return RoundDTO(
                id: try round.requireID(), evaluationID: round.$evaluation.id, name: round.name,
                position: round.position, opensOn: round.opensOn, closesOn: round.closesOn,
                state: summary.state.rawValue,
                publicURL: InclusionEvaluationService.publicURL(round.token, base: req.publicBaseURL),
                completeResponses: summary.complete, incompleteResponses: summary.incomplete)
        }
    }

    static func list(req: Request) async throws -> [EvaluationDTO] {
        let user = try req.requireUser()
        return try await InclusionEvaluationService.list(for: user, on: req.db).map { try dto($0, rounds: nil) }
    }

    static func create(req: Request) async throws -> Response {
        // The API body is the form's input: the same fields, the same rules.
        let body = try req.decodeJSON(InclusionEvaluationService.Input.self)
        let evaluation = try await InclusionEvaluationService.create(body, on: req.caller)
        return try await dto(evaluation, rounds: []).encodeResponse(status: .created, for: req)
    }

    static func get(req: Request) async throws -> EvaluationDTO {
        let evaluation = try await InclusionAccess.evaluation(try req.id(.evaluationID), .viewResults, on: req.caller)
        return try dto(evaluation, rounds: try await rounds(try evaluation.requireID(), on: req))
    }

    static func listRounds(req: Request) async throws -> [RoundDTO] {
        let evaluation = try await InclusionAccess.evaluation(try req.id(.evaluationID), .viewResults, on: req.caller)
        return try await rounds(try evaluation.requireID(), on: req)
    }

    static func createRound(req: Request) async throws -> Response {
        let evaluationID = try req.id(.evaluationID)
        _ = try await InclusionAccess.evaluation(evaluationID, .manage, on: req.caller)
        let body = try req.decodeJSON(InclusionEvaluationService.RoundInput.self)
        let round = try await InclusionEvaluationService.addRound(
            body, to: evaluationID, on: req.caller)
        let all = try await rounds(evaluationID, on: req)
        guard let created = all.first(where: { $0.id == round.id }) else { throw AppError.notFound }
        return try await created.encodeResponse(status: .created, for: req)
    }

    /// The form's JSON twin. No login, no cookie, no audit row. An incomplete response is
    /// stored as incomplete (left out of scores): 201 with `complete: false`. A round not
    /// open today: 409 (not yet open) or 410 (closed), nothing stored. JSON only, so a
    /// page on another site cannot post here without the browser's CORS preflight, which
    /// this app never grants.
    static func submit(req: Request) async throws -> Response {
        guard req.headers.contentType == .json else {
            throw AppError(status: .unsupportedMediaType, code: "invalid-body", key: .errorInvalidBody)
        }
        let token = try InclusionPublicController.token(req)
        let (round, evaluation) = try await InclusionResponseService.round(token: token, on: req.db)
        switch round.state(today: Day(req.now)) {
        case .open: break
        case .notYetOpen:
            throw AppError(
                status: .conflict, code: "round-not-open", key: .surveyApiNotYetOpen,
                arguments: ["days": InclusionEvaluationViews.days(round)])
        case .closed:
            throw AppError(
                status: .gone, code: "round-closed", key: .surveyApiClosed,
                arguments: ["days": InclusionEvaluationViews.days(round)])
        }
        let body = try req.decodeJSON(ResponseRequest.self)
        let submission = InclusionResponseService.Submission(
            answers: body.answers.map { $0.map(String.init) }, gender: body.gender, ageGroup: body.ageGroup,
            labourStatus: body.labourStatus, pairingCode: body.pairingCode, language: body.language)
        let stored: InclusionImport.Row
        do {
            stored = try await InclusionResponseService.submit(
                submission, round: round, evaluation: evaluation, source: .api, requireComplete: false, on: req.db)
        } catch InclusionResponseService.Refusal.invalid(let error) {
            throw error
        }
        return try await ResponseReceipt(
            complete: stored.answers.isComplete, missingStatements: stored.answers.missingStatements,
            language: stored.language
        )
        .encodeResponse(status: .created, for: req)
    }
}
