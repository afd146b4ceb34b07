import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Vapor

/// `rinnalla demo --inclusion-responses N`: N anonymous ESIS responses in one round of a
/// generated evaluation of the west unit, for the results benchmark (issue 6: "results for
/// a round of 1,000,000 responses computed in under 1 second"). About 3 % incomplete, 60 %
/// with background answers, 20 % with a pairing hash. Seeded (2026 + 61). Multi-row
/// INSERTs (`InclusionImport.insert`), one transaction per 100,000 responses; the tally
/// triggers run in the database.
extension DemoScale {
    static let inclusionMarkerKey = "demo.inclusionResponses"
    static let inclusionEvaluationName = "Vertailuaineisto (ESIS)"
    static let inclusionRoundName = "Generoitu kierros"

    static func loadInclusionResponses(
        _ count: Int, on app: Application, progress: @escaping @Sendable (String) -> Void
    ) async throws -> Double {
        guard count > 0, count <= 10_000_000 else {
            throw Refused(description: "--inclusion-responses must be more than 0 and at most 10,000,000")
        }
        let started = Date()
        let (units, users) = try await prepare(on: app, marker: inclusionMarkerKey) {
            "generated ESIS responses are already present (\($0)); start from an empty database to generate again"
        }
        let west = units[DemoData.west]!
        let arja = users["arja@demo.rinnalla.fi"]!
        let today = Day(app.clock.now())
        let evaluation = InclusionEvaluation()
        evaluation.$unit.id = west
        evaluation.name = inclusionEvaluationName
        evaluation.activityKind = InclusionActivityKind.unit.rawValue
        evaluation.activityName = DemoData.west
        evaluation.aims = "Suorituskykymittauksen aineisto."
        evaluation.pairingSalt = InclusionPairing.newSalt()
        evaluation.$createdBy.id = arja
        let round = InclusionRound()
        try await app.db.atomically { db in
            try await Setting(key: inclusionMarkerKey, value: "\(count)").create(on: db)
            try await evaluation.create(on: db)
            round.$evaluation.id = try evaluation.requireID()
            round.$unit.id = west
            round.name = inclusionRoundName
            round.position = 1
            round.opensOn = today.adding(days: -30).iso
            round.closesOn = today.adding(days: 30).iso
            round.token = Secrets.token()
            try await round.create(on: db)
        }
        let roundID = try round.requireID()
        progress("Generating \(count) ESIS responses (seed \(seed + 61))")
        var rng = SeededRandom(seed: seed + 61)
        let rows = inclusionRows(count, rng: &rng)
        let chunk = 100_000
        for start in stride(from: 0, to: rows.count, by: chunk) {
            let slice = Array(rows[start..<min(start + chunk, rows.count)])
            try await app.db.atomically { db in
                try await InclusionImport.insert(slice, roundID: roundID, batchID: nil, source: .form, on: db)
            }
            progress("  \(min(start + chunk, rows.count)) responses")
        }
        return Date().timeIntervalSince(started)
    }

    /// Generated rows (shared with the import benchmark).
    static func inclusionRows(_ count: Int, rng: inout SeededRandom) -> [InclusionImport.Row] {
        let genders = InclusionGender.allCases.map(\.rawValue)
        let ages = InclusionAgeGroup.allCases.map(\.rawValue)
        let statuses = InclusionLabourStatus.allCases.map(\.rawValue)
        var rows: [InclusionImport.Row] = []
        rows.reserveCapacity(count)
        for index in 0..<count {
            let level = DemoInclusion.level(&rng, mean: 3.5)
            var values = DemoInclusion.answers(level: level, rng: &rng)
            if index % 33 == 0 { values[index % 10] = nil }
            let background = rng.chance(0.6)
            rows.append(
                InclusionImport.Row(
                    language: "fi", answers: try! InclusionAnswers(values),
                    gender: background ? rng.pick(genders) : nil, ageGroup: background ? rng.pick(ages) : nil,
                    labourStatus: background ? rng.pick(statuses) : nil,
                    pairHash: index % 5 == 0 ? String(format: "%064lx", index) : nil))
        }
        return rows
    }
}
