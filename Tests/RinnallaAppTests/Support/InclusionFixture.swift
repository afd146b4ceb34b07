import Fluent
import Foundation
import RinnallaCore
import Vapor

@testable import RinnallaApp

/// An inclusion evaluation with a start and an end round, written straight to the
/// database (the pages that make them are tested on their own).
struct InclusionFixture: Sendable {
    let evaluation: UUID
    let start: UUID
    let end: UUID
    let startToken: String
    let endToken: String
    let salt: String

    /// Rounds open 1.1.–31.1.2026 (start; the fixture clock's day) and 1.6.–30.6.2026 (end).
    static func make(on app: Application, unit: UUID, createdBy: UUID, name: String = "Olohuone-ryhmä")
        async throws -> InclusionFixture
    {
        let evaluation = InclusionEvaluation()
        evaluation.$unit.id = unit
        evaluation.name = name
        evaluation.activityKind = InclusionActivityKind.group.rawValue
        evaluation.activityName = name
        evaluation.aims = ""
        evaluation.pairingSalt = InclusionPairing.newSalt()
        evaluation.$createdBy.id = createdBy
        try await evaluation.create(on: app.db)
        func round(_ name: String, _ position: Int, _ opens: String, _ closes: String) async throws -> InclusionRound {
            let round = InclusionRound()
            round.$evaluation.id = try evaluation.requireID()
            round.$unit.id = unit
            round.name = name
            round.position = position
            round.opensOn = opens
            round.closesOn = closes
            round.token = Secrets.token()
            try await round.create(on: app.db)
            return round
        }
        let start = try await round("Alku", 1, "2026-01-01", "2026-01-31")
        let end = try await round("Loppu", 2, "2026-06-01", "2026-06-30")
        return InclusionFixture(
            evaluation: try evaluation.requireID(), start: try start.requireID(), end: try end.requireID(),
            startToken: start.token, endToken: end.token, salt: evaluation.pairingSalt)
    }

    /// Stores a response as the public form would (source `.form`).
    @discardableResult
    static func respond(
        _ app: Application, round: UUID, _ answers: [Int?], gender: String? = nil, ageGroup: String? = nil,
        labourStatus: String? = nil, pairHash: String? = nil
    ) async throws -> InclusionResponse {
        let response = InclusionResponse(
            roundID: round, source: .form, batchID: nil, language: "fi", answers: try InclusionAnswers(answers),
            gender: gender, ageGroup: ageGroup, labourStatus: labourStatus, pairHash: pairHash)
        try await response.create(on: app.db)
        return response
    }
}
