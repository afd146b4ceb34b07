import Foundation
import Testing

@testable import RinnallaCore

/// Issue 13, item 1: one bounded parser for every number, day and month from a request,
/// and day arithmetic that cannot trap on any input.
@Suite("Bounded input")
struct BoundedInputTests {
    static let extremes = [
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "99999999999999999999999",
        "1e308", "NaN", "-0", "0x10", "+5", " 7 ", "", "   ", "٣", "１２",
    ]

    @Test func integersOutsideTheirRangeAreRefused() {
        #expect(BoundedInput.integer("7", in: 1...7) == 7)
        #expect(BoundedInput.integer(" 7 ", in: 1...7) == 7)
        #expect(BoundedInput.integer("8", in: 1...7) == nil)
        #expect(BoundedInput.integer("0", in: 1...7) == nil)
        for text in Self.extremes where text.trimmingCharacters(in: .whitespaces) != "7" {
            #expect(BoundedInput.integer(text, in: 1...1000) == nil, "\(text)")
        }
        #expect(BoundedInput.integer(Int.max, in: 0...100) == nil)
        #expect(BoundedInput.integer(Optional(50), in: 0...100) == 50)
    }

    @Test func monthsReadBothFormsWithinTheYearBound() {
        #expect(BoundedInput.month("2026-03") == Month(2026, 3))
        #expect(BoundedInput.month("3.2026") == Month(2026, 3))
        #expect(BoundedInput.month("2026-3") == Month(2026, 3))
        #expect(BoundedInput.month("3/2026") == Month(2026, 3))
        for text in [
            "9223372036854775807-12", "2026-13", "2026-0", "1899-12", "2201-01", "2026", "2026-03-01", "-2026-03",
            "2026--3", "2026-+3", "", "12.99999999999999999999", "20 26-03",
        ] {
            #expect(BoundedInput.month(text) == nil, "\(text)")
        }
    }

    @Test func monthKnowsItsDays() {
        // worked example: February of a leap year
        let february = Month(2028, 2)
        #expect(february.firstDay == Day(2028, 2, 1))
        #expect(february.lastDay == Day(2028, 2, 29))
        #expect(february.iso == "2028-02")
        #expect(Month(2026, 12) < Month(2027, 1))
    }

    @Test func daysOutsideTheYearBoundAreRefused() {
        #expect(BoundedInput.day("4.1.2026") == Day(2026, 1, 4))
        #expect(BoundedInput.day("2026-01-04") == Day(2026, 1, 4))
        for text in [
            "31.12.9223372036854775807", "9223372036854775807-01-01", "1.1.1899", "31.2.2026", "2026-02-30",
            String(repeating: "1", count: 5000),
        ] {
            #expect(BoundedInput.day(text) == nil, "\(text.prefix(40))")
        }
    }

    @Test func dayArithmeticNeverTraps() {
        let day = Day(2026, 1, 31)
        #expect(day.adding(days: 1) == Day(2026, 2, 1))
        #expect(day.sameDay(monthsLater: 1) == Day(2026, 3, 1))
        #expect(day.sameDay(monthsLater: -2) == Day(2025, 12, 1))
        #expect(Day(2026, 3, 15).sameDay(monthsLater: -15) == Day(2024, 12, 15))
        // Extreme values saturate instead of overflowing.
        for value in [Int.max, Int.min, Int.max / 2, Int.min / 2] {
            _ = day.adding(days: value).iso
            _ = day.sameDay(monthsLater: value).iso
            let extreme = Day(value, value, value)
            _ = extreme.ordinal
            _ = extreme.weekday
            _ = extreme.startDate
            _ = extreme.adding(days: value)
            _ = Day(ordinal: value).iso
        }
        #expect(Day(Int.max, 1, 1).year == Day.representableYears.upperBound)
        #expect(Day(2026, 99, 99) == Day(2026, 12, 31))
    }
}
