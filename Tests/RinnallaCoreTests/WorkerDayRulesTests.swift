import Foundation
import Testing

@testable import RinnallaCore

@Suite("The worker's day: reminder rules")
struct WorkerDayTests {
    @Test func theWeekRunsFromMondayToSunday() {
        // 7.1.2026 is a Wednesday
        #expect(WorkerDay.week(containing: Day(2026, 1, 7)) == DayRange(Day(2026, 1, 5), Day(2026, 1, 11)))
        #expect(WorkerDay.week(containing: Day(2026, 1, 5)).first == Day(2026, 1, 5))
        #expect(WorkerDay.week(containing: Day(2026, 1, 11)).first == Day(2026, 1, 5))
        #expect(WorkerDay.restOfWeek(after: Day(2026, 1, 7)) == DayRange(Day(2026, 1, 8), Day(2026, 1, 11)))
        #expect(WorkerDay.restOfWeek(after: Day(2026, 1, 11)) == nil)
    }

    @Test func fewerThanTwoMeetingsCountsFromTheFifteenthOn() {
        let decision = [DayRange(Day(2026, 1, 1), Day(2026, 3, 31))]
        // before mid-month nobody is listed
        #expect(!WorkerDay.needsMoreMeetings(realisedThisMonth: 0, decisions: decision, today: Day(2026, 2, 14)))
        #expect(WorkerDay.needsMoreMeetings(realisedThisMonth: 0, decisions: decision, today: Day(2026, 2, 15)))
        #expect(WorkerDay.needsMoreMeetings(realisedThisMonth: 1, decisions: decision, today: Day(2026, 2, 28)))
        #expect(!WorkerDay.needsMoreMeetings(realisedThisMonth: 2, decisions: decision, today: Day(2026, 2, 15)))
    }

    @Test func aClientWhoseDecisionBeganMidMonthOrEndedIsNotListed() {
        let lateStart = [DayRange(Day(2026, 2, 10), Day(2026, 5, 9))]
        #expect(!WorkerDay.needsMoreMeetings(realisedThisMonth: 0, decisions: lateStart, today: Day(2026, 2, 20)))
        #expect(WorkerDay.needsMoreMeetings(realisedThisMonth: 0, decisions: lateStart, today: Day(2026, 3, 20)))
        let ended = [DayRange(Day(2026, 1, 4), Day(2026, 2, 3))]
        #expect(!WorkerDay.needsMoreMeetings(realisedThisMonth: 0, decisions: ended, today: Day(2026, 2, 20)))
        #expect(!WorkerDay.needsMoreMeetings(realisedThisMonth: 0, decisions: [], today: Day(2026, 2, 20)))
        // a continuation without a gap keeps the client listed
        let continued = [DayRange(Day(2026, 1, 4), Day(2026, 2, 3)), DayRange(Day(2026, 2, 4), Day(2026, 5, 3))]
        #expect(WorkerDay.needsMoreMeetings(realisedThisMonth: 1, decisions: continued, today: Day(2026, 2, 20)))
    }

    @Test func aDecisionEndingWithin21DaysIsListedUntilAContinuationFollows() {
        // the handbook's example decision 4.1.–3.4.2024
        let first = DayRange(Day(2024, 1, 4), Day(2024, 4, 3))
        #expect(WorkerDay.decisionEnding([first], today: Day(2024, 3, 12)) == nil)  // 22 days left
        #expect(WorkerDay.decisionEnding([first], today: Day(2024, 3, 13)) == first)  // 21 days left
        #expect(WorkerDay.decisionEnding([first], today: Day(2024, 4, 3)) == first)  // the last day
        #expect(WorkerDay.decisionEnding([first], today: Day(2024, 4, 4)) == nil)  // already ended
        let continuation = DayRange(Day(2024, 4, 4), Day(2024, 7, 3))
        #expect(WorkerDay.decisionEnding([first, continuation], today: Day(2024, 3, 20)) == nil)
        #expect(WorkerDay.decisionEnding([], today: Day(2024, 3, 20)) == nil)
        #expect(WorkerDay.days(from: Day(2024, 3, 20), to: Day(2024, 4, 3)) == 14)
    }

    @Test func theFeedShowsOnlyInitials() {
        #expect(WorkerDay.initials("Adam Asiakas") == "A. A.")
        #expect(WorkerDay.initials("  tuuli   Taiteilija-Virtanen ") == "T. T.")
        #expect(WorkerDay.initials("") == "")
    }

