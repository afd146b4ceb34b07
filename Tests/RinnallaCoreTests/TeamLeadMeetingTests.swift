import Testing

@testable import RinnallaCore

@Suite("Team lead: two meetings a month")
struct TeamLeadMeetingTests {
    // Client A: a decision 4.1.–3.4.2026 continued without a gap by 4.4.–3.7.2026.
    let decisionsA = [DayRange(Day(2026, 1, 4), Day(2026, 4, 3)), DayRange(Day(2026, 4, 4), Day(2026, 7, 3))]
    // One day per realised meeting; 7.4. had two (an individual meeting and a group session).
    let meetingsA = [
        Day(2026, 1, 8), Day(2026, 1, 22), Day(2026, 2, 5), Day(2026, 2, 19), Day(2026, 3, 10), Day(2026, 4, 7),
        Day(2026, 4, 7), Day(2026, 5, 6),
    ]
    // Client B: one decision 16.12.2025–15.3.2026, not continued.
    let decisionsB = [DayRange(Day(2025, 12, 16), Day(2026, 3, 15))]
    let meetingsB = [Day(2026, 1, 12), Day(2026, 2, 9), Day(2026, 3, 2), Day(2026, 3, 9)]
    let today = Day(2026, 5, 12)
    let months = (1...6).map { Month(2026, $0) }

    @Test func eachClientMonthIsJudgedAsTheWorkersListWouldJudgeIt() throws {
        let a = MeetingCoverage.clientMonths(months, decisions: decisionsA, realisedMeetings: meetingsA, today: today)
        // June has not begun on 12.5.: no client-month for it
        #expect(a.map(\.month) == (1...5).map { Month(2026, $0) })
        // January: the decision began on the 4th, so the 1st is not covered and two
        // meetings were not expected (the worker's list leaves such a month out too)
        #expect(!a[0].isExpected && a[0].realised == 2 && !a[0].hadTwo && !a[0].isBelowRhythm)
        // February: covered on 1.2. and 28.2., meetings on 5.2. and 19.2.
        #expect(a[1].isExpected && a[1].realised == 2 && a[1].hadTwo && !a[1].isBelowRhythm)
        #expect(a[1].asOf == Day(2026, 2, 28))
        // March: one meeting, below two
        #expect(a[2].isExpected && a[2].realised == 1 && !a[2].hadTwo && a[2].isBelowRhythm)
        // April: 1.4. by the first decision, 30.4. by its continuation; two meetings on one
        // day count as two, as on the worker's list (meetings, not activity days)
        #expect(a[3].isExpected && a[3].realised == 2 && a[3].hadTwo)
        // May is running: judged on 12.5., one meeting so far, not yet listed (before the 15th)
        #expect(a[4].asOf == today && a[4].isExpected && a[4].realised == 1 && !a[4].isBelowRhythm)
        let b = MeetingCoverage.clientMonths(months, decisions: decisionsB, realisedMeetings: meetingsB, today: today)
        // B: January and February expected and below two (one each); March not expected,
        // the decision ended on the 15th; April and May without a decision
        #expect(b.map(\.isExpected) == [true, true, false, false, false])
        #expect(b.map(\.isBelowRhythm) == [true, true, false, false, false])
        #expect(b[2].realised == 2)
    }

