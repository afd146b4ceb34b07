import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Vapor

/// The results' query (`?first=…&second=…&format=comma`): the two rounds compared and
/// the CSV file's format. Its coding keys name the chooser's fields and the links (issue 14).
struct InclusionResultsQuery: PageForm, Sendable {
    var first: String?
    var second: String?
    var format: String?

    enum CodingKeys: String, CodingKey {
        case first, second, format
    }

    var csvFormat: InclusionCSV.Format { InclusionCSV.Format(query: format) }
}

/// A round's ESIS results and the start-vs-end comparison of two rounds (issue 6), built
/// from aggregates only: the tallies the database keeps (`InclusionTallies`) and, for the
/// pairs, two grouped queries run in the database. No response row is read into Swift, and
/// every figure goes through small-cell protection (`InclusionRoundResults`,
/// `InclusionComparisonResults`, `InclusionSubgroups`) with the organisation's threshold.
enum InclusionResultsService {
    /// Subgroups by one background question: every answer, "prefer not to say" and
    /// unanswered ("") included, so that the sizes add up to the round.
    struct Subgroups: Sendable {
        let question: InclusionBackgroundQuestion
        /// The stored answers in the form's order, then "" (unanswered).
        let answers: [String]
        let sizes: ProtectedList
        let summaries: [ProtectedSummary<ScoreSummary>]
    }

    struct RoundReport: Sendable {
        let evaluation: InclusionEvaluation
        let round: InclusionRound
        let threshold: Int
        let results: InclusionRoundResults
        let subgroups: [Subgroups]
        /// The evaluation's rounds in order, for links to the comparison.
        let rounds: [InclusionRound]
    }

    struct ComparisonReport: Sendable {
        let evaluation: InclusionEvaluation
        let rounds: [InclusionRound]
        let first: InclusionRound
        let second: InclusionRound
        let threshold: Int
        let firstResults: InclusionRoundResults
        let secondResults: InclusionRoundResults
        let comparison: InclusionComparisonResults
        /// How many pairs of complete responses the codes made (protected like a subgroup).
        let pairs: ProtectedCount
    }

    // MARK: Round

    static func roundReport(_ roundID: UUID, action: AuditAction = .view, on caller: Caller) async throws
        -> RoundReport
    {
        let round = try await InclusionAccess.round(roundID, .viewResults, on: caller)
        guard let evaluation = try await InclusionEvaluation.find(round.$evaluation.id, on: caller.db) else {
            throw AppError.notFound
        }
        let report = try await roundReport(round: round, evaluation: evaluation, on: caller.db)
        try await AuditLog.append(
            action, unitID: round.$unit.id, recordType: "inclusion-round-results", recordID: roundID.uuidString,
            on: caller)
        return report
    }

    /// The report without access checks or audit (the demo, the bench, a combined report
    /// that has checked access already).
    static func roundReport(round: InclusionRound, evaluation: InclusionEvaluation, on db: any Database)
        async throws -> RoundReport
    {
        let threshold = try await OrganisationSettings.load(on: db).minimumCellSize
        let tallies = try await InclusionTallies.load(round: try round.requireID(), on: db)
        let rounds = try await InclusionEvaluationService.rounds(of: try evaluation.requireID(), on: db)
        return roundReport(
            round: round, evaluation: evaluation, rounds: rounds, threshold: threshold, tallies: tallies)
    }

    static func roundReport(
        round: InclusionRound, evaluation: InclusionEvaluation, rounds: [InclusionRound], threshold: Int,
        tallies: InclusionTallies
    ) -> RoundReport {
        RoundReport(
            evaluation: evaluation, round: round, threshold: threshold,
            results: InclusionRoundResults(
                histogram: tallies.histogram, incomplete: tallies.incomplete, statements: tallies.statements,
                threshold: threshold),
            subgroups: subgroups(tallies, threshold: threshold), rounds: rounds)
    }

