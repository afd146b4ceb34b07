import Foundation

/// The standard normal distribution.
public enum StandardNormal {
    /// P(Z ≤ z), through `erfc` so that both tails keep their precision.
    public static func cdf(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

    /// P(Z > z).
    public static func survival(_ z: Double) -> Double { 0.5 * erfc(z / 2.0.squareRoot()) }

    /// Two-sided p-value of a z statistic: P(|Z| ≥ |z|).
    public static func twoSidedP(_ z: Double) -> Double { min(1, 2 * survival(abs(z))) }

    /// The z with P(Z ≤ z) = p, 0 < p < 1.
    public static func quantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "probability outside (0, 1)")
        // The upper tail is solved through the survival function so that p near 1 keeps
        // its precision; by symmetry the lower tail is its mirror image.
        if p > 0.5 { return -quantile(1 - p) }
        return Root.bisect(lower: -40, upper: 0) { cdf($0) - p }
    }
}

/// Student's t distribution with `degreesOfFreedom` > 0 (not necessarily whole: Welch's
/// test gives fractional degrees of freedom).
public enum StudentT {
    /// P(T ≤ t). With x = ν / (ν + t²), P(|T| ≥ |t|) = I_x(ν/2, 1/2), the regularized
    /// incomplete beta function.
    public static func cdf(_ t: Double, degreesOfFreedom df: Double) -> Double {
        let tail = 0.5 * twoSidedP(t, degreesOfFreedom: df)
        return t > 0 ? 1 - tail : tail
    }

    /// P(|T| ≥ |t|), computed directly (not as 1 − cdf) so small p-values keep precision.
    public static func twoSidedP(_ t: Double, degreesOfFreedom df: Double) -> Double {
        precondition(df > 0, "degrees of freedom must be positive")
        if t == 0 { return 1 }
        if t.isInfinite { return 0 }
        let t2 = t * t
        // x and 1 − x both computed without cancellation.
        let x = df / (df + t2)
        let oneMinusX = t2 / (df + t2)
        return min(1, IncompleteBeta.regularized(a: df / 2, b: 0.5, x: x, oneMinusX: oneMinusX))
    }

    /// The t with P(T ≤ t) = p, 0 < p < 1 (as scipy's `t.ppf`).
    public static func quantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        precondition(p > 0 && p < 1, "probability outside (0, 1)")
        precondition(df > 0, "degrees of freedom must be positive")
        if p == 0.5 { return 0 }
        if p > 0.5 { return -quantile(1 - p, degreesOfFreedom: df) }
        // Lower tail: find t < 0 with tail(t) = p, tail = I_x(ν/2, 1/2) / 2. Bracket first
        // (the tail of ν ≤ 1 is very heavy), then bisect.
        let tail = { (t: Double) in 0.5 * twoSidedP(t, degreesOfFreedom: df) - p }
        var lower = -1.0
        while tail(lower) > 0 && lower > -1e300 { lower *= 16 }
        return Root.bisect(lower: lower, upper: 0) { tail($0) }
    }
}

/// The regularized incomplete beta function I_x(a, b).
public enum IncompleteBeta {
    /// I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1. Pass `oneMinusX` when 1 − x is known more
    /// precisely than by subtraction.
    public static func regularized(a: Double, b: Double, x: Double, oneMinusX: Double? = nil) -> Double {
        precondition(a > 0 && b > 0, "shape parameters must be positive")
        let y = oneMinusX ?? (1 - x)
        if x <= 0 { return 0 }
        if y <= 0 { return 1 }
        // x^a (1 − x)^b / (a B(a, b)) times the continued fraction; the fraction converges
        // fast for x < (a + 1) / (a + b + 2), and I_x(a, b) = 1 − I_{1−x}(b, a) otherwise.
        let logFront = -logBeta(a, b) + a * log(x) + b * log(y)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(a: a, b: b, x: x) / a
        } else {
            return 1 - exp(logFront) * continuedFraction(a: b, b: a, x: y) / b
        }
    }

    /// log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b). For a large shape parameter
    /// (Student t with ν = 10⁶ has a = 500 000) the difference of two log Γ near 6 × 10⁶
    /// would lose nine digits, so log Γ(p + q) − log Γ(p), p the larger, is taken from
    /// Stirling's series, where the large terms cancel analytically.
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let (p, q) = a >= b ? (a, b) : (b, a)
        guard p >= 15 else { return lgamma(a) + lgamma(b) - lgamma(a + b) }
        // Stirling: log Γ(x) = (x − ½) log x − x + ½ log 2π + c(x).
        func c(_ x: Double) -> Double {
            let x2 = x * x
            return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - 1.0 / (1680 * x2)) / x2) / x2) / x
        }
        let ratio = (p - 0.5) * log1p(q / p) + q * log(p + q) - q + c(p + q) - c(p)
        return lgamma(q) - ratio
    }

    /// The continued fraction for I_x(a, b) (its even and odd terms d_{2m}, d_{2m+1}),
    /// evaluated by the modified Lentz method.
    static func continuedFraction(a: Double, b: Double, x: Double) -> Double {
        let tiny = 1e-300
        let epsilon = 1e-16
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var result = d
        // Large shape parameters (a paired test of a million responses has ν/2 = 500 000)
        // need on the order of √max(a, b) terms.
        let maxTerms = 20_000 + Int(4 * max(a, b).squareRoot())
        for m in 1...maxTerms {
            let m = Double(m)
            // Even step.
            var term = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + term * d
            if abs(d) < tiny { d = tiny }
            c = 1 + term / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            result *= d * c
            // Odd step.
            term = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + term * d
            if abs(d) < tiny { d = tiny }
            c = 1 + term / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            result *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return result
    }
}

enum Root {
    /// A root of an increasing function f with f(lower) ≤ 0 ≤ f(upper), to full precision.
    static func bisect(lower: Double, upper: Double, _ f: (Double) -> Double) -> Double {
        var (lo, hi) = (lower, upper)
        for _ in 0..<2000 {
            let mid = lo + (hi - lo) / 2
            if mid <= lo || mid >= hi { break }
            if f(mid) < 0 { lo = mid } else { hi = mid }
        }
        return lo + (hi - lo) / 2
    }
}
