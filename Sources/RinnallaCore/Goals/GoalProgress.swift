import Foundation

/// GAS change over a period: the T-score at goal setting (every goal at its baseline
/// level) compared with the T-score of each evaluation.
public enum GoalProgress {
    public struct Rating: Sendable, Hashable {
        public var goal: String
        public var level: Int
        public var weight: Double
        public var baseline: Int

        public init(goal: String, level: Int, weight: Double = 1, baseline: Int = -1) {
            self.goal = goal
            self.level = level
            self.weight = weight
            self.baseline = baseline
        }
    }

    public struct Summary: Sendable, Equatable {
        /// T-score of the rated goals at their baseline levels.
        public var baseline: Double
        public var current: Double
        public var change: Double { current - baseline }
    }

    /// The baseline levels GAS allows: the client starts below the expected level.
    public static let baselineLevels = -2...0

    public static func summary(_ ratings: [Rating]) -> Summary? {
        guard
            let current = GoalAttainment.tScore(ratings.map { .init(level: $0.level, weight: $0.weight) }),
            let baseline = GoalAttainment.tScore(ratings.map { .init(level: $0.baseline, weight: $0.weight) })
        else { return nil }
        return Summary(baseline: baseline, current: current)
    }

    /// One decimal, the way T-scores are reported.
    public static func format(_ value: Double, language: Language) -> String {
        let rounded = (value * 10).rounded() / 10
        let text = String(format: "%.1f", rounded)
        return language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    /// "+3,4" / "−1,2" / "0,0"
    public static func formatChange(_ value: Double, language: Language) -> String {
        let rounded = (value * 10).rounded() / 10
        let body = format(abs(rounded), language: language)
        if rounded > 0 { return "+" + body }
        if rounded < 0 { return "−" + body }
        return body
    }
}
