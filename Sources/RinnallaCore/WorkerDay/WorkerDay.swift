/// The rules behind the worker's home page: which meetings, clients, decisions and
/// allowance months need attention today. Plain values in, plain answers out, so the
/// page, the API and the tests agree.
public enum WorkerDay {
    /// A decision whose last day is at most this many days away is listed as ending.
    public static let decisionEndingWindowDays = 21

    /// The Monday–Sunday week that contains `today`.
    public static func week(containing today: Day) -> DayRange {
        let monday = today.adding(days: 1 - today.weekday)
        return DayRange(monday, monday.adding(days: 6))
    }

    /// The days after today up to Sunday ("later this week"); nil on Sundays.
    public static func restOfWeek(after today: Day) -> DayRange? {
        let sunday = week(containing: today).last
        return today < sunday ? DayRange(today.adding(days: 1), sunday) : nil
    }

    /// The 1st of today's month up to today.
    public static func monthSoFar(_ today: Day) -> DayRange {
        DayRange(Day(today.year, today.month, 1), today)
    }

    /// The handbook's "at least two meetings a month", checked from the 15th on
    /// (`MeetingRhythm`). Only a client whose granted decisions cover both the 1st of
    /// the month and today is expected to have had two: someone whose decision began
    /// mid-month, or ended, is not listed. `realisedThisMonth` counts realised meetings
    /// of any type from the 1st up to today.
    public static func needsMoreMeetings(realisedThisMonth: Int, decisions: [DayRange], today: Day) -> Bool {
        expectsMonthlyRhythm(decisions: decisions, asOf: today)
            && MeetingRhythm.needsAttention(realisedThisMonth: realisedThisMonth, today: today)
    }

    /// Whether two meetings are expected of the month `asOf` falls in, judged on that day:
    /// the granted decisions cover both the month's 1st and `asOf`. The worker's list
    /// asks on today; the team lead's month figures ask on a past month's last day
    /// (`MeetingCoverage`), so both count the same client-months.
    public static func expectsMonthlyRhythm(decisions: [DayRange], asOf: Day) -> Bool {
        let first = Day(asOf.year, asOf.month, 1)
        return decisions.contains(where: { $0.contains(first) }) && decisions.contains(where: { $0.contains(asOf) })
    }

    /// The period's latest granted decision when it ends within the window (today
    /// included). Being the latest, no continuation decision follows it yet; once one
    /// is made, that one is the latest and the reminder goes away.
    public static func decisionEnding(_ decisions: [DayRange], today: Day) -> DayRange? {
        guard let latest = decisions.max(by: { $0.last < $1.last }) else { return nil }
        let limit = today.adding(days: decisionEndingWindowDays)
        return today <= latest.last && latest.last <= limit ? latest : nil
    }

    /// Days from today to `day` (negative when past).
    public static func days(from today: Day, to day: Day) -> Int { day.ordinal - today.ordinal }

    /// An allowance month waits for its decision when it has ended (it is paid in
    /// arrears), had at least one activity day and has not been decided.
    public static func allowanceDue(month: DayRange, activityDays: Int, decided: Bool, today: Day) -> Bool {
        month.last < today && activityDays > 0 && !decided
    }

    /// A client's initials ("Adam Asiakas" → "A. A."), the most a calendar feed shows
    /// of who the meeting is with: the feed leaves the system for phones and mail
    /// servers, and the initials with the time are enough for the worker to recognise
    /// the meeting.
    public static func initials(_ name: String) -> String {
        name.split(whereSeparator: { $0.isWhitespace }).compactMap { $0.first.map { "\($0.uppercased())." } }
            .joined(separator: " ")
    }
}
