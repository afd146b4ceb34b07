/// Whether a period's decisions follow each other as the handbook plans them: three-month
/// decisions, each continued without a gap, "kolmen kuukauden jaksoissa enintään vuoden".
/// The decision that ends in the next 21 days without a continuation is the worker's
/// reminder itself, `WorkerDay.decisionEnding(_:today:)`, asked on the same day.
public enum DecisionContinuity {
    /// Days between two consecutive decisions that no decision covers.
    public struct Gap: Sendable, Hashable {
        /// The decision before the gap.
        public let before: DayRange
        /// The decision after it.
        public let after: DayRange

        public init(before: DayRange, after: DayRange) {
            self.before = before
            self.after = after
        }

        /// The uncovered days: from the day after `before` ends to the day before `after`
        /// starts.
        public var days: DayRange { DayRange(before.last.adding(days: 1), after.first.adding(days: -1)) }
        public var dayCount: Int { days.dayCount }
    }

    /// The gaps of one period's granted decisions, in day order. Decisions are taken by
    /// their first day; a decision that ends before an earlier one does (which the
    /// decision rules never allow) leaves no gap of its own.
    public static func gaps(_ decisions: [DayRange]) -> [Gap] {
        let sorted = decisions.sorted { ($0.first, $0.last) < ($1.first, $1.last) }
        guard var reach = sorted.first else { return [] }
        var result: [Gap] = []
        for next in sorted.dropFirst() {
            if next.first.ordinal - reach.last.ordinal > 1 { result.append(Gap(before: reach, after: next)) }
            if next.last > reach.last { reach = next }
        }
        return result
    }

    /// The gaps with at least one uncovered day in `window` (the reporting period).
    public static func gaps(_ decisions: [DayRange], overlapping window: DayRange) -> [Gap] {
        gaps(decisions).filter { $0.days.overlaps(window) }
    }

    /// The last day the period may last: a year from its first decision's first day
    /// (`DecisionRules.latestEnd(ofPeriodStarting:)`); nil without decisions.
    public static func twelveMonthEnd(_ decisions: [DayRange]) -> Day? {
        decisions.map(\.first).min().map(DecisionRules.latestEnd(ofPeriodStarting:))
    }

    /// The period reaches its twelve months in `window`: its last possible day falls in
    /// the window and it still has a decision running into the window (a period whose
    /// decisions ended earlier will not reach the year).
    public static func reachesTwelveMonths(_ decisions: [DayRange], in window: DayRange) -> Bool {
        guard let end = twelveMonthEnd(decisions), let latest = decisions.map(\.last).max() else { return false }
        return window.contains(end) && latest >= window.first
    }

    /// Decisions starting in one month.
    public struct MonthCount: Sendable, Hashable {
        public let month: Month
        /// A period's first decision.
        public let first: Int
        /// A decision of a period that already had one starting earlier.
        public let continuations: Int
        public var total: Int { first + continuations }
    }

    /// Decisions per month, counted by their first day: every granted decision has one,
    /// it is the day the decision text names, and a decision made late (or signed again)
    /// still counts in the month it covers from. `periods` holds each period's granted
    /// decisions; one count for each of `months`.
    public static func perMonth(periods: [[DayRange]], months: [Month]) -> [MonthCount] {
        var counts: [Month: (first: Int, continuations: Int)] = [:]
        for decisions in periods {
            guard let periodStart = decisions.map(\.first).min() else { continue }
            for decision in decisions {
                if decision.first == periodStart {
                    counts[Month(decision.first), default: (0, 0)].first += 1
                } else {
                    counts[Month(decision.first), default: (0, 0)].continuations += 1
                }
            }
        }
        return months.map {
            MonthCount(month: $0, first: counts[$0]?.first ?? 0, continuations: counts[$0]?.continuations ?? 0)
        }
    }
}
