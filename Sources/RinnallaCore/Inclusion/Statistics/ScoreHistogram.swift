/// How many complete responses had each raw sum 10 … 50: the sufficient statistic of a
/// round. Scores take only 41 values, so a database aggregates any number of responses to
/// at most 41 rows (`SELECT raw_sum, COUNT(*) … GROUP BY raw_sum`) and everything shown —
/// count, mean, SD, exact median, intervals, the share under 50, histograms, Welch's test —
/// is computed from them here, never from the rows.
public struct ScoreHistogram: Sendable, Hashable {
    /// `counts[i]` responses had the raw sum 10 + i; always 41 entries.
    public private(set) var counts: [Int]

    public static let rawSums = InclusionScore.rawSums

    public init() { counts = Array(repeating: 0, count: Self.rawSums.count) }

    /// From aggregated rows (raw sum, count), e.g. a GROUP BY result; a raw sum may appear
    /// more than once (the counts add up). Returns nil for a raw sum outside 10 … 50 or a
    /// negative count: such a row means the data are corrupt.
    public init?(rows: some Sequence<(rawSum: Int, count: Int)>) {
        self.init()
        for row in rows {
            guard Self.rawSums.contains(row.rawSum), row.count >= 0 else { return nil }
            counts[row.rawSum - Self.rawSums.lowerBound] += row.count
        }
    }

    /// From individual scores (tests, small imports).
    public init(scores: some Sequence<InclusionScore>) {
        self.init()
        for score in scores { add(score) }
    }

    public mutating func add(_ score: InclusionScore, count: Int = 1) {
        precondition(count >= 0, "negative count")
        counts[score.rawSum - Self.rawSums.lowerBound] += count
    }

    /// Both rounds' (or subgroups') responses together.
    public func merged(with other: ScoreHistogram) -> ScoreHistogram {
        var result = self
        for index in counts.indices { result.counts[index] += other.counts[index] }
        return result
    }

    public func count(rawSum: Int) -> Int {
        Self.rawSums.contains(rawSum) ? counts[rawSum - Self.rawSums.lowerBound] : 0
    }

    /// The raw sums with their counts, smallest first.
    public var rows: [(rawSum: Int, count: Int)] {
        counts.enumerated().map { (rawSum: $0.offset + Self.rawSums.lowerBound, count: $0.element) }
    }

    /// Number of responses.
    public var n: Int { counts.reduce(0, +) }

    /// Σ raw sum and Σ raw sum², exact in integers (a million responses stay far below 2⁶³).
    public var sumOfRawSums: Int { rows.reduce(0) { $0 + $1.rawSum * $1.count } }
    public var sumOfSquaredRawSums: Int { rows.reduce(0) { $0 + $1.rawSum * $1.rawSum * $1.count } }

    /// Responses with a very weak experience of inclusion (score below 50).
    public var veryWeakCount: Int {
        rows.filter { $0.rawSum <= InclusionScore.veryWeakMaxRawSum }.reduce(0) { $0 + $1.count }
    }

    /// Mean score (0–100), nil without responses.
    public var mean: Double? {
        let n = n
        guard n > 0 else { return nil }
        return 2.5 * (Double(sumOfRawSums) / Double(n) - 10)
    }

    /// Sample variance of the score (divisor n − 1), nil below two responses. The
    /// numerator n Σr² − (Σr)² is exact in integers, so no cancellation creeps in.
    public var variance: Double? {
        let n = n
        guard n > 1 else { return nil }
        let numerator = n * sumOfSquaredRawSums - sumOfRawSums * sumOfRawSums
        return 6.25 * Double(numerator) / (Double(n) * Double(n - 1))
    }

    public var standardDeviation: Double? { variance.map { $0.squareRoot() } }

    /// The median score: the middle response, or the mean of the two middle ones.
    public var median: Double? {
        let n = n
        guard n > 0 else { return nil }
        if n % 2 == 1 { return InclusionScore.value(rawSum: rawSum(atRank: (n + 1) / 2)) }
        let lower = rawSum(atRank: n / 2)
        let upper = rawSum(atRank: n / 2 + 1)
        return (InclusionScore.value(rawSum: lower) + InclusionScore.value(rawSum: upper)) / 2
    }

    public var minimum: Double? { rows.first { $0.count > 0 }.map { InclusionScore.value(rawSum: $0.rawSum) } }
    public var maximum: Double? { rows.last { $0.count > 0 }.map { InclusionScore.value(rawSum: $0.rawSum) } }

    /// The raw sum of the response at 1-based `rank` in ascending order.
    func rawSum(atRank rank: Int) -> Int {
        var seen = 0
        for row in rows {
            seen += row.count
            if seen >= rank { return row.rawSum }
        }
        preconditionFailure("rank beyond the number of responses")
    }

    /// Scores grouped into bins of `width` points from 0: [0, w), [w, 2w), …, the last bin
    /// closed at 100 (so a score of 100 is counted). With the default width 10 the very
    /// weak scores are exactly the first five bins.
    public func scoreBins(width: Double = 10) -> [ScoreBin] {
        precondition(width > 0 && width <= 100, "bin width outside (0, 100]")
        let binCount = Int((100 / width).rounded(.up))
        var bins = (0..<binCount).map { index in
            ScoreBin(
                lower: Double(index) * width, upper: min(100, Double(index + 1) * width),
                includesUpper: index == binCount - 1, count: 0)
        }
        for row in rows where row.count > 0 {
            let index = min(binCount - 1, Int(InclusionScore.value(rawSum: row.rawSum) / width))
            bins[index].count += row.count
        }
        return bins
    }
}

/// One bar of a score histogram: scores in [lower, upper), or [lower, upper] for the last.
public struct ScoreBin: Sendable, Hashable, Codable {
    public let lower: Double
    public let upper: Double
    public let includesUpper: Bool
    public internal(set) var count: Int
}
