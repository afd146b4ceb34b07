import Fluent
import RinnallaCore
import Vapor

/// `/api/v1/evaluations` and their rounds, and the public JSON twin of the survey form
/// `POST /api/v1/public/rounds/{token}/responses` — the same rules and messages as the pages.
enum APIInclusionController {
    struct InclusionRoundDTO: Content {
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

    struct InclusionEvaluationDTO: Content {
        let id: UUID
        let unitID: UUID
        let name: String
        let activityKind: String
        let activityName: String
        let groupID: UUID?
        let aims: String
        let rounds: [InclusionRoundDTO]?
    }

    struct InclusionResponseRequest: Decodable {
        /// Ten answers 1–5 in the statements' order; null for one left unanswered.
        var answers: [Int?]
        var gender: String?
        var ageGroup: String?
        var labourStatus: String?
        var pairingCode: String?
        var language: String?
    }

    struct InclusionResponseReceipt: Content {
        let complete: Bool
        let missingStatements: [Int]
        let language: String
    }

    static func dto(_ evaluation: InclusionEvaluation, rounds: [InclusionRoundDTO]?) throws -> InclusionEvaluationDTO {
        InclusionEvaluationDTO(
            id: try evaluation.requireID(), unitID: evaluation.$unit.id, name: evaluation.name,
            activityKind: evaluation.activityKind, activityName: evaluation.activityName,
            groupID: evaluation.$group.id, aims: evaluation.aims, rounds: rounds)
    }

    static func rounds(_ evaluationID: UUID, on req: Request) async throws -> [InclusionRoundDTO] {
        try await InclusionEvaluationService.summaries(of: evaluationID, today: Day(req.now), on: req.db).map {
            summary in
            let round = summary.round
            return InclusionRoundDTO(
                id: try round.requireID(), evaluationID: round.$evaluation.id, name: round.name,
                position: round.position, opensOn: round.opensOn, closesOn: round.closesOn,
                state: summary.state.rawValue,
                publicURL: InclusionEvaluationService.publicURL(round.token, base: req.publicBaseURL),
                completeResponses: summary.complete, incompleteResponses: summary.incomplete)
        }
    }

    static func list(req: Request) async throws -> [InclusionEvaluationDTO] {
        let user = try req.requireUser()
        return try await InclusionEvaluationService.list(for: user, on: req.db).map { try dto($0, rounds: nil) }
    }

    /// A new evaluation: the name, activity kind and activity name are required; without
    /// `unitID` the one unit the user manages evaluations in is meant.
    struct NewInclusionEvaluationRequest: Decodable {
        var unitID: String?
        @RequiredText<InclusionName> var name: String
        @RequiredChoice<InclusionActivityKind> var activityKind: String
        @RequiredText<InclusionName> var activityName: String
        var groupID: String?
        @BoundedText<InclusionAims> var aims: String?
    }

    /// A new round: its name and first and last day.
    struct NewInclusionRoundRequest: Decodable {
        @RequiredText<InclusionRoundName> var name: String
        @RequiredDay<PlainDay> var opensOn: String
        @RequiredDay<PlainDay> var closesOn: String
    }

    static func create(req: Request) async throws -> Response {
        // The same fields and rules as the form's input.
        let body = try req.decodeJSON(NewInclusionEvaluationRequest.self)
        let evaluation = try await InclusionEvaluationService.create(
            .init(
                unitID: body.unitID, name: body.name, activityKind: body.activityKind,
                activityName: body.activityName, groupID: body.groupID, aims: body.aims),
            on: req.caller)
        return try await dto(evaluation, rounds: []).encodeResponse(status: .created, for: req)
    }

    static func get(req: Request) async throws -> InclusionEvaluationDTO {
        let evaluation = try await InclusionAccess.evaluation(try req.id(.evaluationID), .viewResults, on: req.caller)
        return try dto(evaluation, rounds: try await rounds(try evaluation.requireID(), on: req))
    }

    static func listRounds(req: Request) async throws -> [InclusionRoundDTO] {
        let evaluation = try await InclusionAccess.evaluation(try req.id(.evaluationID), .viewResults, on: req.caller)
        return try await rounds(try evaluation.requireID(), on: req)
    }

    static func createRound(req: Request) async throws -> Response {
        let evaluationID = try req.id(.evaluationID)
        _ = try await InclusionAccess.evaluation(evaluationID, .manage, on: req.caller)
        let body = try req.decodeJSON(NewInclusionRoundRequest.self)
        let round = try await InclusionEvaluationService.addRound(
            .init(name: body.name, opensOn: body.opensOn, closesOn: body.closesOn), to: evaluationID, on: req.caller)
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
        let body = try req.decodeJSON(InclusionResponseRequest.self)
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
        return try await InclusionResponseReceipt(
            complete: stored.answers.isComplete, missingStatements: stored.answers.missingStatements,
            language: stored.language
        )
        .encodeResponse(status: .created, for: req)
    }
}

/// An evaluation's names (`InclusionEvaluationService.maxName`).
enum InclusionName: TextRule {
    static var maximumLength: Int { InclusionEvaluationService.maxName }
}

enum InclusionAims: TextRule {
    static var maximumLength: Int { InclusionEvaluationService.maxAims }
}

/// A round's name, reported as `roundName` as the service names it.
enum InclusionRoundName: TextRule {
    static var maximumLength: Int { InclusionEvaluationService.maxName }
    static var field: String? { "roundName" }
}