    static func subgroups(_ tallies: InclusionTallies, threshold: Int) -> [Subgroups] {
        InclusionBackgroundQuestion.allCases.map { question in
            let answers = question.answers + [""]
            let byAnswer = tallies.byBackground[question] ?? [:]
            let histograms = answers.map { byAnswer[$0] ?? ScoreHistogram() }
            return Subgroups(
                question: question, answers: answers,
                sizes: SmallCellSuppression.protect(list: histograms.map(\.n), threshold: threshold),
                summaries: InclusionSubgroups.summaries(histograms, threshold: threshold))
        }
    }

    // MARK: Comparison

    /// The two rounds named in the query (`first`, `second`), by default the evaluation's
    /// first two. A round of another evaluation is 404; the same round twice is refused.
    static func comparison(
        _ evaluationID: UUID, first: String?, second: String?, action: AuditAction = .view, on caller: Caller
    ) async throws -> ComparisonReport? {
        let evaluation = try await InclusionAccess.evaluation(evaluationID, .viewResults, on: caller)
        let rounds = try await InclusionEvaluationService.rounds(of: evaluationID, on: caller.db)
        func pick(_ text: String?, default index: Int) throws -> InclusionRound? {
            guard let text, !text.isEmpty else { return rounds.count > index ? rounds[index] : nil }
            guard let id = UUID(uuidString: text), let round = rounds.first(where: { $0.id == id }) else {
                throw AppError.notFound
            }
            return round
        }
        guard let firstRound = try pick(first, default: 0), let secondRound = try pick(second, default: 1) else {
            return nil
        }
        guard firstRound.id != secondRound.id else {
            throw AppError.invalid(.inclusionresultsSameRound, field: InclusionResultsQuery.name(.second))
        }
        let report = try await comparison(
            evaluation: evaluation, rounds: rounds, first: firstRound, second: secondRound, on: caller.db)
        try await AuditLog.append(
            action, unitID: evaluation.$unit.id, recordType: "inclusion-comparison",
            recordID: evaluationID.uuidString, on: caller)
        return report
    }

    static func comparison(
        evaluation: InclusionEvaluation, rounds: [InclusionRound], first: InclusionRound, second: InclusionRound,
        on db: any Database
    ) async throws -> ComparisonReport {
        let threshold = try await OrganisationSettings.load(on: db).minimumCellSize
        let firstTallies = try await InclusionTallies.load(round: try first.requireID(), on: db)
        let secondTallies = try await InclusionTallies.load(round: try second.requireID(), on: db)
        return try await comparison(
            evaluation: evaluation, rounds: rounds, first: first, second: second, threshold: threshold,
            firstTallies: firstTallies, secondTallies: secondTallies, on: db)
    }

    /// With the rounds' tallies already loaded: only the pairs are queried.
    static func comparison(
        evaluation: InclusionEvaluation, rounds: [InclusionRound], first: InclusionRound, second: InclusionRound,
        threshold: Int, firstTallies: InclusionTallies, secondTallies: InclusionTallies, on db: any Database
    ) async throws -> ComparisonReport {
        let pairs = try await pairedSample(first: try first.requireID(), second: try second.requireID(), on: db)
        func results(_ tallies: InclusionTallies) -> InclusionRoundResults {
            InclusionRoundResults(
                histogram: tallies.histogram, incomplete: tallies.incomplete, statements: tallies.statements,
                threshold: threshold)
        }
        return ComparisonReport(
            evaluation: evaluation, rounds: rounds, first: first, second: second, threshold: threshold,
            firstResults: results(firstTallies), secondResults: results(secondTallies),
            comparison: InclusionComparisonResults(
                first: firstTallies.histogram, second: secondTallies.histogram, pairs: pairs.n > 0 ? pairs : nil,
                threshold: threshold),
            pairs: SmallCellSuppression.subgroup(pairs.n, threshold: threshold))
    }

    /// The complete responses of each round whose pairing code occurs exactly once in
    /// that round (a code given twice in a round pairs nothing: which one is the same
    /// person's cannot be known), as the database's own subquery.
    static func pairable(_ roundID: UUID) -> SQLQueryString {
        """
        SELECT pair_hash, MIN(raw_sum) AS raw_sum FROM inclusion_responses
        WHERE round_id = \(bind: roundID) AND pair_hash IS NOT NULL
        GROUP BY pair_hash HAVING COUNT(*) = 1 AND MIN(raw_sum) IS NOT NULL
        """
    }

