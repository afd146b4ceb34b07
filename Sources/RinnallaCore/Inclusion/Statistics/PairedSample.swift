/// Start and end responses paired by the respondents' own codes, reduced to what the paired
/// statistics need: how many pairs changed by each raw difference −40 … 40 (end − start),
/// and how many moved across the very-weak limit of 50 either way. A database aggregates
/// any number of pairs to at most 81 + 4 rows (`GROUP BY end_raw − start_raw` and
/// `GROUP BY start_raw <= 29, end_raw <= 29`); the paired t-test, its interval, the effect
/// size and the Wilcoxon signed-rank test (ties and zeros included) are exact functions of
/// these counts.
public struct PairedSample: Sendable, Hashable {
    public static let rawDifferences: ClosedRange<Int> = -40...40

    /// `differenceCounts[i]` pairs had end − start = −40 + i raw points; 81 entries.
    public private(set) var differenceCounts: [Int]
    /// Pairs by which side of 50 they were on at the start and at the end.
    public private(set) var crossings: Crossings

    public struct Crossings: Sendable, Hashable, Codable {
        /// Under 50 at the start and at the end.
        public var stayedVeryWeak = 0
        /// Under 50 at the start, 50 or more at the end.
        public var roseAcross50 = 0
        /// 50 or more at the start, under 50 at the end.
        public var fellAcross50 = 0
        /// 50 or more at the start and at the end.
        public var stayedAbove = 0

        public init(stayedVeryWeak: Int = 0, roseAcross50: Int = 0, fellAcross50: Int = 0, stayedAbove: Int = 0) {
            self.stayedVeryWeak = stayedVeryWeak
            self.roseAcross50 = roseAcross50
            self.fellAcross50 = fellAcross50
            self.stayedAbove = stayedAbove
        }

        public var total: Int { stayedVeryWeak + roseAcross50 + fellAcross50 + stayedAbove }

        /// Rows "start under 50", "start 50 or more"; columns "end under 50", "end 50 or
        /// more": the layout for `SmallCellSuppression.protect(table:)`.
        public var table: [[Int]] { [[stayedVeryWeak, roseAcross50], [fellAcross50, stayedAbove]] }
    }

    public init() {
        differenceCounts = Array(repeating: 0, count: Self.rawDifferences.count)
        crossings = Crossings()
    }

    /// From individual pairs (tests, small evaluations).
    public init(pairs: some Sequence<(start: InclusionScore, end: InclusionScore)>) {
        self.init()
        for pair in pairs { add(start: pair.start, end: pair.end) }
    }

    /// From aggregated rows: (raw difference, count) and the crossing counts. Nil when a
    /// difference is outside −40 … 40, a count is negative or the two do not count the
    /// same number of pairs.
    public init?(differences: some Sequence<(rawDifference: Int, count: Int)>, crossings: Crossings) {
        self.init()
        for row in differences {
            guard Self.rawDifferences.contains(row.rawDifference), row.count >= 0 else { return nil }
            differenceCounts[row.rawDifference - Self.rawDifferences.lowerBound] += row.count
        }
        let table = crossings.table.joined()
        guard table.allSatisfy({ $0 >= 0 }), crossings.total == n else { return nil }
        self.crossings = crossings
    }

    public mutating func add(start: InclusionScore, end: InclusionScore) {
        differenceCounts[end.rawSum - start.rawSum - Self.rawDifferences.lowerBound] += 1
        switch (start.isVeryWeak, end.isVeryWeak) {
        case (true, true): crossings.stayedVeryWeak += 1
        case (true, false): crossings.roseAcross50 += 1
        case (false, true): crossings.fellAcross50 += 1
        case (false, false): crossings.stayedAbove += 1
        }
    }

    public func count(rawDifference: Int) -> Int {
        Self.rawDifferences.contains(rawDifference)
            ? differenceCounts[rawDifference - Self.rawDifferences.lowerBound] : 0
    }

    /// The raw differences with their counts, smallest first.
    public var rows: [(rawDifference: Int, count: Int)] {
        differenceCounts.enumerated().map {
            (rawDifference: $0.offset + Self.rawDifferences.lowerBound, count: $0.element)
        }
    }

    /// Number of pairs.
    public var n: Int { differenceCounts.reduce(0, +) }
}

/// The paired comparison of start and end scores: mean change (end − start) with its
/// interval, the paired t-test (scipy: `ttest_rel(end, start)`), the effect size and the
/// Wilcoxon signed-rank test, and the moves across 50.
public struct PairedComparison: Sendable, Hashable, Codable {
    public let n: Int
    /// Mean of end − start, in score points.
    public let meanChange: Double
    /// Sample SD of the changes (divisor n − 1).
    public let standardDeviation: Double
    public let standardError: Double
    /// n − 1.
    public let degreesOfFreedom: Double
    public let t: Double
    /// Two-sided.
    public let p: Double
    public let interval: ConfidenceInterval
    /// Cohen's d for paired data (d_z): mean change / SD of the changes.
    public let cohensDz: Double
    /// Nil when every pair has the same score at start and end (no non-zero difference).
    public let wilcoxon: WilcoxonSignedRank?
    public let crossings: PairedSample.Crossings

    /// Nil below two pairs, or when every pair changed by the same amount (no spread: the
    /// t statistic is undefined; scipy gives NaN or ±inf).
    public init?(_ sample: PairedSample, level: Double = 0.95) {
        let n = sample.n
        guard n > 1 else { return nil }
        let sum = sample.rows.reduce(0) { $0 + $1.rawDifference * $1.count }
        let sumOfSquares = sample.rows.reduce(0) { $0 + $1.rawDifference * $1.rawDifference * $1.count }
        // Exact integer numerator, as for the score variance.
        let numerator = n * sumOfSquares - sum * sum
        guard numerator > 0 else { return nil }
        self.n = n
        meanChange = 2.5 * Double(sum) / Double(n)
        standardDeviation = 2.5 * (Double(numerator) / (Double(n) * Double(n - 1))).squareRoot()
        standardError = standardDeviation / Double(n).squareRoot()
        degreesOfFreedom = Double(n - 1)
        t = meanChange / standardError
        p = StudentT.twoSidedP(t, degreesOfFreedom: degreesOfFreedom)
        interval = .t(
            estimate: meanChange, standardError: standardError, degreesOfFreedom: degreesOfFreedom, level: level)
        cohensDz = meanChange / standardDeviation
        wilcoxon = WilcoxonSignedRank(sample)
        crossings = sample.crossings
    }
}
