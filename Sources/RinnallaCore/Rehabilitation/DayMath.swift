import Foundation

/// A calendar day without time or time zone, so period rules never shift by an hour.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Years a `Day` can hold. Values from requests are bounded far tighter
    /// (`BoundedInput.years`); this bound only keeps day arithmetic from overflowing on
    /// any input, so no value can trap the server (issue 13).
    public static let representableYears = -1_000_000...1_000_000
    static let representableOrdinals =
        Day(representableYears.lowerBound, 1, 1)
        .ordinal...Day(
            representableYears.upperBound, 12, 31
        ).ordinal

    /// A day; out-of-range parts are clamped (year to `representableYears`, month to 1–12,
    /// day to 1–31) rather than left to overflow later arithmetic.
    public init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = min(max(year, Self.representableYears.lowerBound), Self.representableYears.upperBound)
        self.month = min(max(month, 1), 12)
        self.day = min(max(day, 1), 31)
    }

    static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// Days since 1.1.1970, for arithmetic. Plain integer arithmetic on the proleptic
    /// Gregorian calendar (H. Hinnant's days-from-civil): day math runs for every meeting
    /// of a caseload, and building a Calendar per call cost most of the home page's time.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public init(ordinal: Int) {
        let z =
            min(max(ordinal, Self.representableOrdinals.lowerBound), Self.representableOrdinals.upperBound) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The day of `date` in the organisation's time zone.
    public init(_ date: Date, timeZone: TimeZone = Formatting.timeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// Parses `d.M.yyyy` or `yyyy-MM-dd`.
    public init?(parsing text: String) {
        guard let date = Formatting.parseDay(text) else { return nil }
        self.init(date)
    }

    /// `days` later (earlier when negative); saturates at the representable range.
    public func adding(days: Int) -> Day {
        let (sum, overflow) = ordinal.addingReportingOverflow(days)
        return Day(ordinal: overflow ? (days > 0 ? Int.max : Int.min) : sum)
    }

    public static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The same day number `months` later; when that day does not exist (31.4.) it is
    /// the first day of the following month.
    public func sameDay(monthsLater months: Int) -> Day {
        let bound = Self.representableYears.upperBound * 12
        let total = (year * 12 + (month - 1)) + min(max(months, -2 * bound), 2 * bound)
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        if day <= Day.daysInMonth(y, m) { return Day(y, m, day) }
        return m == 12 ? Day(y + 1, 1, 1) : Day(y, m + 1, 1)
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    public var weekday: Int { ((ordinal + 3) % 7 + 7) % 7 + 1 }

    public var iso: String { "\(Hex.padded(year, 4))-\(Hex.padded(month, 2))-\(Hex.padded(day, 2))" }
    /// `4.1.2024`
    public var finnish: String { "\(day).\(month).\(year)" }
    /// `4.1.`
    public var finnishWithoutYear: String { "\(day).\(month)." }
    public var description: String { finnish }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Midnight at the start of this day in the organisation's time zone.
    public var startDate: Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Formatting.timeZone
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        // Far outside any real date the calendar may give up; count whole days instead.
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: Double(ordinal) * 86_400)
    }
}

/// An inclusive range of days.
public struct DayRange: Sendable, Hashable, Codable {
    public let first: Day
    public let last: Day

    public init(_ first: Day, _ last: Day) {
        self.first = first
        self.last = last
    }

    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    public func overlaps(_ other: DayRange) -> Bool { first <= other.last && other.first <= last }

    public var dayCount: Int { last.ordinal - first.ordinal + 1 }

    /// `4.1.-3.4.2024`, the handbook's way; the first year shows only when it differs.
    public var finnish: String {
        first.year == last.year
            ? "\(first.finnishWithoutYear)-\(last.finnish)" : "\(first.finnish)-\(last.finnish)"
    }
}
