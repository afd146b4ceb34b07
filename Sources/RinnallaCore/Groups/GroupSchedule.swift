/// When a group meets: on one or more weekdays, weekly or every other week, at the same
/// time. Sessions are generated from it between the group's first and last day.
public struct GroupSchedule: Sendable, Hashable, Codable {
    /// ISO weekdays (Monday = 1), sorted, without repeats.
    public var weekdays: [Int]
    /// Minutes after midnight.
    public var startMinutes: Int
    public var endMinutes: Int
    /// 1 = every week, 2 = every other week.
    public var intervalWeeks: Int

    public static let intervals = [1, 2]
    /// The longest stretch sessions are generated for at once.
    public static let maximumDays = 731

    public init(weekdays: [Int], startMinutes: Int, endMinutes: Int, intervalWeeks: Int) {
        self.weekdays = Array(Set(weekdays.filter { (1...7).contains($0) })).sorted()
        self.startMinutes = startMinutes
        self.endMinutes = endMinutes
        self.intervalWeeks = intervalWeeks
    }

    /// A bit per weekday (Monday = 1, Tuesday = 2, Wednesday = 4 …), stored so the
    /// catalogue can filter by weekday in SQL.
    public var weekdayMask: Int { weekdays.reduce(0) { $0 | Self.bit($1) } }

    public static func bit(_ weekday: Int) -> Int { 1 << (weekday - 1) }

    /// "1,3" for Monday and Wednesday.
    public var storedWeekdays: String { weekdays.map(String.init).joined(separator: ",") }

    public static func parseWeekdays(_ stored: String) -> [Int] {
        stored.split(separator: ",").compactMap { Int($0) }
    }

    /// The session days within `range`. Every other week counts from the week (Monday to
    /// Sunday) of the range's first day, so a group meeting on Monday and Thursday meets
    /// on both days of the same weeks.
    public func days(in range: DayRange) -> [Day] {
        guard !weekdays.isEmpty, intervalWeeks >= 1, range.first <= range.last else { return [] }
        let firstMonday = range.first.adding(days: -(range.first.weekday - 1)).ordinal
        let wanted = Set(weekdays)
        var result: [Day] = []
        var ordinal = range.first.ordinal
        while ordinal <= range.last.ordinal {
            let day = Day(ordinal: ordinal)
            if wanted.contains(day.weekday), ((ordinal - firstMonday) / 7) % intervalWeeks == 0 {
                result.append(day)
            }
            ordinal += 1
        }
        return result
    }

    /// Whether `day` is a session day of a group running over `range`.
    public func isSessionDay(_ day: Day, in range: DayRange) -> Bool {
        guard range.contains(day), weekdays.contains(day.weekday) else { return false }
        let firstMonday = range.first.adding(days: -(range.first.weekday - 1)).ordinal
        return ((day.ordinal - firstMonday) / 7) % intervalWeeks == 0
    }

    /// "10:00" from minutes after midnight.
    public static func timeText(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// "10:00" or "10.00" → minutes after midnight.
    public static func minutes(_ text: String?) -> Int? {
        guard let text = InputRules.trimmed(text) else { return nil }
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." }).compactMap { Int($0) }
        guard parts.count == 2, (0...23).contains(parts[0]), (0...59).contains(parts[1]) else { return nil }
        return parts[0] * 60 + parts[1]
    }
}
