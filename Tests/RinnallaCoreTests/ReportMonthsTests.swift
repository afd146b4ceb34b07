import Testing

@testable import RinnallaCore

/// Security review (issue 13), item 9: the social report's ranges.
@Suite("Report months")
struct ReportMonthsTests {
    @Test func item9_rangesAreWholeMonthsThatHaveEnded() throws {
        let today = Day(2026, 3, 15)
        #expect(try ReportMonths.first("3/2025").get() == Day(2025, 3, 1))
        #expect(try ReportMonths.first("2025-03").get() == Day(2025, 3, 1))
        #expect(try ReportMonths.first("1.3.2025").get() == Day(2025, 3, 1))
        #expect(ReportMonths.first("2.3.2025") == .failure(.notWholeMonth))
        #expect(ReportMonths.first("13/2025") == .failure(.unreadable))
        #expect(ReportMonths.first("x") == .failure(.unreadable))
        #expect(try ReportMonths.last("2/2024", today: today).get() == Day(2024, 2, 29))
        #expect(try ReportMonths.last("28.2.2026", today: today).get() == Day(2026, 2, 28))
        #expect(ReportMonths.last("27.2.2026", today: today) == .failure(.notWholeMonth))
        #expect(ReportMonths.last("3/2026", today: today) == .failure(.notEnded))
        #expect(ReportMonths.lastEnded(today: Day(2026, 1, 1)) == Day(2025, 12, 31))
        let twelve = ReportMonths.lastTwelve(today: today)
        #expect(twelve.first == Day(2025, 3, 1) && twelve.last == Day(2026, 2, 28))
        let january = ReportMonths.lastTwelve(today: Day(2026, 1, 31))
        #expect(january.first == Day(2025, 1, 1) && january.last == Day(2025, 12, 31))
        #expect(ReportMonths.label(Day(2025, 3, 1)) == "3/2025")
    }
}
