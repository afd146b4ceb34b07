import Foundation
import Testing

@testable import RinnallaCore

@Suite("Inclusion aggregates (histograms) and their protection")
struct InclusionAggregationTests {
    func histogram(_ raw: [Int]) -> ScoreHistogram { StatisticsFixture.histogram(raw) }

    @Test func aHistogramFromGroupedRows() throws {
        let rows: [(rawSum: Int, count: Int)] = [(30, 2), (10, 1), (30, 1), (50, 4)]
        let h = try #require(ScoreHistogram(rows: rows))
        #expect(h.n == 8 && h.count(rawSum: 30) == 3 && h.count(rawSum: 11) == 0)
        #expect(h.rows.count == 41)
        #expect(ScoreHistogram(rows: [(rawSum: 9, count: 1)]) == nil)
        #expect(ScoreHistogram(rows: [(rawSum: 51, count: 1)]) == nil)
        #expect(ScoreHistogram(rows: [(rawSum: 20, count: -1)]) == nil)
        #expect(h.merged(with: h).n == 16)
        #expect(ScoreHistogram().mean == nil && ScoreSummary(ScoreHistogram()) == nil)
    }

    @Test func theMedianIsExact() {
        #expect(histogram([20, 30, 40]).median == 50)
        #expect(histogram([20, 30, 31, 40]).median == 51.25)
        #expect(histogram([10]).median == 0)
        #expect(histogram([10, 50]).median == 50)
    }

    @Test func scoreBinsCountEveryScoreOnce() {
        let h = histogram([10, 13, 14, 29, 30, 49, 50, 50])
        let bins = h.scoreBins()
        #expect(bins.count == 10)
        #expect(bins.map(\.count) == [2, 1, 0, 0, 1, 1, 0, 0, 0, 3])
        #expect(bins.last?.includesUpper == true && bins.last?.upper == 100)
        // The first five bins are exactly the very weak scores.
        #expect(bins.prefix(5).map(\.count).reduce(0, +) == h.veryWeakCount)
        #expect(h.scoreBins(width: 25).map(\.count) == [3, 1, 1, 3])
        #expect(h.scoreBins(width: 30).map(\.upper) == [30, 60, 90, 100])
    }

    @Test func aSingleResponseOrNoSpread() throws {
        let one = try #require(ScoreSummary(histogram([34])))
        #expect(one.mean == 60 && one.standardDeviation == nil && one.meanInterval == nil)
        let same = try #require(ScoreSummary(histogram([34, 34, 34])))
        #expect(same.standardDeviation == 0 && same.meanInterval?.lower == 60 && same.meanInterval?.upper == 60)
        #expect(UnpairedComparison(first: histogram([34, 34]), second: histogram([38, 38])) == nil)
        #expect(UnpairedComparison(first: histogram([34]), second: histogram([38, 30])) == nil)
    }

    @Test func wilsonAtTheEdges() throws {
        let none = try #require(ProportionEstimate(count: 0, total: 12))
        #expect(none.interval.lower == 0 && none.interval.upper > 0.2 && none.interval.upper < 0.3)
        let all = try #require(ProportionEstimate(count: 12, total: 12))
        #expect(all.interval.upper == 1 && all.interval.lower < 0.8)
        #expect(ProportionEstimate(count: 1, total: 0) == nil)
        #expect(ProportionEstimate(count: 3, total: 2) == nil)
    }

    @Test func theExactWilcoxonDistribution() {
        // n = 3: R⁺ ∈ 0…6 with counts 1 1 1 2 1 1 1.
        #expect(WilcoxonSignedRank.exactCounts(n: 3) == [1, 1, 1, 2, 1, 1, 1])
        #expect(WilcoxonSignedRank.exactCounts(n: 50).reduce(0, +) == pow(2, 50))
        // All four changes up, distinct: p = 2 × 1/16.
        let sample = StatisticsFixture.pairs([20, 20, 20, 20], [21, 22, 23, 24])
        let test = WilcoxonSignedRank(sample)
        #expect(test?.method == .exact && test?.p == 0.125 && test?.statistic == 0)
        #expect(WilcoxonSignedRank(StatisticsFixture.pairs([20, 30], [20, 30])) == nil)
        #expect(PairedComparison(StatisticsFixture.pairs([20, 30], [22, 32])) == nil, "no spread of changes")
    }

