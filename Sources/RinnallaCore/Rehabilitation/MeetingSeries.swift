/// "Kalenteroi koko jakso valmiiksi": the dates of a regular meeting series over a
/// decision period, e.g. every second Tuesday.
public enum MeetingSeries {
    /// Days on `weekday` (ISO, Monday = 1) every `intervalWeeks` weeks within `range`,
    /// starting from the first such day on or after its start.
    public static func days(in range: DayRange, weekday: Int, intervalWeeks: Int) -> [Day] {
        guard (1...7).contains(weekday), intervalWeeks >= 1 else { return [] }
        let offset = (weekday - range.first.weekday + 7) % 7
        var day = range.first.adding(days: offset)
        var result: [Day] = []
        while day <= range.last {
            result.append(day)
            day = day.adding(days: 7 * intervalWeeks)
        }
        return result
    }
}

/// The handbook's rhythm: at least two meetings a month.
public enum MeetingRhythm {
    public static let minimumPerMonth = 2

    /// From the middle of the month on, a client with fewer than two realised meetings
    /// so far this month needs attention.
    public static func needsAttention(realisedThisMonth: Int, today: Day) -> Bool {
        today.day >= 15 && realisedThisMonth < minimumPerMonth
    }
}
