/// A two-sided confidence interval.
public struct ConfidenceInterval: Sendable, Hashable, Codable {
    public let lower: Double
    public let upper: Double
    /// E.g. 0.95.
    public let level: Double

    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    /// estimate ± t(1 − α/2, df) × standard error (Student t quantile).
    static func t(
        estimate: Double, standardError: Double, degreesOfFreedom: Double, level: Double
    ) -> ConfidenceInterval {
        let margin = StudentT.quantile(1 - (1 - level) / 2, degreesOfFreedom: degreesOfFreedom) * standardError
        return ConfidenceInterval(lower: estimate - margin, upper: estimate + margin, level: level)
    }
}

/// A share of responses (e.g. under 50 points) with its confidence interval.
///
/// The interval is Wilson's score interval without continuity correction (as scipy's
/// `binomtest(k, n).proportion_ci(method="wilson")`): unlike the textbook p ± z√(p(1−p)/n)
/// it stays inside [0, 1] and keeps its coverage for the small groups and shares near 0
/// or 1 that team evaluations have (0 of 12 under 50 gives [0, 0.24], not [0, 0]).
public struct ProportionEstimate: Sendable, Hashable, Codable {
    public let count: Int
    public let total: Int
    /// count / total, 0 … 1.
    public let proportion: Double
    public let interval: ConfidenceInterval

    /// Nil without responses.
    public init?(count: Int, total: Int, level: Double = 0.95) {
        guard total > 0, (0...total).contains(count) else { return nil }
        self.count = count
        self.total = total
        let n = Double(total)
        let p = Double(count) / n
        proportion = p
        let z = StandardNormal.quantile(1 - (1 - level) / 2)
        let z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = z / denominator * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        // At 0 and n the bound is exactly 0 or 1; the formula can miss it by rounding.
        interval = ConfidenceInterval(
            lower: count == 0 ? 0 : max(0, centre - half), upper: count == total ? 1 : min(1, centre + half),
            level: level)
    }
}

/// Descriptive statistics of one round's (or subgroup's) scores, all on the 0–100 scale.
public struct ScoreSummary: Sendable, Hashable, Codable {
    public let n: Int
    public let mean: Double
    /// Sample standard deviation (divisor n − 1); nil for a single response.
    public let standardDeviation: Double?
    public let median: Double
    public let minimum: Double
    public let maximum: Double
    /// Mean ± t(0.975, n − 1) × SD / √n; nil for a single response. When every response
    /// has the same score the interval is that score.
    public let meanInterval: ConfidenceInterval?
    /// Responses with a very weak experience of inclusion (below 50) and their share, with
    /// Wilson's interval.
    public let veryWeak: ProportionEstimate

    /// Nil without responses.
    public init?(_ histogram: ScoreHistogram, level: Double = 0.95) {
        guard let mean = histogram.mean, let median = histogram.median, let minimum = histogram.minimum,
            let maximum = histogram.maximum,
            let veryWeak = ProportionEstimate(count: histogram.veryWeakCount, total: histogram.n, level: level)
        else { return nil }
        n = histogram.n
        self.mean = mean
        self.median = median
        self.minimum = minimum
        self.maximum = maximum
        self.veryWeak = veryWeak
        standardDeviation = histogram.standardDeviation
        if let sd = standardDeviation {
            meanInterval = .t(
                estimate: mean, standardError: sd / Double(n).squareRoot(), degreesOfFreedom: Double(n - 1),
                level: level)
        } else {
            meanInterval = nil
        }
    }
}