    /// A million responses arrive as at most 41 rows and are summarised without rows.
    @Test func aMillionResponsesFromFortyOneRows() throws {
        let rows = ScoreHistogram.rawSums.map { (rawSum: $0, count: 1_000_000 / 41 + ($0 == 30 ? 1_000_000 % 41 : 0)) }
        let h = try #require(ScoreHistogram(rows: rows))
        #expect(h.n == 1_000_000)
        let clock = ContinuousClock()
        var summary: ScoreSummary?
        let elapsed = clock.measure { summary = ScoreSummary(h) }
        #expect(summary?.median == 50)
        #expect(elapsed < .milliseconds(200))
        let aggregated = try #require(
            PairedSample(
                differences: [(rawDifference: 4, count: 999_990), (rawDifference: -2, count: 10)],
                crossings: .init(stayedVeryWeak: 100, roseAcross50: 900, fellAcross50: 0, stayedAbove: 999_000)))
        let paired = try #require(PairedComparison(aggregated))
        #expect(paired.n == 1_000_000 && paired.wilcoxon?.method == .normalApproximation)
        #expect(
            PairedSample(differences: [(rawDifference: 41, count: 1)], crossings: .init(stayedAbove: 1)) == nil)
        #expect(
            PairedSample(differences: [(rawDifference: 1, count: 2)], crossings: .init(stayedAbove: 1)) == nil,
            "the two aggregates must count the same pairs")
    }

    @Test func statementDistributions() throws {
        let responses = try [
            InclusionAnswers([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]),
            InclusionAnswers([5, 5, 5, 5, 5, 5, 5, 5, 5, 5]),
            InclusionAnswers([1, nil, 3, 4, 5, 1, 2, 3, 4, 5]),
        ]
        let distribution = StatementDistribution(answers: responses)
        #expect(distribution.counts(statement: 1) == [2, 0, 0, 0, 1])
        #expect(distribution.total(statement: 2) == 2)
        #expect(distribution.shares(statement: 5) == [0, 0, 0, 0, 1])
        #expect(distribution.meanPoints(statement: 1) == 7.0 / 3)
        let rows: [(statement: Int, points: Int, count: Int)] = [(1, 1, 2), (1, 5, 1), (2, 2, 1), (2, 5, 1)]
        #expect(StatementDistribution(rows: rows)?.counts(statement: 1) == [2, 0, 0, 0, 1])
        #expect(StatementDistribution(rows: [(statement: 11, points: 1, count: 1)]) == nil)
        #expect(StatementDistribution(rows: [(statement: 1, points: 6, count: 1)]) == nil)
    }

    @Test func aSmallRoundShowsNothingButFewerThanFive() {
        let results = InclusionRoundResults(
            histogram: histogram([30, 31, 40, 45]), incomplete: 2, statements: StatementDistribution(), threshold: 5)
        #expect(results.complete == .fewerThan(5) && results.incomplete == .fewerThan(5))
        #expect(results.summary == .suppressed(threshold: 5))
        #expect(results.bins.value == nil && results.statements.value == nil)
        // The setting cannot lower the threshold below 5.
        #expect(
            InclusionRoundResults(
                histogram: histogram([30, 31, 40, 45]), incomplete: 0, statements: StatementDistribution(),
                threshold: 2
            ).threshold == 5)
    }

    @Test func aRoundsSmallBarsAreHidden() throws {
        // 20 responses: bars 40–50 (6), 50–60 (12), 90–100 (2).
        let raw = Array(repeating: 27, count: 6) + Array(repeating: 31, count: 12) + [50, 50]
        let answers = try raw.map { _ in try InclusionAnswers(Array(repeating: 3, count: 10)) }
        let results = InclusionRoundResults(
            histogram: histogram(raw), incomplete: 0, statements: StatementDistribution(answers: answers), threshold: 5)
        #expect(results.complete == .shown(20) && results.incomplete == .shown(0))
        let summary = try #require(results.summary.value)
        #expect(summary.n == 20 && summary.veryWeak.count == 6)
        let bins = try #require(results.bins.value)
        #expect(bins.counts.cells[9] == .fewerThan(5))
        // The 2 could be worked out from the total and the others, so the next smallest
        // non-zero bar (6) is hidden with it.
        #expect(bins.counts.cells[4] == .hidden && bins.counts.cells[5] == .shown(12))
        #expect(bins.counts.total == .shown(20))
        let statements = try #require(results.statements.value)
        #expect(statements.count == 10 && statements[0].cells[2] == .shown(20))
    }

    @Test func comparisonsNeedEveryGroupAboveTheThreshold() throws {
        let start = histogram([25, 28, 30, 33, 35, 38])
        let end = histogram([30, 34, 36, 39, 40, 44])
        let pairs = StatisticsFixture.pairs([25, 28, 30, 33, 35, 38], [30, 34, 36, 39, 40, 44])
        let shown = InclusionComparisonResults(first: start, second: end, pairs: pairs, threshold: 5)
        // Raw changes 5, 6, 6, 6, 5, 6: (34 / 6) × 2,5.
        #expect(abs(shown.unpaired.value!!.meanDifference - 85.0 / 6) < 1e-9)
        #expect(shown.paired.value??.n == 6)
        let table = try #require(shown.crossings.value)
        // 2 rose across 50 and 4 stayed above: the small cells are hidden.
        #expect(table.cells[0][1] == .fewerThan(5) && table.total == .shown(6))
        let small = InclusionComparisonResults(
            first: start, second: histogram([30, 34, 36, 39]), pairs: nil, threshold: 5)
        #expect(small.unpaired == .suppressed(threshold: 5))
        #expect(small.paired == .suppressed(threshold: 5) && small.crossings == .suppressed(threshold: 5))
    }

    @Test func subgroupsBesideTheRound() {
        let groups = [
            histogram(Array(repeating: 34, count: 12)), histogram([30, 31, 32]),
            histogram(Array(repeating: 40, count: 7)),
        ]
        let figures = InclusionSubgroups.summaries(groups, threshold: 5)
        #expect(figures[0].value?.mean == 60)
        #expect(figures[1] == .suppressed(threshold: 5))
        // The group of 3 could be worked out from the whole, so the next smallest goes too.
        #expect(figures[2] == .suppressed(threshold: 5))
    }
}
