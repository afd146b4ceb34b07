/// Start vs end (or any two rounds or groups) compared without pairing: the difference of
/// mean scores `second − first` with Welch's t-test, which does not assume equal variances
/// (scipy: `ttest_ind(second, first, equal_var=False)`). Computed from the two histograms.
public struct UnpairedComparison: Sendable, Hashable, Codable {
    public let firstCount: Int
    public let secondCount: Int
    /// Mean of the second minus mean of the first, in score points.
    public let meanDifference: Double
    public let standardError: Double
    /// Welch–Satterthwaite: (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1)).
    public let degreesOfFreedom: Double
    public let t: Double
    /// Two-sided.
    public let p: Double
    /// meanDifference ± t(0.975, df) × standardError.
    public let interval: ConfidenceInterval
    /// Cohen's d: the difference over the pooled SD √(((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2)).
    /// The pooled SD is used (not the Welch SE) because d is a size of difference on the
    /// scale of the individuals, the same for any n.
    public let cohensD: Double
    /// Hedges' g = d × (1 − 3 / (4(n₁ + n₂) − 9)), d with the small-sample bias taken off;
    /// the one to report for the small groups of a team's evaluation.
    public let hedgesG: Double

    /// Nil when either side has fewer than two responses or both have no spread at all
    /// (the test is undefined; scipy gives NaN).
    public init?(first: ScoreHistogram, second: ScoreHistogram, level: Double = 0.95) {
        guard let m1 = first.mean, let m2 = second.mean, let v1 = first.variance, let v2 = second.variance
        else { return nil }
        let n1 = Double(first.n)
        let n2 = Double(second.n)
        let a = v1 / n1
        let b = v2 / n2
        let se = (a + b).squareRoot()
        guard se > 0 else { return nil }
        firstCount = first.n
        secondCount = second.n
        meanDifference = m2 - m1
        standardError = se
        degreesOfFreedom = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1))
        t = meanDifference / se
        p = StudentT.twoSidedP(t, degreesOfFreedom: degreesOfFreedom)
        interval = .t(estimate: meanDifference, standardError: se, degreesOfFreedom: degreesOfFreedom, level: level)
        let pooled = (((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2)).squareRoot()
        cohensD = meanDifference / pooled
        hedgesG = cohensD * (1 - 3 / (4 * (n1 + n2) - 9))
    }
}
