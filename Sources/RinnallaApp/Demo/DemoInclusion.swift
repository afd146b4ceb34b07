import Fluent
import Foundation
import RinnallaCore

/// An inclusion evaluation of the west unit's open low-threshold group with a start round
/// "Alku" (closed, in the past) and an end round "Loppu" (open today): about a hundred
/// made-up anonymous responses each, some background answers, 40 respondents who gave a
/// pairing code both times, a few incomplete responses and a paper batch typed in by Olli.
/// Enough for every result to show above the smallest threshold (5). Seeded: every demo
/// load makes the same answers.
enum DemoInclusion {
    static let evaluationName = "Avoimen ryhmän osallisuusarviointi"

    /// The demo evaluation's id, for other demo parts (success stories, the 24 questions).
    static func evaluationID(on db: any Database) async throws -> UUID? {
        try await InclusionEvaluation.query(on: db).filter(\.$name == evaluationName).first()?.id
    }

    /// The demo respondents' answers: a level of inclusion per person (1 … 5, around 3.4
    /// at the start) and each statement near it.
    static func answers(level: Double, rng: inout SeededRandom) -> [Int?] {
        (0..<InclusionIndicator.statementCount).map { _ in
            let noise = Double(rng.int(-100...100)) / 100
            return min(5, max(1, Int((level + noise).rounded())))
        }
    }

    static func level(_ rng: inout SeededRandom, mean: Double) -> Double {
        // The sum of three uniform draws: roughly bell-shaped around the mean.
        let spread = (0..<3).map { _ in Double(rng.int(-100...100)) / 100 }.reduce(0, +) / 1.5
        return min(5, max(1, mean + spread))
    }

    static func load(units: [String: UUID], users: [String: UUID], now: Date, on db: any Database) async throws {
        guard let west = units[DemoData.west], let arja = users["arja@demo.rinnalla.fi"],
            let olli = users["olli@demo.rinnalla.fi"]
        else { return }
        let group = try await ActivityGroup.query(on: db).filter(\.$name == DemoGroups.seeds[0].name).first()
        let today = Day(now)
        let evaluation = InclusionEvaluation()
        evaluation.$unit.id = west
        evaluation.name = evaluationName
        evaluation.activityKind = InclusionActivityKind.group.rawValue
        evaluation.activityName = group?.name ?? DemoGroups.seeds[0].name
        evaluation.$group.id = group?.id
        evaluation.aims = "Selvitetään, vahvistaako avoin ryhmä osallistujien osallisuuden kokemusta kevään aikana."
        evaluation.pairingSalt = InclusionPairing.newSalt()
        evaluation.$createdBy.id = arja
        try await evaluation.create(on: db)
        func round(_ name: String, _ position: Int, _ opens: Day, _ closes: Day) async throws -> UUID {
            let round = InclusionRound()
            round.$evaluation.id = try evaluation.requireID()
            round.$unit.id = west
            round.name = name
            round.position = position
            round.opensOn = opens.iso
            round.closesOn = closes.iso
            round.token = Secrets.token()
            try await round.create(on: db)
            return try round.requireID()
        }
        let start = try await round("Alku", 1, today.adding(days: -120), today.adding(days: -90))
        let end = try await round("Loppu", 2, today.adding(days: -7), today.adding(days: 14))
        var rng = SeededRandom(seed: DemoScale.seed + 60)
        let genders = InclusionGender.allCases.map(\.rawValue)
        let ages = InclusionAgeGroup.allCases.map(\.rawValue)
        let statuses = InclusionLabourStatus.allCases.map(\.rawValue)
        func row(level: Double, pairHash: String?, incomplete: Bool, rng: inout SeededRandom) -> InclusionImport.Row {
            var values = answers(level: level, rng: &rng)
            if incomplete { values[rng.int(0...9)] = nil }
            let background = rng.chance(0.7)
            return InclusionImport.Row(
                language: "fi", answers: try! InclusionAnswers(values),
                gender: background ? rng.pick(genders) : nil, ageGroup: background ? rng.pick(ages) : nil,
                labourStatus: background && rng.chance(0.8) ? rng.pick(statuses) : nil, pairHash: pairHash)
        }
        var startRows: [InclusionImport.Row] = []
        var endRows: [InclusionImport.Row] = []
        // 40 respondents answered both times with their own code; their inclusion grew a little.
        for index in 0..<40 {
            let hash = try InclusionPairing.hash("RYHMA\(index + 1000)", salt: evaluation.pairingSalt)
            let level = level(&rng, mean: 3.2)
            startRows.append(row(level: level, pairHash: hash, incomplete: false, rng: &rng))
            endRows.append(row(level: min(5, level + 0.35), pairHash: hash, incomplete: false, rng: &rng))
        }
        for index in 0..<55 {
            startRows.append(row(level: level(&rng, mean: 3.3), pairHash: nil, incomplete: index < 4, rng: &rng))
        }
        for index in 0..<45 {
            endRows.append(row(level: level(&rng, mean: 3.6), pairHash: nil, incomplete: index < 3, rng: &rng))
        }
        // The last 12 start responses came on paper, typed in by Olli.
        let paper = Array(startRows.suffix(12))
        try await InclusionImport.insert(
            Array(startRows.dropLast(12)), roundID: start, batchID: nil, source: .form, on: db)
        _ = try await InclusionImport.store(
            paper, roundID: start, unitID: west, enteredBy: olli, enteredAt: today.adding(days: -100).startDate,
            selfCompleted: true, note: "Paperilomakkeet ryhmäkerralta", source: .paper, on: db)
        try await InclusionImport.insert(endRows, roundID: end, batchID: nil, source: .form, on: db)
    }
}
