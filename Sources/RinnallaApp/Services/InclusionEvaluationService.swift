import Fluent
import Foundation
import RinnallaCore
import Vapor

/// A new inclusion evaluation as the page form sends it: the service's input, whose coding
/// keys name the fields for the view and the errors (issue 14).
typealias InclusionEvaluationForm = InclusionEvaluationService.Input

extension InclusionEvaluationService.Input: PageForm {}

/// A new collection round as the evaluation page's form sends it; its coding keys name the
/// fields for the view and the errors (issue 14). The API's body is `RoundInput`.
struct InclusionRoundForm: PageForm, Sendable {
    var name: String?
    var opensOn: String?
    var closesOn: String?

    enum CodingKeys: String, CodingKey {
        case name = "roundName"
        case opensOn, closesOn
    }

    var input: InclusionEvaluationService.RoundInput { .init(name: name, opensOn: opensOn, closesOn: closesOn) }
}

/// Inclusion evaluations and their collection rounds (issue 6): listing, creating, adding
/// rounds and the round summaries shown on the evaluation page. Evaluations hold no client
/// data, so reading them is not audited; creating them is.
enum InclusionEvaluationService {
    static let maxName = 200
    static let maxAims = 4000

    struct Input: Sendable, Decodable {
        var unitID: String?
        var name: String?
        var activityKind: String?
        var activityName: String?
        var groupID: String?
        var aims: String?

        enum CodingKeys: String, CodingKey {
            case unitID, name, activityKind, activityName, groupID, aims
        }
    }

    struct RoundInput: Sendable, Decodable {
        var name: String?
        /// d.M.yyyy on the page, yyyy-MM-dd through the API (`Formatting.parseDay` takes both).
        var opensOn: String?
        var closesOn: String?
    }

    /// A round with its counts from the tallies (never from the response rows).
    struct RoundSummary: Sendable {
        let round: InclusionRound
        let state: InclusionRoundState
        let complete: Int
        let incomplete: Int
    }

