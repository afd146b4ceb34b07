/// The rules for social rehabilitation decisions (SHL 17 §) as the Helsinki handbook
/// applies them: a decision covers at most three months (4.1.–3.4.2024: up to the day
/// before the same date three months later), continuation decisions follow without a
/// gap, and a period lasts at most a year.
public enum DecisionRules {
    public static let monthsPerDecision = 3
    public static let monthsPerPeriod = 12

    public enum Violation: Error, Equatable, Sendable {
        case endBeforeStart
        /// Longer than three months; the latest allowed end.
        case longerThanThreeMonths(latestEnd: Day)
        /// Overlaps an existing decision.
        case overlaps(DayRange)
        /// A continuation must start the day after the previous decision ends.
        case gap(expectedStart: Day)
        /// Would take the period past twelve months; the latest allowed end.
        case pastTwelveMonths(latestEnd: Day)
        /// A continuation must follow the latest decision, not come before it.
        case beforeExisting(periodStart: Day)

        public var key: L10nKey {
            switch self {
            case .endBeforeStart: .ruleDecisionEndBeforeStart
            case .longerThanThreeMonths: .ruleDecisionLongerThanThreeMonths
            case .overlaps: .ruleDecisionOverlaps
            case .gap: .ruleDecisionGap
            case .pastTwelveMonths: .ruleDecisionPastTwelveMonths
            case .beforeExisting: .ruleDecisionBeforeExisting
            }
        }

        /// Values for the message's placeholders.
        public var arguments: [String: String] {
            switch self {
            case .endBeforeStart: [:]
            case .longerThanThreeMonths(let day), .pastTwelveMonths(let day): ["date": day.finnish]
            case .overlaps(let range): ["range": range.finnish]
            case .gap(let day): ["date": day.finnish]
            case .beforeExisting(let day): ["date": day.finnish]
            }
        }
    }

    /// The last day a decision starting on `start` may cover.
    public static func latestEnd(ofDecisionStarting start: Day) -> Day {
        start.sameDay(monthsLater: monthsPerDecision).adding(days: -1)
    }

    /// The last day of a period that started on `start`.
    public static func latestEnd(ofPeriodStarting start: Day) -> Day {
        start.sameDay(monthsLater: monthsPerPeriod).adding(days: -1)
    }

    /// Checks a new decision against the period's existing (granted) decisions.
    public static func check(_ proposed: DayRange, existing: [DayRange]) throws(Violation) {
        guard proposed.first <= proposed.last else { throw .endBeforeStart }
        let latest = latestEnd(ofDecisionStarting: proposed.first)
        guard proposed.last <= latest else { throw .longerThanThreeMonths(latestEnd: latest) }
        if let clash = existing.first(where: { $0.overlaps(proposed) }) { throw .overlaps(clash) }
        let sorted = existing.sorted { $0.first < $1.first }
        guard let periodStart = sorted.first?.first, let previous = sorted.last else { return }
        guard proposed.first > previous.last else { throw .beforeExisting(periodStart: periodStart) }
        let expected = previous.last.adding(days: 1)
        guard proposed.first == expected else { throw .gap(expectedStart: expected) }
        let periodEnd = latestEnd(ofPeriodStarting: periodStart)
        guard proposed.last <= periodEnd else { throw .pastTwelveMonths(latestEnd: periodEnd) }
    }

    /// The default range for the next decision: three months right after the last one,
    /// cut at the year's end.
    public static func nextDecision(after existing: [DayRange], startingIfFirst start: Day) -> DayRange? {
        let sorted = existing.sorted { $0.first < $1.first }
        guard let periodStart = sorted.first?.first, let previous = sorted.last else {
            return DayRange(start, latestEnd(ofDecisionStarting: start))
        }
        let first = previous.last.adding(days: 1)
        let periodEnd = latestEnd(ofPeriodStarting: periodStart)
        guard first <= periodEnd else { return nil }
        return DayRange(first, min(latestEnd(ofDecisionStarting: first), periodEnd))
    }
}
