import Testing

@testable import RinnallaCore

@Suite("Group activity rules")
struct GroupActivityTests {
    @Test func aWeeklyGroupMeetsOnEachOfItsWeekdays() {
        // 1.1.2026 is a Thursday.
        let schedule = GroupSchedule(weekdays: [4, 1], startMinutes: 600, endMinutes: 720, intervalWeeks: 1)
        #expect(schedule.weekdays == [1, 4])
        let days = schedule.days(in: DayRange(Day(2026, 1, 1), Day(2026, 1, 15)))
        #expect(days == [Day(2026, 1, 1), Day(2026, 1, 5), Day(2026, 1, 8), Day(2026, 1, 12), Day(2026, 1, 15)])
    }

    @Test func everyOtherWeekKeepsTheWeekdaysOfAWeekTogether() {
        // Starting on a Wednesday with Monday and Thursday: the first week has only its
        // Thursday, then both days every other week.
        let schedule = GroupSchedule(weekdays: [1, 4], startMinutes: 600, endMinutes: 720, intervalWeeks: 2)
        let range = DayRange(Day(2026, 1, 7), Day(2026, 2, 5))
        let days = schedule.days(in: range)
        #expect(days == [Day(2026, 1, 8), Day(2026, 1, 19), Day(2026, 1, 22), Day(2026, 2, 2), Day(2026, 2, 5)])
        #expect(days.allSatisfy { schedule.isSessionDay($0, in: range) })
        #expect(!schedule.isSessionDay(Day(2026, 1, 15), in: range))
    }

    @Test func theWeekdayMaskHasABitPerDay() {
        let schedule = GroupSchedule(weekdays: [1, 3, 7], startMinutes: 0, endMinutes: 60, intervalWeeks: 1)
        #expect(schedule.weekdayMask == 1 | 4 | 64)
        #expect(schedule.storedWeekdays == "1,3,7")
        #expect(GroupSchedule.parseWeekdays("1,3,7") == [1, 3, 7])
        #expect(GroupSchedule(weekdays: [0, 8, 2], startMinutes: 0, endMinutes: 1, intervalWeeks: 1).weekdays == [2])
    }

    @Test func timesReadBothWays() {
        #expect(GroupSchedule.minutes("9:30") == 570)
        #expect(GroupSchedule.minutes("13.05") == 785)
        #expect(GroupSchedule.minutes("24:00") == nil)
        #expect(GroupSchedule.minutes("kymmenen") == nil)
        #expect(GroupSchedule.timeText(570) == "09:30")
    }

    @Test func methodsAreStoredInCatalogueOrder() {
        #expect(GroupMethod.stored([.nature, .functional]) == "functional,nature")
        #expect(GroupMethod.parse("nature,unknown,functional") == [.functional, .nature])
    }

    /// "Toimintarahaa maksetaan takautuvasti 9€/yksilötyö- tai ryhmätoimintapäivä": a
    /// day with a realised meeting and an attended session counts once.
    @Test func anAttendedSessionIsAnActivityDayCountedOncePerDay() {
        let decision = DayRange(Day(2026, 1, 1), Day(2026, 3, 31))
        let month = ActivityAllowance.months(of: decision, mode: .fromDecisionStart)[0]
        let meetings = [
            ActivityAllowance.Meeting(day: Day(2026, 1, 8), status: .realised),
            GroupAttendance.allowanceMeeting(day: Day(2026, 1, 8), status: .present),
            GroupAttendance.allowanceMeeting(day: Day(2026, 1, 15), status: .present),
            GroupAttendance.allowanceMeeting(day: Day(2026, 1, 22), status: .absent),
            GroupAttendance.allowanceMeeting(day: Day(2026, 1, 29), status: .excused),
        ]
        let result = ActivityAllowance.count(
            month: month, meetings: meetings, decisions: [decision], rates: [.handbook])
        #expect(result.activityDays == [Day(2026, 1, 8), Day(2026, 1, 15)])
        #expect(result.totalCents == 1800)
        #expect(
            result.excluded == [
                .init(day: Day(2026, 1, 22), reason: .didNotCome), .init(day: Day(2026, 1, 29), reason: .cancelled),
            ])
    }

    /// "Seuraa osallistumista · Tartu asiaan, jos poissaoloja"
    @Test func twoMissedSessionsInARowNeedAttention() {
        #expect(GroupAttendance.missedInARow([]) == 0)
        #expect(GroupAttendance.missedInARow([.absent, .present]) == 0)
        #expect(GroupAttendance.missedInARow([.present, .absent]) == 1)
        #expect(!GroupAttendance.needsAttention([.present, .absent]))
        #expect(GroupAttendance.missedInARow([.present, .excused, .absent]) == 2)
        #expect(GroupAttendance.needsAttention([.absent, .absent, .absent]))
        #expect(!GroupAttendance.needsAttention([.absent, .absent, .present]))
    }

    @Test func placesLeftNeverGoBelowZero() {
        #expect(GroupCapacity.placesLeft(capacity: 10, enrolled: 4) == 6)
        #expect(GroupCapacity.placesLeft(capacity: 3, enrolled: 5) == 0)
    }

    @Test func everyChoiceHasItsText() {
        let keys =
            GroupAim.allCases.map(\.key) + GroupMethod.allCases.map(\.key) + GroupLanguage.allCases.map(\.key)
            + AttendanceStatus.allCases.map(\.key)
        #expect(Set(keys).count == keys.count)
        for language in Language.allCases {
            for key in keys { #expect(!Localizer.shared.text(key, language).contains("groups.")) }
        }
    }
}
