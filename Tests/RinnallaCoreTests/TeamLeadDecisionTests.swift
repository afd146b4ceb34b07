import Testing

@testable import RinnallaCore

@Suite("Team lead: decisions following each other")
struct TeamLeadDecisionTests {
    let first = DayRange(Day(2026, 1, 4), Day(2026, 4, 3))
    // continued six days late: 4.4.–9.4. uncovered
    let second = DayRange(Day(2026, 4, 10), Day(2026, 7, 9))
    // continued without a gap
    let third = DayRange(Day(2026, 7, 10), Day(2026, 10, 9))

    @Test func aGapIsTheDaysNoDecisionCovers() {
        let gaps = DecisionContinuity.gaps([third, first, second])  // any order
        #expect(gaps.count == 1)
        #expect(gaps[0].before == first && gaps[0].after == second)
        #expect(gaps[0].days == DayRange(Day(2026, 4, 4), Day(2026, 4, 9)))
        #expect(gaps[0].dayCount == 6)
        // back to back: none; a single decision or none: none
        #expect(DecisionContinuity.gaps([first, DayRange(Day(2026, 4, 4), Day(2026, 7, 3))]).isEmpty)
        #expect(DecisionContinuity.gaps([first]).isEmpty)
        #expect(DecisionContinuity.gaps([]).isEmpty)
        // a one-day gap: the decision ends 3.4., the next starts 5.4.
        #expect(DecisionContinuity.gaps([first, DayRange(Day(2026, 4, 5), Day(2026, 7, 4))]).map(\.dayCount) == [1])
        // a decision lying inside an earlier one leaves no gap of its own
        let inside = DayRange(Day(2026, 2, 1), Day(2026, 2, 10))
        #expect(DecisionContinuity.gaps([first, inside, second]).map(\.dayCount) == [6])
    }

    @Test func theReportingPeriodShowsTheGapsWithDaysInIt() {
        let decisions = [first, second, third]
        let april = ReportingPeriod.month(Month(2026, 4)).range
        let may = ReportingPeriod.month(Month(2026, 5)).range
        #expect(DecisionContinuity.gaps(decisions, overlapping: april).count == 1)
        #expect(DecisionContinuity.gaps(decisions, overlapping: may).isEmpty)
        #expect(
            DecisionContinuity.gaps(decisions, overlapping: ReportingPeriod.quarter(year: 2026, quarter: 2).range).count
                == 1)
    }

    @Test func aPeriodReachesTwelveMonthsAYearFromItsFirstDecision() {
        // 4.1.2026 + a year − a day = 3.1.2027
        let decisions = [first, second, third, DayRange(Day(2026, 10, 10), Day(2027, 1, 3))]
        #expect(DecisionContinuity.twelveMonthEnd(decisions) == Day(2027, 1, 3))
        #expect(DecisionContinuity.twelveMonthEnd([]) == nil)
        #expect(DecisionContinuity.reachesTwelveMonths(decisions, in: ReportingPeriod.month(Month(2027, 1)).range))
        #expect(
            !DecisionContinuity.reachesTwelveMonths(
                decisions, in: ReportingPeriod.quarter(year: 2026, quarter: 4).range))
        // before its continuation is decided the period still counts: the last decision
        // runs into January
        let undecided = [first, second, third, DayRange(Day(2026, 10, 10), Day(2027, 1, 1))]
        #expect(DecisionContinuity.reachesTwelveMonths(undecided, in: ReportingPeriod.month(Month(2027, 1)).range))
        // a period whose decisions ended in October will not reach its year
        let ended = [first, second, third]
        #expect(!DecisionContinuity.reachesTwelveMonths(ended, in: ReportingPeriod.month(Month(2027, 1)).range))
        #expect(!DecisionContinuity.reachesTwelveMonths([], in: ReportingPeriod.month(Month(2027, 1)).range))
    }

    @Test func endingWithoutAContinuationIsTheWorkersReminderOnTheSameDay() {
        // the dashboard lists what the worker's page lists: the latest decision ending in
        // [asOf, asOf + 21]
        let period = ReportingPeriod.month(Month(2026, 9))
        let onTheTwentieth = period.asOf(today: Day(2026, 9, 20))
        #expect(WorkerDay.decisionEnding([first, second, third], today: onTheTwentieth) == third)  // 19 days left
        #expect(WorkerDay.decisionEnding([first, second, third], today: Day(2026, 9, 17)) == nil)  // 22 days left
    }

    @Test func decisionsPerMonthCountByTheirFirstDay() {
        let periodA = [first, second, third]
        let periodB = [DayRange(Day(2026, 4, 15), Day(2026, 7, 14))]
        let counts = DecisionContinuity.perMonth(
            periods: [periodA, periodB, []], months: (1...7).map { Month(2026, $0) })
        #expect(counts.map(\.first) == [1, 0, 0, 1, 0, 0, 0])
        #expect(counts.map(\.continuations) == [0, 0, 0, 1, 0, 0, 1])
        #expect(counts.map(\.total) == [1, 0, 0, 2, 0, 0, 1])
        #expect(counts.map(\.month) == (1...7).map { Month(2026, $0) })
    }
}
