import Foundation

/// The social report covers whole calendar months that have ended (security review, issue
/// 13, item 9): two reports whose ranges differ by one day would otherwise give that day's
/// exact counts by subtraction, and a range that ends today would give them by looking again
/// tomorrow. With whole, ended months the smallest difference between any two reports is a
/// whole month, which is what the report shows anyway, and every figure of it goes through
/// small-cell protection.
public enum ReportMonths {
    public enum Problem: Error, Sendable, Equatable {
        /// Neither a month nor a date.
        case unreadable
        /// A date that does not begin (from) or end (to) a month.
        case notWholeMonth
        /// A month that has not ended yet.
        case notEnded
    }

    /// The first day of the month `text` names: a month ("3/2026", "3.2026", "2026-03") or
    /// the first day of one ("1.3.2026", "2026-03-01").
    public static func first(_ text: String) -> Result<Day, Problem> {
        if let (year, month) = month(text) { return .success(Day(year, month, 1)) }
        guard let day = Day(parsing: text) else { return .failure(.unreadable) }
        return day.day == 1 ? .success(day) : .failure(.notWholeMonth)
    }

    /// The last day of the month `text` names: a month, or the last day of one; never a
    /// month that has not ended by `today`.
    public static func last(_ text: String, today: Day) -> Result<Day, Problem> {
        let day: Day
        if let (year, month) = month(text) {
            day = Day(year, month, Day.daysInMonth(year, month))
        } else {
            guard let parsed = Day(parsing: text) else { return .failure(.unreadable) }
            guard parsed.day == Day.daysInMonth(parsed.year, parsed.month) else { return .failure(.notWholeMonth) }
            day = parsed
        }
        return day <= lastEnded(today: today) ? .success(day) : .failure(.notEnded)
    }

    /// The last day of the last month that has ended by `today`.
    public static func lastEnded(today: Day) -> Day {
        Day(today.year, today.month, 1).adding(days: -1)
    }

    /// The default range: the twelve months that have ended by `today`.
    public static func lastTwelve(today: Day) -> (first: Day, last: Day) {
        let last = lastEnded(today: today)
        let back = last.month - 11
        let first = back > 0 ? Day(last.year, back, 1) : Day(last.year - 1, back + 12, 1)
        return (first, last)
    }

    /// "3/2026": how the form shows a month.
    public static func label(_ day: Day) -> String { "\(day.month)/\(day.year)" }

    /// `(year, month)` of "3/2026", "03/2026", "3.2026" or "2026-03" (`BoundedInput.month`).
    static func month(_ text: String) -> (Int, Int)? {
        BoundedInput.month(text).map { ($0.year, $0.month) }
    }
}
