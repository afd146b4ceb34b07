/// Interim evaluations: "Tee asiakkaan kanssa yhdessä arvio sosiaalisen kuntoutuksen
/// jaksosta 3 kuukauden välein" — one per decision, made before the decision ends so a
/// continuation decision can follow without a gap.
public enum EvaluationKind: String, CaseIterable, Codable, Sendable {
    case interim
    case final

    public var title: L10nKey {
        switch self {
        case .interim: .evaluationInterim
        case .final: .evaluationFinal
        }
    }
}

public enum EvaluationSchedule {
    /// How early the worker is reminded of an interim evaluation.
    public static let reminderDays = 14

    public struct Due: Sendable, Equatable {
        /// The decision the evaluation belongs to.
        public var decision: DayRange
        /// Its last day: the evaluation is due by then.
        public var dueBy: Day
        public var isOverdue: Bool
    }

    /// The interim evaluation due for the latest decision, if it has none yet and its
    /// last day is within `reminderDays` (or already past). An evaluation counts for a
    /// decision when it is dated inside the decision.
    public static func interimDue(decisions: [DayRange], evaluations: [Day], today: Day) -> Due? {
        guard let latest = decisions.max(by: { $0.last < $1.last }) else { return nil }
        if evaluations.contains(where: { latest.contains($0) }) { return nil }
        guard latest.last.ordinal - today.ordinal <= reminderDays else { return nil }
        return Due(decision: latest, dueBy: latest.last, isOverdue: today > latest.last)
    }
}
