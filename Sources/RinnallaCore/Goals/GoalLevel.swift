/// The handbook's "Päätavoitteesta arkitavoitteeksi": a main goal is split into
/// sub-goals, and each sub-goal into everyday changes — clearly bounded steps that
/// show in the client's everyday life.
public enum GoalLevel: String, CaseIterable, Codable, Sendable {
    case main
    case sub
    case everyday

    /// The level a goal of this level must hang under; nil for a main goal.
    public var parentLevel: GoalLevel? {
        switch self {
        case .main: nil
        case .sub: .main
        case .everyday: .sub
        }
    }

    public var childLevel: GoalLevel? {
        switch self {
        case .main: .sub
        case .sub: .everyday
        case .everyday: nil
        }
    }

    /// Main and sub-goals are rated with GAS at evaluations; everyday changes are
    /// marked reached, so the small steps become visible.
    public var isRatedWithGAS: Bool { self != .everyday }

    public var title: L10nKey {
        switch self {
        case .main: .goalLevelMain
        case .sub: .goalLevelSub
        case .everyday: .goalLevelEveryday
        }
    }
}

/// The SMART idea the handbook recommends as an aid in goal setting.
public enum SMARTCriterion: String, CaseIterable, Codable, Sendable {
    case specific = "S"
    case measurable = "M"
    case achievable = "A"
    case relevant = "R"
    case timed = "T"

    /// The handbook's explanation: "Specific = spesifinen, yksilöity, määritetty" …
    public var explanation: L10nKey {
        switch self {
        case .specific: .smartSpecific
        case .measurable: .smartMeasurable
        case .achievable: .smartAchievable
        case .relevant: .smartRelevant
        case .timed: .smartTimed
        }
    }

    /// Stored as the letters that were ticked, in SMART order ("SMT").
    public static func encode(_ set: Set<SMARTCriterion>) -> String {
        allCases.filter(set.contains).map(\.rawValue).joined()
    }

    public static func decode(_ text: String) -> Set<SMARTCriterion> {
        Set(text.compactMap { SMARTCriterion(rawValue: String($0)) })
    }
}

/// "Tukikysymyksiä tavoitteen asetteluun", shown beside the goal while it is written.
public enum GoalGuidingQuestions {
    public static let all: [L10nKey] = [
        .goalQuestionObstacles, .goalQuestionInfluence, .goalQuestionSupport, .goalQuestionNoticeChange,
        .goalQuestionMeasure, .goalQuestionSchedule, .goalQuestionAchievable, .goalQuestionSplit,
        .goalQuestionFollowUp,
    ]
}
