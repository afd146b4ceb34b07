import Testing

@testable import RinnallaCore

@Suite("Activity allowance")
struct AllowanceTests {
    let decision = DayRange(Day(2024, 1, 4), Day(2024, 4, 3))

    @Test func monthsCountFromTheDecisionStart() {
        #expect(
            ActivityAllowance.months(of: decision, mode: .fromDecisionStart) == [
                DayRange(Day(2024, 1, 4), Day(2024, 2, 3)), DayRange(Day(2024, 2, 4), Day(2024, 3, 3)),
                DayRange(Day(2024, 3, 4), Day(2024, 4, 3)),
            ])
    }

    @Test func orByCalendarMonth() {
        #expect(
            ActivityAllowance.months(of: decision, mode: .calendar) == [
                DayRange(Day(2024, 1, 4), Day(2024, 1, 31)), DayRange(Day(2024, 2, 1), Day(2024, 2, 29)),
                DayRange(Day(2024, 3, 1), Day(2024, 3, 31)), DayRange(Day(2024, 4, 1), Day(2024, 4, 3)),
            ])
    }

    /// The handbook: meetings 4.1., 17.1. and 24.1.2024 → 3 days → 27 €.
    @Test func theHandbookExample() {
        let month = ActivityAllowance.months(of: decision, mode: .fromDecisionStart)[0]
        let meetings = [Day(2024, 1, 4), Day(2024, 1, 17), Day(2024, 1, 24)].map {
            ActivityAllowance.Meeting(day: $0, status: .realised)
        }
        let result = ActivityAllowance.count(
            month: month, meetings: meetings, decisions: [decision], rates: [.handbook])
        #expect(result.activityDays == [Day(2024, 1, 4), Day(2024, 1, 17), Day(2024, 1, 24)])
        #expect(result.totalCents == 2700)
        let input = AllowanceDecisionText.Input(rehabilitationDecision: decision, month: result)
        #expect(
            AllowanceDecisionText.description(input).contains(
                "Tapaamisia on ollut 4.1., 17.1. ja 24.1.2024. Toimintarahaa maksetaan yhteensä 3 vuorokauden ajalta."))
        #expect(
            AllowanceDecisionText.description(input).contains(
                "Asiakkaalle on myönnetty sosiaaliohjauksen yksilötyönä sosiaalista kuntoutusta ajalle 4.1.-3.4.2024."))
        #expect(
            AllowanceDecisionText.resolution(input).hasPrefix(
                "Myönnetään asiaselosteen perustein ehkäisevänä toimeentulotukena sosiaalisen kuntoutuksen toimintarahaa kolmelta vuorokaudelta, 9 euroa/vrk, yhteensä 27 euroa asiakkaan tilille ajalta 4.1.-3.2.2024."
            ))
    }

    @Test func twoMeetingsOnOneDayCountOnceAndMissedOnesCountZero() {
        let month = DayRange(Day(2024, 1, 4), Day(2024, 2, 3))
        let meetings: [ActivityAllowance.Meeting] = [
            .init(day: Day(2024, 1, 10), status: .realised),
            .init(day: Day(2024, 1, 10), status: .realised, isGroup: true),
            .init(day: Day(2024, 1, 12), status: .cancelled), .init(day: Day(2024, 1, 15), status: .didNotCome),
            .init(day: Day(2024, 1, 20), status: .planned), .init(day: Day(2024, 2, 10), status: .realised),
        ]
        let result = ActivityAllowance.count(
            month: month, meetings: meetings, decisions: [decision], rates: [.handbook])
        #expect(result.activityDays == [Day(2024, 1, 10)])
        #expect(result.totalCents == 900)
        #expect(
            result.excluded == [
                .init(day: Day(2024, 1, 12), reason: .cancelled), .init(day: Day(2024, 1, 15), reason: .didNotCome),
                .init(day: Day(2024, 1, 20), reason: .planned),
            ])
    }

    @Test func aDayOutsideTheDecisionCountsZeroAndIsListed() {
        let month = DayRange(Day(2024, 3, 4), Day(2024, 4, 3))
        let shortDecision = DayRange(Day(2024, 1, 4), Day(2024, 3, 20))
        let meetings: [ActivityAllowance.Meeting] = [
            .init(day: Day(2024, 3, 5), status: .realised), .init(day: Day(2024, 3, 25), status: .realised),
        ]
        let result = ActivityAllowance.count(
            month: month, meetings: meetings, decisions: [shortDecision], rates: [.handbook])
        #expect(result.activityDays == [Day(2024, 3, 5)])
        #expect(result.excluded == [.init(day: Day(2024, 3, 25), reason: .outsideDecision)])
    }

    @Test func aRateChangeAppliesFromItsDateOnly() {
        let rates = [ActivityAllowance.Rate.handbook, .init(validFrom: Day(2024, 1, 20), centsPerDay: 1000)]
        let month = DayRange(Day(2024, 1, 4), Day(2024, 2, 3))
        let meetings = [Day(2024, 1, 4), Day(2024, 1, 17), Day(2024, 1, 24)].map {
            ActivityAllowance.Meeting(day: $0, status: .realised)
        }
        let result = ActivityAllowance.count(month: month, meetings: meetings, decisions: [decision], rates: rates)
        #expect(result.dayRates == [900, 900, 1000])
        #expect(result.totalCents == 2800)
        #expect(result.singleRate == nil)
        let text = AllowanceDecisionText.resolution(.init(rehabilitationDecision: decision, month: result))
        #expect(text.contains("9 euroa/vrk (2 vrk) ja 10 euroa/vrk (1 vrk), yhteensä 28 euroa"))
    }

    @Test(arguments: [
        (1, "yhdeltä"), (3, "kolmelta"), (11, "yhdeltätoista"), (20, "kahdeltakymmeneltä"),
        (23, "kahdeltakymmeneltäkolmelta"), (31, "kolmeltakymmeneltäyhdeltä"),
    ])
    func finnishAblativeNumbers(number: Int, word: String) {
        #expect(FinnishNumbers.ablative(number) == word)
    }

    @Test func dayListsShowTheYearWhereItChanges() {
        #expect(
            AllowanceDecisionText.dayList([Day(2023, 12, 28), Day(2024, 1, 2), Day(2024, 1, 3)])
                == "28.12.2023, 2.1. ja 3.1.2024")
        #expect(AllowanceDecisionText.dayList([Day(2024, 1, 4)]) == "4.1.2024")
    }
}

