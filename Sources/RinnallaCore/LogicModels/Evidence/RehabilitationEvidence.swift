/// The fidelity and outcomes of social rehabilitation from a unit's periods, quarter by
/// quarter. Every share counts periods (a client's period) or client-months; a quarter
/// with nothing to count has no share (`Share.whole == 0`: "no data", never 0 %).
public enum RehabilitationEvidence {
    /// What the app reads of one period.
    public struct Period: Sendable, Hashable {
        /// Granted rehabilitation decisions, oldest first.
        public var decisions: [DayRange]
        /// The day the first of them was made.
        public var firstDecisionMade: Day?
        /// The first save of the need mapping (kuntoutustarpeen selvittäminen).
        public var needMappingSaved: Day?
        /// The first save of the implementation plan (toteuttamissuunnitelma).
        public var planSaved: Day?
        /// The day each goal was set.
        public var goalsSet: [Day]
        /// The days a goal was reworded or re-scaled (its second and later versions).
        public var goalsReworded: [Day]
        public var closed: Day?
        /// Realised meetings per month.
        public var realisedByMonth: [Month: Int]
        /// Days the client was present in a group session.
        public var groupDays: [Day]

        public init(
            decisions: [DayRange], firstDecisionMade: Day? = nil, needMappingSaved: Day? = nil,
            planSaved: Day? = nil, goalsSet: [Day] = [], goalsReworded: [Day] = [], closed: Day? = nil,
            realisedByMonth: [Month: Int] = [:], groupDays: [Day] = []
        ) {
            self.decisions = decisions.sorted { $0.first < $1.first }
            self.firstDecisionMade = firstDecisionMade
            self.needMappingSaved = needMappingSaved
            self.planSaved = planSaved
            self.goalsSet = goalsSet
            self.goalsReworded = goalsReworded
            self.closed = closed
            self.realisedByMonth = realisedByMonth
            self.groupDays = groupDays
        }

        /// The starting phase: the first decision ("Tee päätös … 3kk kerrallaan",
        /// "Tee palvelusta toteuttamissuunnitelma").
        var firstDecision: DayRange? { decisions.first }

        func hasDecision(overlapping range: DayRange) -> Bool { decisions.contains { $0.overlaps(range) } }
    }

    /// First decisions made in the quarter: those with the need mapping saved on or
    /// before that day.
    public static func needMappingBeforeDecision(_ periods: [Period], in quarter: DayRange) -> Share {
        let started = periods.filter { $0.firstDecisionMade.map(quarter.contains) ?? false }
        return Share(
            part: started.count { period in
                guard let saved = period.needMappingSaved, let made = period.firstDecisionMade else { return false }
                return saved <= made
            },
            whole: started.count)
    }

    /// First decisions that ended in the quarter: those with an implementation plan and
    /// at least one goal saved by the first decision's last day.
    public static func planAndGoalsAtStart(_ periods: [Period], in quarter: DayRange) -> Share {
        let ended = periods.filter { $0.firstDecision.map { quarter.contains($0.last) } ?? false }
        return Share(
            part: ended.count { period in
                guard let last = period.firstDecision?.last, let plan = period.planSaved else { return false }
                return plan <= last && period.goalsSet.contains { $0 <= last }
            },
            whole: ended.count)
    }

    /// Periods closed in the quarter after at least one decision: those whose goals were
    /// refined while they ran — a goal reworded, or one added after the first decision
    /// ("tavoitteet ja keinot voivat täsmentyä työskentelyn aikana").
    public static func goalsRevised(_ periods: [Period], in quarter: DayRange) -> Share {
        let closed = periods.filter { period in
            guard let day = period.closed else { return false }
            return quarter.contains(day) && !period.decisions.isEmpty
        }
        return Share(
            part: closed.count { period in
                guard let closed = period.closed, let start = period.firstDecision else { return false }
                return period.goalsReworded.contains { $0 <= closed }
                    || period.goalsSet.contains { start.last < $0 && $0 <= closed }
            },
            whole: closed.count)
    }

    /// Client-months of the quarter under a decision (as the worker's rhythm rule judges
    /// them, `MeetingCoverage`): those with at least two realised meetings.
    public static func twoMeetingsAMonth(_ periods: [Period], in quarter: ReportingPeriod, asOf: Day) -> Share {
        MeetingCoverage.share(
            periods.flatMap {
                MeetingCoverage.clientMonths(
                    quarter.months, decisions: $0.decisions, realisedByMonth: $0.realisedByMonth, today: asOf)
            })
    }

    /// Periods under a decision at some time in the quarter (up to `asOf`): those whose
    /// client was present in at least one group session in the quarter.
    public static func groupParticipation(_ periods: [Period], in quarter: DayRange, asOf: Day) -> Share {
        guard quarter.first <= asOf else { return .empty }
        let range = DayRange(quarter.first, min(quarter.last, asOf))
        let served = periods.filter { $0.hasDecision(overlapping: range) }
        return Share(part: served.count { $0.groupDays.contains(where: range.contains) }, whole: served.count)
    }

    /// Final evaluations made in the quarter with rated goals: those whose GAS T-score
    /// is at least 50, the goals reached on average at the expected level.
    public static func goalsAttained(_ finals: [(day: Day, ratings: [GoalProgress.Rating])], in quarter: DayRange)
        -> Share
    {
        let scores = finals.filter { quarter.contains($0.day) }.compactMap {
            GoalProgress.summary($0.ratings)?.current
        }
        .filter(\.isFinite)
        // Judged on the one decimal a T-score is reported with.
        return Share(part: scores.count { ($0 * 10).rounded() >= 500 }, whole: scores.count)
    }

    /// Start-and-end answer pairs of the inclusion evaluations whose latest round closed
    /// in the quarter: those whose score rose. `pairs` holds, for each evaluation, the
    /// closing day and each pair's change (end − start).
    public static func inclusionRose(_ pairs: [(closed: Day, changes: [Double])], in quarter: DayRange) -> Share {
        let changes = pairs.filter { quarter.contains($0.closed) }.flatMap(\.changes)
        return Share(part: changes.count { $0 > 0 }, whole: changes.count)
    }
}
