/// A round's results as they may be shown to anyone (issue 6, "small-cell protection in
/// every table, chart and export"), built on `SmallCellSuppression`:
///
/// - The round's figures (mean, SD, median, intervals, share under 50) are shown whole or
///   not at all: below the threshold the round shows only "fewer than {threshold}".
/// - Every bar of the score histogram and every option count of a statement is a cell:
///   1 … threshold − 1 shows "fewer than {threshold}", with complementary suppression
///   within the bars (or the statement's five options) so that no hidden count can be
///   worked out from the total.
/// - Incomplete responses are counted (their number is a cell of its own) but left out of
///   every figure.
public struct InclusionRoundResults: Sendable, Equatable {
    public let threshold: Int
    /// Complete and incomplete responses, each protected on its own.
    public let complete: ProtectedCount
    public let incomplete: ProtectedCount
    public let summary: ProtectedSummary<ScoreSummary>
    /// The score histogram's bars with their counts protected; suppressed as a whole below
    /// the threshold.
    public let bins: ProtectedSummary<ProtectedBins>
    /// Statement 1 … 10 in order, each its five option counts protected.
    public let statements: ProtectedSummary<[ProtectedList]>

    public init(
        histogram: ScoreHistogram, incomplete: Int, statements: StatementDistribution, binWidth: Double = 10,
        threshold setting: Int, level: Double = 0.95
    ) {
        let threshold = SmallCellSuppression.threshold(setting)
        self.threshold = threshold
        let n = histogram.n
        complete = SmallCellSuppression.subgroup(n, threshold: threshold)
        self.incomplete = SmallCellSuppression.subgroup(incomplete, threshold: threshold)
        // A round with responses has a summary; `!` cannot fail once n ≥ threshold ≥ 5.
        summary = SmallCellSuppression.summary(responses: n, threshold: threshold) {
            ScoreSummary(histogram, level: level)!
        }
        bins = SmallCellSuppression.summary(responses: n, threshold: threshold) {
            ProtectedBins(histogram.scoreBins(width: binWidth), threshold: threshold)
        }
        self.statements = SmallCellSuppression.summary(responses: n, threshold: threshold) {
            (1...InclusionIndicator.statementCount).map {
                SmallCellSuppression.protect(list: statements.counts(statement: $0), threshold: threshold)
            }
        }
    }
}

/// Histogram bars with protected counts.
public struct ProtectedBins: Sendable, Hashable {
    public let bins: [ScoreBin]
    /// `counts[i]` is what bar i may show.
    public let counts: ProtectedList

    public init(_ bins: [ScoreBin], threshold: Int) {
        self.bins = bins
        counts = SmallCellSuppression.protect(list: bins.map(\.count), threshold: threshold)
    }
}

/// Start vs end as it may be shown: each comparison only when every group in it reaches
/// the threshold, and the moves across 50 as a protected 2 × 2 table (rows: start under
/// 50 / 50 or more; columns: end under 50 / 50 or more).
public struct InclusionComparisonResults: Sendable, Equatable {
    public let threshold: Int
    public let unpaired: ProtectedSummary<UnpairedComparison?>
    public let paired: ProtectedSummary<PairedComparison?>
    public let crossings: ProtectedSummary<ProtectedTable>

    public init(
        first: ScoreHistogram, second: ScoreHistogram, pairs: PairedSample?, threshold setting: Int,
        level: Double = 0.95
    ) {
        let threshold = SmallCellSuppression.threshold(setting)
        self.threshold = threshold
        unpaired = SmallCellSuppression.summary(responses: min(first.n, second.n), threshold: threshold) {
            UnpairedComparison(first: first, second: second, level: level)
        }
        let pairCount = pairs?.n ?? 0
        paired = SmallCellSuppression.summary(responses: pairCount, threshold: threshold) {
            pairs.flatMap { PairedComparison($0, level: level) }
        }
        crossings = SmallCellSuppression.summary(responses: pairCount, threshold: threshold) {
            SmallCellSuppression.protect(table: pairs?.crossings.table ?? [[0, 0], [0, 0]], threshold: threshold)
        }
    }
}

/// Figures of subgroups by a background question (gender, age group, labour-market
/// status), beside the whole round: a subgroup's size and figures are hidden below the
/// threshold and, where a hidden subgroup could be worked out from the whole, the next
/// smallest too (`SmallCellSuppression.summaries`). Pass every subgroup, "prefer not to
/// say" and unanswered included, so that they add up to the round.
public enum InclusionSubgroups {
    public static func summaries(
        _ subgroups: [ScoreHistogram], threshold: Int, level: Double = 0.95
    ) -> [ProtectedSummary<ScoreSummary>] {
        SmallCellSuppression.summaries(responses: subgroups.map(\.n), threshold: threshold) {
            ScoreSummary(subgroups[$0], level: level)!
        }
    }
}