@Suite("Goals and meetings")
struct GoalsAndMeetingsTests {
    @Test func gasTScore() throws {
        #expect(GoalAttainment.tScore([.init(level: 0), .init(level: 0), .init(level: 0)]) == 50)
        // Three equally weighted goals one level better than expected:
        // 50 + 10·3/√(0.7·3 + 0.3·9) = 63.693
        let better = try #require(GoalAttainment.tScore([.init(level: 1), .init(level: 1), .init(level: 1)]))
        #expect(abs(better - 63.6931) < 0.001)
        // One goal: T = 50 + 10x (the denominator is 1).
        #expect(GoalAttainment.tScore([.init(level: -2)]) == 30)
        let weighted = try #require(GoalAttainment.tScore([.init(level: 2, weight: 2), .init(level: -1, weight: 1)]))
        #expect(abs(weighted - (50 + 10 * 3 / (0.7 * 5 + 0.3 * 9).squareRoot())) < 1e-9)
        #expect(GoalAttainment.tScore([]) == nil)
        #expect(GoalAttainment.tScore([.init(level: 3)]) == nil)
    }

    @Test func everySecondTuesdayOverADecision() {
        let days = MeetingSeries.days(in: DayRange(Day(2024, 1, 4), Day(2024, 4, 3)), weekday: 2, intervalWeeks: 2)
        #expect(days.first == Day(2024, 1, 9))
        #expect(days.count == 7)
        #expect(days.allSatisfy { $0.weekday == 2 })
        #expect(days[1] == Day(2024, 1, 23))
    }

    @Test func fewerThanTwoMeetingsNeedAttentionFromMidMonth() {
        #expect(!MeetingRhythm.needsAttention(realisedThisMonth: 0, today: Day(2024, 1, 14)))
        #expect(MeetingRhythm.needsAttention(realisedThisMonth: 1, today: Day(2024, 1, 15)))
        #expect(!MeetingRhythm.needsAttention(realisedThisMonth: 2, today: Day(2024, 1, 20)))
    }

    @Test func dayArithmetic() {
        #expect(Day(2024, 1, 4).weekday == 4)
        #expect(Day(2024, 2, 28).adding(days: 2) == Day(2024, 3, 1))
        #expect(DayRange(Day(2024, 1, 4), Day(2024, 4, 3)).finnish == "4.1.-3.4.2024")
        #expect(DayRange(Day(2023, 12, 4), Day(2024, 3, 3)).finnish == "4.12.2023-3.3.2024")
        #expect(Day(parsing: "4.1.2024") == Day(2024, 1, 4))
    }
}
