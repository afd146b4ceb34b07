/// How long clients wait: days from the first offer (the suitability check) to the first
/// decision, the app choosing which two days it pairs.
///
/// Median and 90th percentile are taken by linear interpolation between the closest
/// ranks (Hyndman & Fan type 7), the method of Excel's MEDIAN and PERCENTILE.INC
/// (MEDIAANI, PROSENTTIPISTE.SIS): the team lead gets the list behind the figure as a
/// Finnish-Excel CSV and can check the figure there with the function she knows. For
/// an even count the median is the mean of the two middle waits, as usually taught.
/// The result is in days with a fraction (shown to one decimal).
public struct WaitingTime: Sendable, Hashable {
    /// One client's wait.
    public struct Wait: Sendable, Hashable {
        public let from: Day
        public let to: Day

        public init(from: Day, to: Day) {
            self.from = from
            self.to = to
        }

        /// Days from `from` to `to`: 0 on the same day, negative when `to` comes first.
        public var days: Int { to.ordinal - from.ordinal }
    }

    /// The waits of zero days or more, shortest first.
    public let days: [Int]
    /// Pairs whose end came before their start (a decision dated before the check was
    /// recorded): left out of the figures, shown as their own count so they get fixed.
    public let negativeCount: Int

    public init(_ waits: [Wait]) {
        days = waits.map(\.days).filter { $0 >= 0 }.sorted()
        negativeCount = waits.count(where: { $0.days < 0 })
    }

    public var count: Int { days.count }
    public var median: Double? { Self.percentile(50, ofSorted: days) }
    public var percentile90: Double? { Self.percentile(90, ofSorted: days) }

    /// The `percent`th percentile (0…100) of ascending `values`: the value at rank
    /// h = (n − 1)·percent/100 counted from 0, interpolated between the ranks either side
    /// of a fractional h. Nil for no values (or a percent that is not a number).
    public static func percentile(_ percent: Double, ofSorted values: [Int]) -> Double? {
        guard !values.isEmpty, percent.isFinite else { return nil }
        let rank = Double(values.count - 1) * min(max(percent, 0), 100) / 100
        let below = Int(rank.rounded(.down))
        let above = min(below + 1, values.count - 1)
        let fraction = rank - Double(below)
        return Double(values[below]) + fraction * Double(values[above] - values[below])
    }
}