    static func trimmed(_ text: String?) -> String {
        (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Evaluations of the user's units, newest first.
    static func list(for user: CurrentUser, on db: any Database) async throws -> [InclusionEvaluation] {
        let units = user.units.map(\.id)
        guard !units.isEmpty else { return [] }
        return try await InclusionEvaluation.query(on: db).filter(\.$unit.$id ~~ units)
            .sort(\.$createdAt, .descending).sort(\.$name).all()
    }

    /// Groups of a unit, for the evaluation form.
    static func groups(inUnits units: [UUID], on db: any Database) async throws -> [ActivityGroup] {
        guard !units.isEmpty else { return [] }
        return try await ActivityGroup.query(on: db).filter(\.$unit.$id ~~ units).sort(\.$name).all()
    }

    /// Validates and stores a new evaluation. Access first: outside the unit 404, in the
    /// unit without `.manageInclusionEvaluations` 403.
    static func create(_ input: Input, on caller: Caller) async throws -> InclusionEvaluation {
        let user = try caller.requireUser()
        let manageable = InclusionAccess.units(user, .manage)
        guard !manageable.isEmpty else { throw AppError.forbidden }
        let unitID: UUID
        if let given = UUID(uuidString: trimmed(input.unitID)) {
            try InclusionAccess.check(user, .manage, unitID: given)
            unitID = given
        } else if manageable.count == 1, trimmed(input.unitID).isEmpty {
            unitID = manageable[0].id
        } else {
            throw AppError.invalid(.errorUnitInvalid, field: InclusionEvaluationForm.name(.unitID))
        }
        let name = trimmed(input.name)
        guard !name.isEmpty else {
            throw AppError.invalid(
                .errorRequired, field: InclusionEvaluationForm.name(.name),
                arguments: ["field": InclusionEvaluationForm.name(.name)])
        }
        guard name.count <= maxName else {
            throw AppError.invalid(
                .errorTooLong, field: InclusionEvaluationForm.name(.name),
                arguments: ["field": InclusionEvaluationForm.name(.name), "max": "\(maxName)"])
        }
        guard let kind = InclusionActivityKind(rawValue: trimmed(input.activityKind)) else {
            throw AppError.invalid(.surveyErrorActivityKind, field: InclusionEvaluationForm.name(.activityKind))
        }
        let activityName = trimmed(input.activityName)
        guard !activityName.isEmpty else {
            throw AppError.invalid(
                .errorRequired, field: InclusionEvaluationForm.name(.activityName),
                arguments: ["field": InclusionEvaluationForm.name(.activityName)])
        }
        guard activityName.count <= maxName else {
            throw AppError.invalid(
                .errorTooLong, field: InclusionEvaluationForm.name(.activityName),
                arguments: ["field": InclusionEvaluationForm.name(.activityName), "max": "\(maxName)"])
        }
        var groupID: UUID?
        if !trimmed(input.groupID).isEmpty {
            guard let id = UUID(uuidString: trimmed(input.groupID)),
                let group = try await ActivityGroup.find(id, on: caller.db), group.$unit.id == unitID
            else { throw AppError.invalid(.surveyErrorGroup, field: InclusionEvaluationForm.name(.groupID)) }
            groupID = try group.requireID()
        }
        let aims = trimmed(input.aims)
        guard aims.count <= maxAims else {
            throw AppError.invalid(
                .errorTooLong, field: InclusionEvaluationForm.name(.aims),
                arguments: ["field": InclusionEvaluationForm.name(.aims), "max": "\(maxAims)"])
        }
        let evaluation = InclusionEvaluation()
        evaluation.$unit.id = unitID
        evaluation.name = name
        evaluation.activityKind = kind.rawValue
        evaluation.activityName = activityName
        evaluation.$group.id = groupID
        evaluation.aims = aims
        evaluation.pairingSalt = InclusionPairing.newSalt()
        evaluation.$createdBy.id = user.id
        try await caller.db.atomically { db in
            try await evaluation.create(on: db)
            try await AuditLog.append(
                .create, unitID: unitID, recordType: "inclusion_evaluation",
                recordID: try evaluation.requireID().uuidString,
                on: caller, db: db)
        }
        return evaluation
    }

    /// Adds a round at the end of the evaluation's rounds.
    static func addRound(_ input: RoundInput, to evaluationID: UUID, on caller: Caller) async throws
        -> InclusionRound
    {
        let evaluation = try await InclusionAccess.evaluation(evaluationID, .manage, on: caller)
        let name = trimmed(input.name)
        guard !name.isEmpty else {
            throw AppError.invalid(
                .errorRequired, field: InclusionRoundForm.name(.name),
                arguments: ["field": InclusionRoundForm.name(.name)])
        }
        guard name.count <= maxName else {
            throw AppError.invalid(
                .errorTooLong, field: InclusionRoundForm.name(.name),
                arguments: ["field": InclusionRoundForm.name(.name), "max": "\(maxName)"])
        }
        guard let opens = Formatting.parseDay(trimmed(input.opensOn)).map({ Day($0) }) else {
            throw AppError.invalid(.errorDateInvalid, field: InclusionRoundForm.name(.opensOn))
        }
        guard let closes = Formatting.parseDay(trimmed(input.closesOn)).map({ Day($0) }) else {
            throw AppError.invalid(.errorDateInvalid, field: InclusionRoundForm.name(.closesOn))
        }
        guard closes >= opens else {
            throw AppError.invalid(.surveyErrorRoundDates, field: InclusionRoundForm.name(.closesOn))
        }
        let round = InclusionRound()
        round.$evaluation.id = try evaluation.requireID()
        round.$unit.id = evaluation.$unit.id
        round.name = name
        round.opensOn = opens.iso
        round.closesOn = closes.iso
        round.token = Secrets.token()
        try await caller.db.atomically { db in
            let last = try await InclusionRound.query(on: db).filter(\.$evaluation.$id == evaluationID)
                .max(\.$position)
            round.position = (last ?? 0) + 1
            try await round.create(on: db)
            try await AuditLog.append(
                .create, unitID: evaluation.$unit.id, recordType: "inclusion_round",
                recordID: try round.requireID().uuidString,
                on: caller, db: db)
        }
        return round
    }

    static func rounds(of evaluationID: UUID, on db: any Database) async throws -> [InclusionRound] {
        try await InclusionRound.query(on: db).filter(\.$evaluation.$id == evaluationID).sort(\.$position).all()
    }

    /// Rounds with their states and counts. The counts come from the tallies the database
    /// keeps (`InclusionTallies`).
    static func summaries(of evaluationID: UUID, today: Day, on db: any Database) async throws -> [RoundSummary] {
        let rounds = try await rounds(of: evaluationID, on: db)
        try await AnswerHolding.settle(rounds: rounds, today: today, on: db)
        let counts = try await InclusionTallies.counts(rounds: rounds.compactMap(\.id), on: db)
        return rounds.map { round in
            let count = round.id.flatMap { counts[$0] } ?? (0, 0)
            return RoundSummary(
                round: round, state: round.state(today: today), complete: count.complete,
                incomplete: count.incomplete)
        }
    }

    static func batches(of roundID: UUID, on db: any Database) async throws -> [(InclusionEntryBatch, String)] {
        let batches = try await InclusionEntryBatch.query(on: db).filter(\.$round.$id == roundID)
            .sort(\.$enteredAt, .descending).with(\.$enteredBy).all()
        return batches.map { ($0, $0.enteredBy.name) }
    }

    /// The round's public address under the public base URL (configured, else the request's host).
    static func publicURL(_ token: String, base: String) -> String {
        base + SiteRoute.survey(token, .form).href
    }
}
