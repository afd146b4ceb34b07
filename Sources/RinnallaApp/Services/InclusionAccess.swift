import Fluent
import Foundation
import RinnallaCore
import Vapor

/// Who may do what with inclusion evaluations (issue 6). Everything is scoped to the
/// evaluation's unit: outside it the evaluation does not exist (404); inside it, a missing
/// capability is 403.
///
/// - See the results (aggregates only, small cells hidden): every member of the unit.
/// - Type in paper answers: `.enterSurveyResponses`.
/// - Everything else — evaluations, rounds, import and export, success-story interviews,
///   the 24-question self-evaluation: `.manageInclusionEvaluations` (team leads, evaluators).
enum InclusionAccess {
    enum Action {
        case viewResults
        case enterResponses
        case manage

        var capability: Capability? {
            switch self {
            case .viewResults: nil
            case .enterResponses: .enterSurveyResponses
            case .manage: .manageInclusionEvaluations
            }
        }
    }

    static func allows(_ user: CurrentUser, _ action: Action, inUnit unitID: UUID) -> Bool {
        guard user.memberships.contains(where: { $0.unitID == unitID }) else { return false }
        guard let capability = action.capability else { return true }
        return user.can(capability, inUnit: unitID)
    }

    /// Units where the user may do `action`, in name order.
    static func units(_ user: CurrentUser, _ action: Action) -> [(id: UUID, name: String)] {
        user.units.filter { allows(user, action, inUnit: $0.id) }
    }

    static func check(_ user: CurrentUser, _ action: Action, unitID: UUID) throws {
        guard user.memberships.contains(where: { $0.unitID == unitID }) else { throw AppError.notFound }
        guard allows(user, action, inUnit: unitID) else { throw AppError.forbidden }
    }

    static func evaluation(_ id: UUID, _ action: Action, on caller: Caller) async throws -> InclusionEvaluation {
        let user = try caller.requireUser()
        guard let evaluation = try await InclusionEvaluation.find(id, on: caller.db) else { throw AppError.notFound }
        try check(user, action, unitID: evaluation.$unit.id)
        // Answers still held for a round that has closed join its figures before anything
        // is read (issue 13, item 7; `AnswerHolding`).
        try await AnswerHolding.settle(
            rounds: try await InclusionEvaluationService.rounds(of: id, on: caller.db), today: Day(caller.now),
            on: caller.db)
        return evaluation
    }

    static func round(_ id: UUID, _ action: Action, on caller: Caller) async throws -> InclusionRound {
        let user = try caller.requireUser()
        guard let round = try await InclusionRound.find(id, on: caller.db) else { throw AppError.notFound }
        try check(user, action, unitID: round.$unit.id)
        try await AnswerHolding.settle(rounds: [round], today: Day(caller.now), on: caller.db)
        return round
    }
}

/// Pairing codes become a salted hash per evaluation; the code itself is never stored.
enum InclusionPairing {
    /// A new evaluation's salt (also used for round tokens: `Secrets.token()`).
    static func newSalt() -> String { Secrets.token() }

    /// Hex SHA-256 of the salt and the normalised code; nil when no code was given.
    static func hash(_ code: String?, salt: String) throws(InclusionPairingCode.Problem) -> String? {
        guard let normalized = try InclusionPairingCode.normalized(code) else { return nil }
        return Secrets.sha256Hex(salt + ":" + normalized)
    }
}

/// Catalog keys of the shared vocabulary (labels in `l10n/inclusion-vocabulary.txt`).
enum InclusionLabels {
    static func activity(_ kind: InclusionActivityKind) -> L10nKey {
        L10nKey(rawValue: "inclusion.activity.\(kind.rawValue)")!
    }
    static func source(_ source: InclusionResponseSource) -> L10nKey {
        L10nKey(rawValue: "inclusion.source.\(source.rawValue)")!
    }
    static func state(_ state: InclusionRoundState) -> L10nKey {
        L10nKey(rawValue: "inclusion.round-state.\(state.rawValue)")!
    }
    static func question(_ question: InclusionBackgroundQuestion) -> L10nKey {
        L10nKey(rawValue: "inclusion.background.\(question.rawValue)")!
    }
    /// "" (unanswered) has its own label.
    static func answer(_ question: InclusionBackgroundQuestion, _ answer: String) -> L10nKey {
        if answer.isEmpty { return .inclusionBackgroundUnanswered }
        return L10nKey(rawValue: "inclusion.\(question.rawValue).\(answer)") ?? .inclusionBackgroundUnanswered
    }
}
