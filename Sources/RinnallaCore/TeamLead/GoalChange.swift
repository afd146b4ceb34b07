/// GAS change at closing for the team lead: each closed period's T-score at its final
/// evaluation minus the T-score of its goals at their baseline levels (`GoalProgress`,
/// as on the client's evaluation page), sorted into four bins.
///
/// GAS T-scores are built to have mean 50 and standard deviation 10, so the bins are in
/// half standard deviations: half an SD (5) is the usual threshold of a change that
/// matters (Norman, Sloan & Wyrwich 2003), one SD (10) is one whole GAS level on a
/// single goal, and bringing every goal from the usual baseline −1 to the expected
/// level gives +10 (one goal) to about +18 (many), always "much better".
public enum GoalChange {
    public enum Bin: String, CaseIterable, Sendable, Codable {
        /// Down by 5 or more.
        case worse
        /// Less than 5 either way.
        case noClearChange = "no-clear-change"
        /// Up by 5 to under 10.
        case better
        /// Up by 10 or more.
        case muchBetter = "much-better"
    }

    /// The change at closing; nil without rated goals (`GoalProgress.summary`) or when
    /// the weights make it no number.
    public static func change(_ closingRatings: [GoalProgress.Rating]) -> Double? {
        GoalProgress.summary(closingRatings).map(\.change).flatMap { $0.isFinite ? $0 : nil }
    }

    /// The bin of a change, judged on the value rounded to one decimal as the list shows
    /// it, so that "+5,0" is never listed as less than 5.
    public static func bin(_ change: Double) -> Bin {
        let shown = (change * 10).rounded() / 10
        switch shown {
        case ...(-5): return .worse
        case ..<5: return .noClearChange
        case ..<10: return .better
        default: return .muchBetter
        }
    }

    public struct BinCount: Sendable, Hashable {
        public let bin: Bin
        public let count: Int
    }

    /// How many changes fall in each bin, every bin in the bins' order (worse first).
    public static func distribution(_ changes: [Double]) -> [BinCount] {
        let bins = changes.map(bin)
        return Bin.allCases.map { bin in BinCount(bin: bin, count: bins.count(where: { $0 == bin })) }
    }
}