    @Test func anAllowanceMonthIsDueWhenEndedWithActivityDaysAndUndecided() {
        let month = DayRange(Day(2024, 1, 4), Day(2024, 2, 3))
        #expect(WorkerDay.allowanceDue(month: month, activityDays: 3, decided: false, today: Day(2024, 2, 4)))
        #expect(!WorkerDay.allowanceDue(month: month, activityDays: 3, decided: false, today: Day(2024, 2, 3)))
        #expect(!WorkerDay.allowanceDue(month: month, activityDays: 0, decided: false, today: Day(2024, 2, 4)))
        #expect(!WorkerDay.allowanceDue(month: month, activityDays: 3, decided: true, today: Day(2024, 2, 4)))
    }
}

@Suite("The worker's activity money")
struct WorkerActivityMoneyTests {
    @Test func theHandbookGivesASocialWorker150AndASocialInstructor300EurosAYear() {
        let budgets = WorkerActivityMoney.handbookBudgets
        #expect(WorkerActivityMoney.budget(roles: [.socialWorker], budgets: budgets) == 15_000)
        #expect(WorkerActivityMoney.budget(roles: [.socialInstructor], budgets: budgets) == 30_000)
        #expect(WorkerActivityMoney.budget(roles: [.socialWorker, .socialInstructor], budgets: budgets) == 30_000)
        #expect(WorkerActivityMoney.budget(roles: [.teamLead], budgets: budgets) == 0)
        #expect(WorkerActivityMoney.budget(roles: [], budgets: budgets) == 0)
    }

    @Test func anExpenseMustFitInWhatIsLeft() {
        #expect(WorkerActivityMoney.remaining(budget: 15_000, spent: 12_000) == 3_000)
        #expect(WorkerActivityMoney.fits(sum: 3_000, budget: 15_000, spent: 12_000))
        #expect(!WorkerActivityMoney.fits(sum: 3_001, budget: 15_000, spent: 12_000))
        #expect(!WorkerActivityMoney.fits(sum: 0, budget: 15_000, spent: 0))
    }

    @Test func eurosAreReadAsTyped() {
        #expect(WorkerActivityMoney.cents(parsing: "12") == 1_200)
        #expect(WorkerActivityMoney.cents(parsing: "12,5") == 1_250)
        #expect(WorkerActivityMoney.cents(parsing: "12,50 €") == 1_250)
        #expect(WorkerActivityMoney.cents(parsing: "12.05") == 1_205)
        #expect(WorkerActivityMoney.cents(parsing: "1 200,00") == 120_000)
        #expect(WorkerActivityMoney.cents(parsing: "12,505") == nil)
        #expect(WorkerActivityMoney.cents(parsing: "-5") == nil)
        #expect(WorkerActivityMoney.cents(parsing: "abc") == nil)
        #expect(WorkerActivityMoney.cents(parsing: "") == nil)
        #expect(WorkerActivityMoney.cents(parsing: ",5") == nil)
    }
}

@Suite("iCalendar writer")
struct ICalendarTests {
    static let start = Date(timeIntervalSince1970: 1_767_772_800)  // 7.1.2026 08:00 UTC = 10:00 Helsinki

    @Test func eventsUseCRLFAndUTCTimes() {
        let calendar = ICalendar(
            name: "Rinnalla",
            events: [
                .init(
                    uid: "abc@rinnalla", stamp: Self.start, start: Self.start, end: Self.start.addingTimeInterval(3600),
                    summary: "Yksilötapaaminen – A. A.", location: "kahvila", status: "CONFIRMED")
            ])
        let text = calendar.render()
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.contains("\r\nDTSTART:20260107T080000Z\r\nDTEND:20260107T090000Z\r\n"))
        #expect(text.contains("\r\nUID:abc@rinnalla\r\n"))
        #expect(text.contains("\r\nDTSTAMP:20260107T080000Z\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func textIsEscaped() {
        #expect(ICalendar.escape("a,b;c\\d") == "a\\,b\\;c\\\\d")
        #expect(ICalendar.escape("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour")
        #expect(ICalendar.escape("bell\u{07}") == "bell")
    }

    @Test func longLinesAreFoldedAt75OctetsWithoutSplittingCharacters() {
        let line = "SUMMARY:" + String(repeating: "ä", count: 60)  // 8 + 120 octets
        let folded = ICalendar.fold(line)
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count == 2)
        #expect(parts.allSatisfy { $0.utf8.count <= 75 })
        #expect(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        // unfolding gives the original back
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(ICalendar.fold("SHORT:x") == "SHORT:x")
        let ascii = String(repeating: "x", count: 200)
        let asciiParts = ICalendar.fold(ascii).components(separatedBy: "\r\n")
        #expect(asciiParts.map { $0.utf8.count } == [75, 75, 52])
    }
}
