/// The handbook's rhythm, "tavataan vähintään kaksi kertaa kuukaudessa", as the team
/// lead's figure: of the client-months in which two meetings were expected, how many had
/// them. A client-month is expected exactly when the worker's list would expect it
/// (`WorkerDay.expectsMonthlyRhythm`: the granted decisions cover the month's 1st and its
/// last day, or today in the running month), and the clients listed below two are the
/// worker's list itself (`WorkerDay.needsMoreMeetings`) asked on that day.
public enum MeetingCoverage {
    /// One client in one month.
    public struct ClientMonth: Sendable, Hashable {
        public let month: Month
        /// The day the month is judged on: its last day, or today while it runs.
        public let asOf: Day
        /// Realised meetings from the 1st up to `asOf`.
        public let realised: Int
        /// Whether two meetings were expected (the month counts in the share's whole).
        public let isExpected: Bool
        /// The worker's "fewer than two so far" on `asOf`: from the 15th on only, so in a
        /// running month before the 15th nobody is below; in an ended month it is exactly
        /// an expected month without two meetings.
        public let isBelowRhythm: Bool

        /// Counts in the share's part: expected and at least two realised meetings.
        public var hadTwo: Bool { isExpected && realised >= MeetingRhythm.minimumPerMonth }
    }

    /// The client's month judged on `asOf(today)`; nil for a month that has not begun.
    /// `realisedMeetings` holds one day per realised meeting (a day twice for two meetings
    /// on it), as the app counts them for the worker's list; days outside the month are
    /// ignored.
    public static func clientMonth(
        _ month: Month, decisions: [DayRange], realisedMeetings: [Day], today: Day
    ) -> ClientMonth? {
        guard month.firstDay <= today else { return nil }
        let soFar = DayRange(month.firstDay, min(month.lastDay, today))
        return clientMonth(
            month, decisions: decisions, realised: realisedMeetings.count(where: soFar.contains), today: today)
    }

    /// The same, from the number of realised meetings in the month up to `today` (a
    /// count the database makes, so a large unit's meetings need not be read one by one).
    public static func clientMonth(_ month: Month, decisions: [DayRange], realised: Int, today: Day) -> ClientMonth? {
        guard month.firstDay <= today else { return nil }
        let asOf = min(month.lastDay, today)
        return ClientMonth(
            month: month, asOf: asOf, realised: realised,
            isExpected: WorkerDay.expectsMonthlyRhythm(decisions: decisions, asOf: asOf),
            isBelowRhythm: WorkerDay.needsMoreMeetings(realisedThisMonth: realised, decisions: decisions, today: asOf))
    }

    /// The client's months among `months` that have begun by `today`, in the given order.
    public static func clientMonths(
        _ months: [Month], decisions: [DayRange], realisedMeetings: [Day], today: Day
    ) -> [ClientMonth] {
        months.compactMap { clientMonth($0, decisions: decisions, realisedMeetings: realisedMeetings, today: today) }
    }

    /// Months with two meetings out of expected months, over any clients and months (a
    /// worker's, a unit's, one month's or a quarter's).
    /// Every month of `months` that has begun by `today`, from realised meetings counted
    /// per month up to `today`.
    public static func clientMonths(
        _ months: [Month], decisions: [DayRange], realisedByMonth: [Month: Int], today: Day
    ) -> [ClientMonth] {
        months.compactMap {
            clientMonth($0, decisions: decisions, realised: realisedByMonth[$0] ?? 0, today: today)
        }
    }

    public static func share(_ clientMonths: [ClientMonth]) -> Share {
        Share(part: clientMonths.count(where: \.hadTwo), whole: clientMonths.count(where: \.isExpected))
    }

    /// One point of the month-by-month chart.
    public struct MonthShare: Sendable, Hashable {
        public let month: Month
        public let share: Share
    }

    /// The share month by month, one point for each of `months` (an empty share for a
    /// month without client-months).
    public static func byMonth(_ clientMonths: [ClientMonth], months: [Month]) -> [MonthShare] {
        let grouped = Dictionary(grouping: clientMonths, by: \.month)
        return months.map { MonthShare(month: $0, share: share(grouped[$0] ?? [])) }
    }
}
