import Testing

@testable import RinnallaCore

@Suite("Team lead: the reporting period")
struct TeamLeadPeriodTests {
    @Test func aMonthOrAQuarterIsReadFromTheQuery() {
        #expect(ReportingPeriod(parsing: "2026-11") == .month(Month(2026, 11)))
        #expect(ReportingPeriod(parsing: "11.2026") == .month(Month(2026, 11)))
        #expect(ReportingPeriod(parsing: "11/2026") == .month(Month(2026, 11)))
        #expect(ReportingPeriod(parsing: " 2026-Q4 ") == .quarter(year: 2026, quarter: 4))
        #expect(ReportingPeriod(parsing: "2026-q1") == .quarter(year: 2026, quarter: 1))
    }

    @Test func anythingElseIsRefused() {
        for text in [
            "", " ", "2026-13", "0.2026", "2026-Q0", "2026-Q5", "2026-Q", "2026-Q04", "26-Q4", "Q4-2026", "2026-Q4x",
            "1899-12", "2201-01", "1899-Q4", "2201-Q1", "2026-11-01", "marraskuu", "2026-+1", "-2026-Q1",
        ] {
            #expect(ReportingPeriod(parsing: text) == nil, "\(text)")
        }
        #expect(ReportingPeriod(parsing: nil) == nil)
        // the bounds themselves are fine
        #expect(ReportingPeriod(parsing: "1900-Q1") == .quarter(year: 1900, quarter: 1))
        #expect(ReportingPeriod(parsing: "12.2200") == .month(Month(2200, 12)))
    }

    @Test func theDaysAndMonthsItCovers() {
        let february = ReportingPeriod.month(Month(2028, 2))
        #expect(february.range == DayRange(Day(2028, 2, 1), Day(2028, 2, 29)))  // a leap year
        #expect(february.months == [Month(2028, 2)])
        let q4 = ReportingPeriod.quarter(year: 2026, quarter: 4)
        #expect(q4.range == DayRange(Day(2026, 10, 1), Day(2026, 12, 31)))
        #expect(q4.months == [Month(2026, 10), Month(2026, 11), Month(2026, 12)])
        #expect(ReportingPeriod.quarter(year: 2026, quarter: 1).range == DayRange(Day(2026, 1, 1), Day(2026, 3, 31)))
        #expect(q4.iso == "2026-Q4")
        #expect(february.iso == "2028-02")
        // what the page reads back is what it wrote
        #expect(ReportingPeriod(parsing: q4.iso) == q4)
        #expect(ReportingPeriod(parsing: february.iso) == february)
        #expect(ReportingPeriod.month(containing: Day(2026, 12, 4)) == .month(Month(2026, 12)))
    }

    @Test func thePreviousPeriodCrossesTheYearAndStopsAtTheBound() {
        #expect(ReportingPeriod.month(Month(2026, 1)).previous == .month(Month(2025, 12)))
        #expect(ReportingPeriod.month(Month(2026, 7)).previous == .month(Month(2026, 6)))
        #expect(ReportingPeriod.quarter(year: 2026, quarter: 1).previous == .quarter(year: 2025, quarter: 4))
        #expect(ReportingPeriod.quarter(year: 2026, quarter: 3).previous == .quarter(year: 2026, quarter: 2))
        #expect(ReportingPeriod.month(Month(1900, 1)).previous == nil)
        #expect(ReportingPeriod.quarter(year: 1900, quarter: 1).previous == nil)
    }

    @Test func theNextPeriodCrossesTheYearAndStopsAtTheBound() {
        #expect(ReportingPeriod.month(Month(2025, 12)).next == .month(Month(2026, 1)))
        #expect(ReportingPeriod.quarter(year: 2025, quarter: 4).next == .quarter(year: 2026, quarter: 1))
        #expect(ReportingPeriod.quarter(year: 2026, quarter: 2).next == .quarter(year: 2026, quarter: 3))
        #expect(ReportingPeriod.month(Month(2200, 12)).next == nil)
        #expect(ReportingPeriod.quarter(year: 2200, quarter: 4).next == nil)
    }

    @Test func aMonthSwitchesToItsQuarterAndAQuarterToItsLastMonth() {
        #expect(ReportingPeriod.month(Month(2026, 11)).quarter == .quarter(year: 2026, quarter: 4))
        #expect(ReportingPeriod.month(Month(2026, 3)).quarter == .quarter(year: 2026, quarter: 1))
        #expect(ReportingPeriod.month(Month(2026, 4)).quarter == .quarter(year: 2026, quarter: 2))
        #expect(ReportingPeriod.quarter(year: 2026, quarter: 2).lastMonth == .month(Month(2026, 6)))
        #expect(ReportingPeriod.month(Month(2026, 6)).lastMonth == .month(Month(2026, 6)))
    }

    @Test func theChartShowsTwelveMonthsEndingAtThePeriod() {
        let march = ReportingPeriod.month(Month(2026, 3)).chartMonths
        #expect(march.count == 12)
        #expect(march.first == Month(2025, 4))
        #expect(march.last == Month(2026, 3))
        #expect(ReportingPeriod.quarter(year: 2026, quarter: 4).chartMonths == (1...12).map { Month(2026, $0) })
        #expect(Month(2026, 1).adding(months: -1) == Month(2025, 12))
        #expect(Month(2026, 12).adding(months: 14) == Month(2028, 2))
        #expect(Month(2026, 5).adding(months: -29) == Month(2023, 12))
    }

    @Test func aRunningPeriodIsTakenAsOfTodayAnEndedOneOnItsLastDay() {
        let november = ReportingPeriod.month(Month(2026, 11))
        #expect(november.asOf(today: Day(2026, 11, 20)) == Day(2026, 11, 20))
        #expect(november.asOf(today: Day(2026, 12, 4)) == Day(2026, 11, 30))
        let q4 = ReportingPeriod.quarter(year: 2026, quarter: 4)
        #expect(q4.asOf(today: Day(2026, 12, 4)) == Day(2026, 12, 4))
    }
}
