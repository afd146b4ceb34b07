import Foundation

/// Goal Attainment Scaling: each goal is rated −2…+2 against the level expected when
/// it was set (0), and the goals combine into a T-score (Kiresuk & Sherman).
public enum GoalAttainment {
    public static let levels = -2...2
    /// The usual assumed correlation between goal scores.
    public static let rho = 0.3

    public struct Score: Sendable, Hashable {
        public var level: Int
        public var weight: Double

        public init(level: Int, weight: Double = 1) {
            self.level = level
            self.weight = weight
        }
    }

    /// T = 50 + 10·Σwᵢxᵢ / √((1−ρ)Σwᵢ² + ρ(Σwᵢ)²). Nil without goals or with a level
    /// outside −2…+2 or a non-positive weight.
    public static func tScore(_ scores: [Score], rho: Double = rho) -> Double? {
        guard !scores.isEmpty,
            scores.allSatisfy({ levels.contains($0.level) && $0.weight > 0 })
        else { return nil }
        let weighted = scores.reduce(0) { $0 + $1.weight * Double($1.level) }
        let sumOfSquares = scores.reduce(0) { $0 + $1.weight * $1.weight }
        let sum = scores.reduce(0) { $0 + $1.weight }
        return 50 + 10 * weighted / ((1 - rho) * sumOfSquares + rho * sum * sum).squareRoot()
    }
}
