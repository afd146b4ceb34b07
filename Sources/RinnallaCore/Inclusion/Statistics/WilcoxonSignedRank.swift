/// The Wilcoxon signed-rank test of paired changes (two-sided), computed from the
/// histogram of differences and matching scipy's
/// `wilcoxon(end - start, zero_method="wilcox", correction=True, method=…)`:
///
/// - Zeros (no change) are dropped before ranking (`zero_method="wilcox"`, Wilcoxon's own
///   rule and scipy's and R's default); `n` counts the non-zero changes.
/// - The absolute changes are ranked with tied values getting their mean rank; R⁺ and R⁻
///   are the rank sums of the increases and the decreases; the statistic is min(R⁺, R⁻).
/// - `.exact`: with no ties, no zeros and n ≤ 50, the p-value comes from the exact null
///   distribution of R⁺ (every sign pattern equally likely), p = 2 min(P(R⁺ ≥ r),
///   P(R⁺ ≤ r)), at most 1 — scipy's `method="exact"`, which its `"auto"` picks in this case.
/// - `.normalApproximation` otherwise: z = (R⁺ − n(n+1)/4) / σ with the tie correction
///   σ² = (n(n+1)(2n+1) − Σ(t³ − t)/2) / 24 over the groups of t tied absolute changes, and
///   the continuity correction of ½ towards zero; p = 2 P(Z ≥ |z|) — scipy's
///   `method="asymptotic", correction=True`. (For n ≤ 13 with ties or zeros scipy's `"auto"`
///   would instead run a permutation test; this type always uses the normal approximation
///   there, as the fixtures state.)
///
/// Since the scores are whole raw sums, ties are the rule and the normal approximation is
/// what most evaluations get.
public struct WilcoxonSignedRank: Sendable, Hashable, Codable {
    public enum Method: String, Sendable, Hashable, Codable {
        case exact, normalApproximation
    }

    /// The largest n for which the exact distribution is used (as scipy).
    public static let exactLimit = 50

    /// Non-zero changes, the ones ranked.
    public let n: Int
    /// Pairs without change, dropped.
    public let zeros: Int
    public let rankSumPositive: Double
    public let rankSumNegative: Double
    /// min(R⁺, R⁻), scipy's two-sided statistic.
    public var statistic: Double { min(rankSumPositive, rankSumNegative) }
    /// Whether some absolute changes are tied.
    public let hasTies: Bool
    public let method: Method
    /// The continuity-corrected z of the normal approximation, positive when the scores
    /// rose (scipy reports −|z|); nil for the exact test.
    public let z: Double?
    /// Two-sided.
    public let p: Double

    /// Nil when no pair changed.
    public init?(_ sample: PairedSample) {
        let maxMagnitude = PairedSample.rawDifferences.upperBound
        var nextRank = 1.0
        var positive = 0.0
        var negative = 0.0
        var n = 0
        var tieTerm = 0.0
        var hasTies = false
        for magnitude in 1...maxMagnitude {
            let up = sample.count(rawDifference: magnitude)
            let down = sample.count(rawDifference: -magnitude)
            let tied = up + down
            guard tied > 0 else { continue }
            // Ranks nextRank … nextRank + tied − 1 share their mean.
            let meanRank = nextRank + Double(tied - 1) / 2
            positive += Double(up) * meanRank
            negative += Double(down) * meanRank
            nextRank += Double(tied)
            n += tied
            let t = Double(tied)
            tieTerm += t * t * t - t
            if tied > 1 { hasTies = true }
        }
        guard n > 0 else { return nil }
        self.n = n
        zeros = sample.count(rawDifference: 0)
        rankSumPositive = positive
        rankSumNegative = negative
        self.hasTies = hasTies
        let count = Double(n)
        if !hasTies && zeros == 0 && n <= Self.exactLimit {
            method = .exact
            z = nil
            let r = Int(positive.rounded())
            p = min(1, 2 * min(Self.exactUpperTail(n: n, atLeast: r), Self.exactLowerTail(n: n, atMost: r)))
        } else {
            method = .normalApproximation
            let mean = count * (count + 1) / 4
            let sigma = ((count * (count + 1) * (2 * count + 1) - tieTerm / 2) / 24).squareRoot()
            var z = (positive - mean) / sigma
            if z > 0 { z -= 0.5 / sigma } else if z < 0 { z += 0.5 / sigma }
            self.z = z
            p = StandardNormal.twoSidedP(z)
        }
    }

    /// How many of the 2ⁿ sign patterns give R⁺ = s, for s = 0 … n(n+1)/2 (counts exact
    /// in Double up to n = 50: the largest is below 2⁵³).
    static func exactCounts(n: Int) -> [Double] {
        var counts = [Double](repeating: 0, count: n * (n + 1) / 2 + 1)
        counts[0] = 1
        var reach = 0
        for rank in 1...n {
            reach += rank
            for sum in stride(from: reach, through: rank, by: -1) { counts[sum] += counts[sum - rank] }
        }
        return counts
    }

    static func exactLowerTail(n: Int, atMost r: Int) -> Double {
        let counts = exactCounts(n: n)
        let total = counts.reduce(0, +)
        return counts.prefix(max(0, r + 1)).reduce(0, +) / total
    }

    static func exactUpperTail(n: Int, atLeast r: Int) -> Double {
        let counts = exactCounts(n: n)
        let total = counts.reduce(0, +)
        return counts.suffix(from: min(counts.count, max(0, r))).reduce(0, +) / total
    }
}
