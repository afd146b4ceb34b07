import Testing

@testable import RinnallaCore

@Suite("Logic model evidence: social rehabilitation")
struct EvidenceRehabilitationTests {
    /// Q4 2026: 1.10.–31.12.
    let q4 = ReportingPeriod.quarter(year: 2026, quarter: 4)
    var range: DayRange { q4.range }

    func period(
        from first: Day, made: Day? = nil, mapped: Day? = nil, plan: Day? = nil, goals: [Day] = [],
        reworded: [Day] = [], closed: Day? = nil, meetings: [Month: Int] = [:], groups: [Day] = []
    ) -> RehabilitationEvidence.Period {
        // A first three-month decision and a continuation.
        let decision = DayRange(first, first.adding(days: 90))
        return .init(
            decisions: [decision, DayRange(decision.last.adding(days: 1), decision.last.adding(days: 91))],
            firstDecisionMade: made ?? first, needMappingSaved: mapped, planSaved: plan, goalsSet: goals,
            goalsReworded: reworded, closed: closed, realisedByMonth: meetings, groupDays: groups)
    }

    @Test func needMappingCountsFirstDecisionsMadeInTheQuarter() {
        let periods = [
            // made 5.10., mapped the day before: counts.
            period(from: Day(2026, 10, 5), mapped: Day(2026, 10, 4)),
            // mapped on the day of the decision: counts.
            period(from: Day(2026, 11, 2), mapped: Day(2026, 11, 2)),
            // mapped after the decision: in the whole, not the part.
            period(from: Day(2026, 11, 9), mapped: Day(2026, 11, 20)),
            // never mapped.
            period(from: Day(2026, 12, 1)),
            // first decision made in Q3: not this quarter's.
            period(from: Day(2026, 9, 1), mapped: Day(2026, 8, 1)),
        ]
        let share = RehabilitationEvidence.needMappingBeforeDecision(periods, in: range)
        #expect(share == Share(part: 2, whole: 4))
        #expect(share.percent == 50)
    }

    @Test func noFirstDecisionIsNoDataNotZero() {
        let share = RehabilitationEvidence.needMappingBeforeDecision([], in: range)
        #expect(share == .empty)
        #expect(share.percent == nil)
        #expect(EvidenceBand(ProtectedShare(share, threshold: 5)) == .noData)
    }

    @Test func planAndGoalsAreJudgedWhenTheFirstDecisionEnds() {
        // First decisions 1.8.–30.10. (ends in Q4) and 1.7.–29.9. (ends in Q3).
        let periods = [
            period(from: Day(2026, 8, 1), plan: Day(2026, 8, 10), goals: [Day(2026, 8, 12)]),
            // the plan but the first goal only after the first decision: no.
            period(from: Day(2026, 8, 1), plan: Day(2026, 8, 10), goals: [Day(2026, 11, 2)]),
            // goals but no plan: no.
            period(from: Day(2026, 8, 1), goals: [Day(2026, 8, 3)]),
            period(from: Day(2026, 7, 1), plan: Day(2026, 7, 2), goals: [Day(2026, 7, 2)]),
        ]
        #expect(RehabilitationEvidence.planAndGoalsAtStart(periods, in: range) == Share(part: 1, whole: 3))
    }

    @Test func goalsRevisedCountsPeriodsClosedInTheQuarter() {
        let start = Day(2026, 3, 2)  // first decision 2.3.–31.5.
        let periods = [
            // a goal reworded in June, closed in November: refined.
            period(from: start, goals: [start], reworded: [Day(2026, 6, 15)], closed: Day(2026, 11, 30)),
            // a goal added after the first decision: refined.
            period(from: start, goals: [start, Day(2026, 7, 1)], closed: Day(2026, 10, 15)),
            // a second goal on the first decision only: not refined.
            period(from: start, goals: [start, Day(2026, 4, 1)], closed: Day(2026, 12, 1)),
            // closed in Q3: not this quarter's.
            period(from: start, reworded: [Day(2026, 6, 1)], closed: Day(2026, 9, 30)),
        ]
        #expect(RehabilitationEvidence.goalsRevised(periods, in: range) == Share(part: 2, whole: 3))
        // A period closed without any decision is no rehabilitation period to judge.
        let undecided = RehabilitationEvidence.Period(decisions: [], closed: Day(2026, 11, 1))
        #expect(RehabilitationEvidence.goalsRevised([undecided], in: range) == .empty)
    }

    @Test func meetingsAreTheWorkersRhythmRuleOverTheQuarter() {
        // Decisions 1.10.2026–29.1.2027 and on: every month of Q4 is expected.
        let periods = [
            period(
                from: Day(2026, 10, 1),
                meetings: [Month(2026, 10): 2, Month(2026, 11): 3, Month(2026, 12): 1])
        ]
        // Judged on 31.12.: two of three months had two.
        let share = RehabilitationEvidence.twoMeetingsAMonth(periods, in: q4, asOf: Day(2026, 12, 31))
        #expect(share == Share(part: 2, whole: 3))
        // In the middle of December, December is not yet judged below the rhythm, but it
        // is an expected month with one meeting so far.
        let running = RehabilitationEvidence.twoMeetingsAMonth(periods, in: q4, asOf: Day(2026, 12, 15))
        #expect(running.whole == 3)
    }

    @Test func groupParticipationCountsPeriodsUnderADecision() {
        let periods = [
            period(from: Day(2026, 9, 1), groups: [Day(2026, 10, 7)]),
            period(from: Day(2026, 9, 1), groups: [Day(2026, 9, 20)]),  // only before the quarter
            period(from: Day(2026, 11, 1)),
            // decisions ended before the quarter: not served in it.
            RehabilitationEvidence.Period(
                decisions: [DayRange(Day(2026, 5, 1), Day(2026, 7, 30))], groupDays: [Day(2026, 10, 7)]),
        ]
        #expect(
            RehabilitationEvidence.groupParticipation(periods, in: range, asOf: Day(2026, 12, 31))
                == Share(part: 1, whole: 3))
        // Before the quarter begins there is nothing to judge.
        #expect(RehabilitationEvidence.groupParticipation(periods, in: range, asOf: Day(2026, 9, 30)) == .empty)
    }

    @Test func goalsAttainedIsATScoreOfFiftyOrMore() {
        // One goal at the expected level (0) gives T = 50; one below (−1) under 50.
        let finals: [(day: Day, ratings: [GoalProgress.Rating])] = [
            (Day(2026, 10, 20), [.init(goal: "a", level: 0)]),
            (Day(2026, 11, 20), [.init(goal: "b", level: -1)]),
            (Day(2026, 12, 20), [.init(goal: "c", level: 2)]),
            (Day(2026, 12, 21), []),  // nothing rated: no score, not counted
            (Day(2026, 9, 20), [.init(goal: "d", level: 2)]),  // Q3
        ]
        #expect(RehabilitationEvidence.goalsAttained(finals, in: range) == Share(part: 2, whole: 3))
    }

    @Test func inclusionCountsPairsThatRose() {
        let pairs: [(closed: Day, changes: [Double])] = [
            (Day(2026, 11, 30), [4, 0, -2, 8.5]),
            (Day(2026, 12, 15), [1]),
            (Day(2026, 9, 30), [10, 10]),  // closed in Q3
        ]
        #expect(RehabilitationEvidence.inclusionRose(pairs, in: range) == Share(part: 3, whole: 5))
    }
}