    /// The paired sample of two rounds, aggregated in the database by two queries: the
    /// number of pairs by raw change (end − start; at most 81 rows) and by the sides of 50
    /// at the start and the end (at most 4 rows). An incomplete response pairs nothing.
    static func pairedSample(first: UUID, second: UUID, on db: any Database) async throws -> PairedSample {
        let sql = db as! any SQLDatabase
        let join: SQLQueryString =
            "FROM (\(pairable(first))) s JOIN (\(pairable(second))) e ON e.pair_hash = s.pair_hash"
        let differences = try await sql.raw(
            "SELECT e.raw_sum - s.raw_sum AS difference, COUNT(*) AS n \(join) GROUP BY e.raw_sum - s.raw_sum"
        ).all().map {
            (
                rawDifference: try $0.decode(column: "difference", as: Int.self),
                count: try $0.decode(column: "n", as: Int.self)
            )
        }
        let limit = InclusionScore.veryWeakMaxRawSum
        let sides = try await sql.raw(
            """
            SELECT CASE WHEN s.raw_sum <= \(literal: limit) THEN 1 ELSE 0 END AS start_weak,
              CASE WHEN e.raw_sum <= \(literal: limit) THEN 1 ELSE 0 END AS end_weak, COUNT(*) AS n \(join)
            GROUP BY CASE WHEN s.raw_sum <= \(literal: limit) THEN 1 ELSE 0 END,
              CASE WHEN e.raw_sum <= \(literal: limit) THEN 1 ELSE 0 END
            """
        ).all()
        var crossings = PairedSample.Crossings()
        for row in sides {
            let count = try row.decode(column: "n", as: Int.self)
            switch (
                try row.decode(column: "start_weak", as: Int.self), try row.decode(column: "end_weak", as: Int.self)
            ) {
            case (1, 1): crossings.stayedVeryWeak += count
            case (1, _): crossings.roseAcross50 += count
            case (_, 1): crossings.fellAcross50 += count
            default: crossings.stayedAbove += count
            }
        }
        guard let sample = PairedSample(differences: differences, crossings: crossings) else {
            throw InclusionTallies.TallyError.corrupt
        }
        return sample
    }
}

extension InclusionResultsService {
    /// An evaluation's ESIS results for a combined report: every round, and the
    /// comparison of the first two rounds when there are two.
    struct EvaluationSummary: Sendable {
        let evaluation: InclusionEvaluation
        let rounds: [RoundReport]
        let comparison: ComparisonReport?
    }

    /// Checks that the user may see the evaluation's results (404 outside its unit) and
    /// audits the view; for `InclusionResultsViews.reportSection`.
    static func evaluationSummary(_ evaluationID: UUID, on caller: Caller) async throws -> EvaluationSummary {
        let evaluation = try await InclusionAccess.evaluation(evaluationID, .viewResults, on: caller)
        // The threshold, the rounds and each round's tallies are read once for the whole report.
        let threshold = try await OrganisationSettings.load(on: caller.db).minimumCellSize
        let rounds = try await InclusionEvaluationService.rounds(of: evaluationID, on: caller.db)
        var tallies: [InclusionTallies] = []
        for round in rounds {
            tallies.append(try await InclusionTallies.load(round: try round.requireID(), on: caller.db))
        }
        let reports = zip(rounds, tallies).map {
            roundReport(round: $0, evaluation: evaluation, rounds: rounds, threshold: threshold, tallies: $1)
        }
        let comparison =
            rounds.count >= 2
            ? try await comparison(
                evaluation: evaluation, rounds: rounds, first: rounds[0], second: rounds[1], threshold: threshold,
                firstTallies: tallies[0], secondTallies: tallies[1], on: caller.db) : nil
        try await AuditLog.append(
            .view, unitID: evaluation.$unit.id, recordType: "inclusion-results", recordID: evaluationID.uuidString,
            on: caller)
        return EvaluationSummary(evaluation: evaluation, rounds: reports, comparison: comparison)
    }
}
