import Fluent
import Foundation
import RinnallaCore
import SQLKit

/// A round's aggregates, read from the tallies the database keeps in step with the
/// responses (`CreateInclusionResponses`): at most a few thousand rows whatever the
/// number of responses, and never a response row.
struct InclusionTallies: Sendable {
    /// Complete responses by raw sum.
    var histogram: ScoreHistogram
    var incomplete: Int
    var statements: StatementDistribution
    /// Complete responses by raw sum, per background answer ("" = unanswered).
    var byBackground: [InclusionBackgroundQuestion: [String: ScoreHistogram]]

    static func load(round roundID: UUID, on db: any Database) async throws -> InclusionTallies {
        let sql = db as! any SQLDatabase
        let scoreRows = try await sql.raw(
            """
            SELECT gender, age_group, labour_status, raw_sum, count FROM inclusion_score_tallies
            WHERE round_id = \(bind: roundID) AND count <> 0
            """
        ).all()
        var histogram = ScoreHistogram()
        var incomplete = 0
        var byBackground: [InclusionBackgroundQuestion: [String: ScoreHistogram]] = [:]
        for row in scoreRows {
            let rawSum = try row.decode(column: "raw_sum", as: Int.self)
            let count = try row.decode(column: "count", as: Int.self)
            guard rawSum != 0 else {
                incomplete += count
                continue
            }
            guard let score = InclusionScore(rawSum: rawSum), count > 0 else { throw TallyError.corrupt }
            histogram.add(score, count: count)
            for question in InclusionBackgroundQuestion.allCases {
                let answer = try row.decode(column: question.column, as: String.self)
                byBackground[question, default: [:]][answer, default: ScoreHistogram()].add(score, count: count)
            }
        }
        let statementRows = try await sql.raw(
            """
            SELECT statement, answer, count FROM inclusion_statement_tallies
            WHERE round_id = \(bind: roundID) AND count <> 0
            """
        ).all().map {
            (
                statement: try $0.decode(column: "statement", as: Int.self),
                points: try $0.decode(column: "answer", as: Int.self),
                count: try $0.decode(column: "count", as: Int.self)
            )
        }
        guard let statements = StatementDistribution(rows: statementRows) else { throw TallyError.corrupt }
        return InclusionTallies(
            histogram: histogram, incomplete: incomplete, statements: statements, byBackground: byBackground)
    }

    /// Complete and incomplete responses of each round, in one query.
    static func counts(rounds: [UUID], on db: any Database) async throws
        -> [UUID: (complete: Int, incomplete: Int)]
    {
        guard !rounds.isEmpty else { return [:] }
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            """
            SELECT round_id,
              CAST(coalesce(sum(CASE WHEN raw_sum <> 0 THEN count ELSE 0 END), 0) AS BIGINT) AS complete,
              CAST(coalesce(sum(CASE WHEN raw_sum = 0 THEN count ELSE 0 END), 0) AS BIGINT) AS incomplete
            FROM inclusion_score_tallies WHERE round_id IN (\(binds: rounds)) GROUP BY round_id
            """
        ).all()
        var counts: [UUID: (complete: Int, incomplete: Int)] = [:]
        for row in rows {
            counts[try row.decode(column: "round_id", as: UUID.self)] = (
                try row.decode(column: "complete", as: Int.self), try row.decode(column: "incomplete", as: Int.self)
            )
        }
        return counts
    }

    enum TallyError: Error { case corrupt }
}
