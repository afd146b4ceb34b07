import Foundation
import Testing

@testable import RinnallaCore

@Suite("Goals, GAS progress and evaluation schedule")
struct GoalTests {
    @Test func aSubGoalHangsUnderAMainGoalAndAnEverydayChangeUnderASubGoal() throws {
        try GoalTree.check(level: .main, parentLevel: nil)
        try GoalTree.check(level: .sub, parentLevel: .main)
        try GoalTree.check(level: .everyday, parentLevel: .sub)
        #expect(throws: GoalTree.Problem.parentNotAllowed) { try GoalTree.check(level: .main, parentLevel: .sub) }
        #expect(throws: GoalTree.Problem.parentRequired(.main)) { try GoalTree.check(level: .sub, parentLevel: nil) }
        #expect(throws: GoalTree.Problem.wrongParentLevel(expected: .sub)) {
            try GoalTree.check(level: .everyday, parentLevel: .main)
        }
    }

    @Test func goalsAreReadMainFirstThenItsStepsInOrder() {
        struct Item {
            let id: String
            let parent: String?
        }
        let items = [
            Item(id: "everyday", parent: "sub"), Item(id: "main2", parent: nil), Item(id: "sub", parent: "main1"),
            Item(id: "main1", parent: nil), Item(id: "orphan", parent: "gone"),
        ]
        let ordered = GoalTree.ordered(items, id: \.id, parent: \.parent)
        #expect(ordered.map(\.item.id) == ["main2", "main1", "sub", "everyday", "orphan"])
        #expect(ordered.map(\.depth) == [0, 0, 1, 2, 0])
    }

    @Test func smartLettersRoundTrip() {
        #expect(SMARTCriterion.encode([.timed, .specific, .measurable]) == "SMT")
        #expect(SMARTCriterion.decode("SMT") == [.specific, .measurable, .timed])
        #expect(SMARTCriterion.decode("xS") == [.specific])
    }

    @Test func everyGuidingQuestionOfTheHandbookIsShown() {
        #expect(GoalGuidingQuestions.all.count == 9)
        #expect(Localizer.shared.text(.goalQuestionSplit, .fi) == "Voiko tavoitetta vielä pilkkoa lisää?")
    }

    /// Three goals from −1 to expected (0): T rises from the baseline to 50.
    @Test func gasChangeFromBaselineToExpected() throws {
        let ratings = ["a", "b", "c"].map { GoalProgress.Rating(goal: $0, level: 0, baseline: -1) }
        let summary = try #require(GoalProgress.summary(ratings))
        #expect(summary.current == 50)
        // T = 50 + 10·(−3) / √(0.7·3 + 0.3·9) = 50 − 30/√4.8
        #expect(abs(summary.baseline - (50 - 30 / 4.8.squareRoot())) < 1e-9)
        #expect(abs(summary.change - 30 / 4.8.squareRoot()) < 1e-9)
        #expect(GoalProgress.formatChange(summary.change, language: .fi) == "+13,7")
        #expect(GoalProgress.format(summary.baseline, language: .en) == "36.3")
        #expect(GoalProgress.formatChange(-1.24, language: .fi) == "−1,2")
        #expect(GoalProgress.summary([]) == nil)
    }

    @Test func interimEvaluationIsDueFourteenDaysBeforeTheDecisionEnds() {
        let decision = DayRange(Day(2024, 1, 4), Day(2024, 4, 3))
        // 15 days before: not yet
        #expect(EvaluationSchedule.interimDue(decisions: [decision], evaluations: [], today: Day(2024, 3, 19)) == nil)
        let due = EvaluationSchedule.interimDue(decisions: [decision], evaluations: [], today: Day(2024, 3, 20))
        #expect(due == .init(decision: decision, dueBy: Day(2024, 4, 3), isOverdue: false))
        // overdue after the last day
        #expect(
            EvaluationSchedule.interimDue(decisions: [decision], evaluations: [], today: Day(2024, 4, 4))?.isOverdue
                == true)
        // an evaluation inside the decision settles it
        #expect(
            EvaluationSchedule.interimDue(
                decisions: [decision], evaluations: [Day(2024, 3, 28)], today: Day(2024, 4, 1)) == nil)
        // the latest decision counts: an evaluation of the first does not settle the continuation
        let next = DayRange(Day(2024, 4, 4), Day(2024, 7, 3))
        #expect(
            EvaluationSchedule.interimDue(
                decisions: [decision, next], evaluations: [Day(2024, 3, 28)], today: Day(2024, 6, 25))?.dueBy
                == Day(2024, 7, 3))
        #expect(EvaluationSchedule.interimDue(decisions: [], evaluations: [], today: Day(2024, 6, 25)) == nil)
    }

    @Test func planningDocumentsValidateTheirFields() {
        #expect(throws: Never.self) { try ImplementationPlan().validate() }
        #expect(ImplementationPlan().individualMeetings == 6)
        #expect(ImplementationPlan().groupSessions == 4)
        #expect(throws: FieldProblem(.errorCountRange, field: "groupSessions", arguments: ["max": "40"])) {
            try ImplementationPlan(groupSessions: 41).validate()
        }
        #expect(throws: FieldProblem(.errorDateInvalid, field: "startDay")) { try Agreement().validate() }
        #expect(throws: FieldProblem(.agreementErrorTooManyGoals, field: "goal3")) {
            try Agreement(startDay: Day(2024, 1, 4), initialGoals: ["a", "b", "c", "d"]).validate()
        }
        #expect(throws: FieldProblem(.errorDateInvalid, field: "thkDay")) { try NeedMapping(thkHeld: true).validate() }
    }
}

@Suite("Day arithmetic")
struct DayArithmeticTests {
    /// The integer day math agrees with Foundation's calendar over two centuries.
    @Test func ordinalsMatchTheGregorianCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var date = calendar.date(from: DateComponents(year: 1900, month: 1, day: 1))!
        let end = calendar.date(from: DateComponents(year: 2101, month: 1, day: 1))!
        var checked = 0
        while date < end {
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let day = Day(parts.year!, parts.month!, parts.day!)
            let expected = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
            if day.ordinal != expected || Day(ordinal: expected) != day { Issue.record("\(day)") }
            checked += 1
            date = calendar.date(byAdding: .day, value: 13, to: date)!
        }
        #expect(checked > 5000)
        #expect(Day.daysInMonth(2024, 2) == 29 && Day.daysInMonth(2100, 2) == 28 && Day.daysInMonth(2000, 2) == 29)
        #expect(Day(2024, 1, 4).adding(days: 30) == Day(2024, 2, 3))
        #expect(Day(1970, 1, 1).ordinal == 0)
    }
}
