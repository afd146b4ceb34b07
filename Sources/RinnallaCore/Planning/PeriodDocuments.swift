/// The planning documents of a period, each saved as a new version so earlier ones stay
/// visible. They are stored as JSON; the structs are the format.
public enum PeriodDocumentKind: String, CaseIterable, Codable, Sendable {
    case needMapping = "need-mapping"
    case implementationPlan = "implementation-plan"
    case agreement
}

/// Kuntoutustarpeen selvittäminen: current and earlier services and whether they
/// helped, the other rehabilitation routes considered, and a THK consultation.
public struct NeedMapping: Codable, Sendable, Equatable {
    public var currentServices: String
    public var earlierServices: String
    /// Which of the earlier services helped and how (the handbook: "mistä hyötynyt").
    public var whatHelped: String
    public var healthCare: String
    public var kela: String
    public var employmentServices: String
    public var thkHeld: Bool
    public var thkDay: Day?
    public var thkSummary: String

    public init(
        currentServices: String = "", earlierServices: String = "", whatHelped: String = "", healthCare: String = "",
        kela: String = "", employmentServices: String = "", thkHeld: Bool = false, thkDay: Day? = nil,
        thkSummary: String = ""
    ) {
        self.currentServices = currentServices
        self.earlierServices = earlierServices
        self.whatHelped = whatHelped
        self.healthCare = healthCare
        self.kela = kela
        self.employmentServices = employmentServices
        self.thkHeld = thkHeld
        self.thkDay = thkDay
        self.thkSummary = thkSummary
    }
}

/// Toteuttamissuunnitelma: content and methods, and the planned number of individual
/// meetings and group sessions per decision period (the handbook's example: about 6
/// and about 4 per three months).
public struct ImplementationPlan: Codable, Sendable, Equatable {
    public var content: String
    public var methods: String
    public var individualMeetings: Int
    public var groupSessions: Int

    public static let handbookIndividualMeetings = 6
    public static let handbookGroupSessions = 4

    public init(
        content: String = "", methods: String = "", individualMeetings: Int = handbookIndividualMeetings,
        groupSessions: Int = handbookGroupSessions
    ) {
        self.content = content
        self.methods = methods
        self.individualMeetings = individualMeetings
        self.groupSessions = groupSessions
    }
}

/// "Sopimus sosiaalisesta kuntoutuksesta" in the handbook's form.
public struct Agreement: Codable, Sendable, Equatable {
    public var startDay: Day?
    public var meetingTimes: String
    /// "Alustavat tavoitteeni sosiaaliselle kuntoutukselle", at most three.
    public var initialGoals: [String]
    /// "Yhteydenpidosta sovitut asiat / muut sovitut asiat / ryhmätoiminta".
    public var otherAgreements: String

    public static let maximumGoals = 3

    public init(
        startDay: Day? = nil, meetingTimes: String = "", initialGoals: [String] = [], otherAgreements: String = ""
    ) {
        self.startDay = startDay
        self.meetingTimes = meetingTimes
        self.initialGoals = initialGoals
        self.otherAgreements = otherAgreements
    }
}

/// What a planning form got wrong, naming the field.
public struct FieldProblem: Error, Equatable, Sendable {
    public var key: L10nKey
    public var field: String
    public var arguments: [String: String]

    public init(_ key: L10nKey, field: String, arguments: [String: String] = [:]) {
        self.key = key
        self.field = field
        self.arguments = arguments
    }
}

extension ImplementationPlan {
    /// Counts per three-month decision; a period has at most about two meetings a week.
    public static let countRange = 0...40

    public func validate() throws(FieldProblem) {
        guard Self.countRange.contains(individualMeetings) else {
            throw FieldProblem(.errorCountRange, field: "individualMeetings", arguments: ["max": "40"])
        }
        guard Self.countRange.contains(groupSessions) else {
            throw FieldProblem(.errorCountRange, field: "groupSessions", arguments: ["max": "40"])
        }
    }
}

extension Agreement {
    public func validate() throws(FieldProblem) {
        guard startDay != nil else { throw FieldProblem(.errorDateInvalid, field: "startDay") }
        guard initialGoals.count <= Self.maximumGoals else {
            throw FieldProblem(.agreementErrorTooManyGoals, field: "goal3")
        }
    }
}

extension NeedMapping {
    public func validate() throws(FieldProblem) {
        if thkHeld, thkDay == nil { throw FieldProblem(.errorDateInvalid, field: "thkDay") }
    }
}
