import Foundation

/// The one way numbers, days and months are read from a request (query, form, JSON,
/// path). Each value must fall in a stated range, so nothing that arithmetic does
/// afterwards can overflow: one extreme value once stopped the whole server (issue 13).
public enum BoundedInput {
    /// Years a day or month from a request may have: the same bound as `Formatting.parseDay`.
    public static let years = 1900...2200

    /// A whole number in `range` (surrounding white space allowed), or nil.
    public static func integer(_ text: String?, in range: ClosedRange<Int>) -> Int? {
        // Plain decimal digits with an optional minus: no "+5", no other scripts' digits.
        guard let text = text?.trimmingCharacters(in: .whitespaces), text.utf8.count <= 20 else { return nil }
        let digits = text.hasPrefix("-") ? text.utf8.dropFirst() : text.utf8[...]
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            let value = Int(text), range.contains(value)
        else { return nil }
        return value
    }

    /// A whole number decoded elsewhere (JSON), kept only when it is in `range`.
    public static func integer(_ value: Int?, in range: ClosedRange<Int>) -> Int? {
        value.flatMap { range.contains($0) ? $0 : nil }
    }

    /// A day `d.M.yyyy` or `yyyy-MM-dd` with a year in `years`.
    public static func day(_ text: String?) -> Day? {
        guard let text, text.utf8.count <= 32 else { return nil }
        return Day(parsing: text)
    }

    /// A month `yyyy-MM` (as HTML month inputs send), `M.yyyy` or `M/yyyy`, with a year in `years`.
    public static func month(_ text: String?) -> Month? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty, text.utf8.count <= 16 else {
            return nil
        }
        let isISO = text.contains("-")
        let separator: Character = isISO ? "-" : (text.contains("/") ? "/" : ".")
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        let (yearText, monthText) = isISO ? (parts[0], parts[1]) : (parts[1], parts[0])
        guard let year = integer(String(yearText), in: years), let month = integer(String(monthText), in: 1...12)
        else { return nil }
        return Month(year, month)
    }
}

/// A calendar month, e.g. for a payment list or a report.
public struct Month: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(_ year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }

    public init(_ day: Day) { self.init(day.year, day.month) }

    public var firstDay: Day { Day(year, month, 1) }
    public var lastDay: Day { Day(year, month, Day.daysInMonth(year, month)) }
    public var range: DayRange { DayRange(firstDay, lastDay) }
    /// `2026-03`, as HTML month inputs read and send it.
    public var iso: String { "\(Hex.padded(year, 4))-\(Hex.padded(month, 2))" }
    public var description: String { iso }

    public static func < (lhs: Month, rhs: Month) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}