    @Test func theShareIsMonthsWithTwoOutOfExpectedMonths() {
        let a = MeetingCoverage.clientMonths(months, decisions: decisionsA, realisedMeetings: meetingsA, today: today)
        let b = MeetingCoverage.clientMonths(months, decisions: decisionsB, realisedMeetings: meetingsB, today: today)
        // A: expected Feb, Mar, Apr, May; two in Feb and Apr → 2/4
        #expect(MeetingCoverage.share(a) == Share(part: 2, whole: 4))
        // B: expected Jan, Feb; none had two → 0/2
        #expect(MeetingCoverage.share(b) == Share(part: 0, whole: 2))
        // the unit: 2/6 = 33 %
        #expect(MeetingCoverage.share(a + b) == Share(part: 2, whole: 6))
        #expect(MeetingCoverage.share(a + b).percent == 33)
        // month by month for the chart: Jan 0/1 (B), Feb 1/2, Mar 0/1, Apr 1/1, May 0/1
        // (running, one so far), Jun nothing
        let chart = MeetingCoverage.byMonth(a + b, months: months)
        #expect(
            chart.map(\.share) == [
                Share(part: 0, whole: 1), Share(part: 1, whole: 2), Share(part: 0, whole: 1),
                Share(part: 1, whole: 1), Share(part: 0, whole: 1), .empty,
            ])
        // the figure and the list behind it agree: the months are the rows, those with two
        // the marked ones
        let february = (a + b).filter { $0.month == Month(2026, 2) }
        #expect(MeetingCoverage.share(february).whole == february.filter(\.isExpected).count)
    }

    @Test func inAnEndedMonthBelowTwoIsExactlyAnExpectedMonthWithoutTwo() {
        // and it is the worker's own rule asked on the month's last day
        for (decisions, meetings) in [(decisionsA, meetingsA), (decisionsB, meetingsB)] {
            for month in MeetingCoverage.clientMonths(
                months, decisions: decisions, realisedMeetings: meetings, today: today)
            where month.asOf == month.month.lastDay {
                #expect(month.isBelowRhythm == (month.isExpected && !month.hadTwo))
                #expect(
                    month.isBelowRhythm
                        == WorkerDay.needsMoreMeetings(
                            realisedThisMonth: month.realised, decisions: decisions, today: month.month.lastDay))
            }
        }
    }

    @Test func inTheRunningMonthTheListStartsOnTheFifteenth() {
        let decisions = [DayRange(Day(2026, 11, 1), Day(2027, 1, 31))]
        let meetings = [Day(2026, 11, 3), Day(2026, 11, 24)]
        let on14 = MeetingCoverage.clientMonth(
            Month(2026, 11), decisions: decisions, realisedMeetings: meetings, today: Day(2026, 11, 14))
        #expect(on14?.realised == 1 && on14?.isBelowRhythm == false)
        let on15 = MeetingCoverage.clientMonth(
            Month(2026, 11), decisions: decisions, realisedMeetings: meetings, today: Day(2026, 11, 15))
        // the meeting on 24.11. is not counted before it happens
        #expect(on15?.realised == 1 && on15?.isBelowRhythm == true)
        let after = MeetingCoverage.clientMonth(
            Month(2026, 11), decisions: decisions, realisedMeetings: meetings, today: Day(2026, 12, 4))
        #expect(after?.realised == 2 && after?.hadTwo == true && after?.isBelowRhythm == false)
        #expect(
            MeetingCoverage.clientMonth(
                Month(2026, 12), decisions: decisions, realisedMeetings: meetings, today: Day(2026, 11, 30)) == nil)
    }

    @Test func theWorkersRuleAndTheMonthFiguresShareOneCoverageTest() {
        let decision = [DayRange(Day(2026, 2, 10), Day(2026, 5, 9))]
        #expect(!WorkerDay.expectsMonthlyRhythm(decisions: decision, asOf: Day(2026, 2, 28)))
        #expect(WorkerDay.expectsMonthlyRhythm(decisions: decision, asOf: Day(2026, 3, 31)))
        #expect(WorkerDay.expectsMonthlyRhythm(decisions: decision, asOf: Day(2026, 5, 9)))
        #expect(!WorkerDay.expectsMonthlyRhythm(decisions: decision, asOf: Day(2026, 5, 10)))
        #expect(!WorkerDay.expectsMonthlyRhythm(decisions: [], asOf: Day(2026, 3, 31)))
    }

    @Test func countsPerMonthJudgeAsTheDaysDo() {
        // A decision 1.1.–31.3.2026; meetings 5.1., 19.1. and 3.2.; as of 16.2.2026
        let decisions = [DayRange(Day(2026, 1, 1), Day(2026, 3, 31))]
        let months = [Month(2025, 12), Month(2026, 1), Month(2026, 2), Month(2026, 3)]
        let today = Day(2026, 2, 16)
        let fromDays = MeetingCoverage.clientMonths(
            months, decisions: decisions, realisedMeetings: [Day(2026, 1, 5), Day(2026, 1, 19), Day(2026, 2, 3)],
            today: today)
        let fromCounts = MeetingCoverage.clientMonths(
            months, decisions: decisions, realisedByMonth: [Month(2026, 1): 2, Month(2026, 2): 1], today: today)
        #expect(fromDays == fromCounts)
        // December has no decision, March has not begun: January met, February not yet
        #expect(fromCounts.map(\.month) == [Month(2025, 12), Month(2026, 1), Month(2026, 2)])
        #expect(fromCounts.map(\.hadTwo) == [false, true, false])
        #expect(fromCounts.map(\.isBelowRhythm) == [false, false, true])
    }
}
