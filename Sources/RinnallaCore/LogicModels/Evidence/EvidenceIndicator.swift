/// What Rinnalla measures of an operating model from its own records (issue 17): each
/// core element's delivery (fidelity) and the outcomes that records can show. Each
/// indicator names the model, the core elements or outcomes it speaks to (the ids of
/// `LogicModels`), and its definition, written next to its value.
public enum EvidenceIndicator: String, CaseIterable, Sendable, Codable {
    // Social rehabilitation: fidelity.
    case needMappingBeforeDecision = "need-mapping-before-decision"
    case planAndGoalsAtStart = "plan-and-goals-at-start"
    case goalsRevised = "goals-revised"
    case twoMeetingsAMonth = "two-meetings-a-month"
    case groupParticipation = "group-participation"
    // Social rehabilitation: outcomes.
    case goalsAttained = "goals-attained"
    case inclusionRose = "inclusion-rose"
    // Low-threshold social work: fidelity.
    case adviceAndGuidance = "advice-and-guidance"
    case listeningAndSupport = "listening-and-support"
    case assessmentTogether = "assessment-together"
    case referredThroughPaths = "referred-through-paths"
    // Outreach work: fidelity.
    case contactsWherePeopleAre = "contacts-where-people-are"
    case escortAndInterpreting = "escort-and-interpreting"
    case referralsFollowedUp = "referrals-followed-up"
    case observationsInReport = "observations-in-report"
    // Low-threshold and outreach work: outcomes.
    case servicesReached = "services-reached"
    case socialReports = "social-reports"

    public enum Kind: String, CaseIterable, Sendable, Codable {
        /// A core element delivered: its items are core element ids.
        case fidelity
        /// An outcome appearing: its items are outcome ids.
        case outcome
    }

    public var kind: Kind {
        switch self {
        case .goalsAttained, .inclusionRose, .servicesReached, .socialReports: .outcome
        default: .fidelity
        }
    }

    /// The models whose evidence shows it. Referrals reached speak to an outcome of both
    /// low-threshold and outreach work.
    public var models: [OperatingModel] {
        switch self {
        case .needMappingBeforeDecision, .planAndGoalsAtStart, .goalsRevised, .twoMeetingsAMonth,
            .groupParticipation, .goalsAttained, .inclusionRose:
            [.socialRehabilitation]
        case .adviceAndGuidance, .listeningAndSupport, .assessmentTogether, .referredThroughPaths: [.lowThreshold]
        case .contactsWherePeopleAre, .escortAndInterpreting, .referralsFollowedUp, .observationsInReport,
            .socialReports:
            [.outreach]
        case .servicesReached: [.lowThreshold, .outreach]
        }
    }

    /// The core elements (fidelity) or outcomes (outcome) of `model` it speaks to.
    public func items(in model: OperatingModel) -> [String] {
        switch (self, model) {
        case (.needMappingBeforeDecision, _): ["need-mapping"]
        case (.planAndGoalsAtStart, _), (.goalsRevised, _): ["planfulness"]
        case (.twoMeetingsAMonth, _): ["intensive-individual-work"]
        case (.groupParticipation, _): ["group-activity"]
        case (.goalsAttained, _): ["goals-attained"]
        case (.inclusionRose, _): ["inclusion-strengthened"]
        case (.adviceAndGuidance, _): ["advice-and-guidance"]
        case (.listeningAndSupport, _): ["listening-and-support"]
        case (.assessmentTogether, _): ["initial-assessment"]
        case (.referredThroughPaths, _): ["service-paths"]
        case (.contactsWherePeopleAre, _): ["reaching-people"]
        case (.escortAndInterpreting, _): ["guidance-and-support"]
        case (.referralsFollowedUp, _): ["cooperation-structures"]
        case (.observationsInReport, _): ["structural-social-work"]
        case (.servicesReached, .outreach): ["access-improved", "within-services"]
        case (.servicesReached, _): ["access-improved"]
        case (.socialReports, _): ["knowledge-based-decisions"]
        }
    }

    /// A share (part of a whole) or a count of things done.
    public var isCount: Bool { self == .socialReports }

    /// The indicators of a model, fidelity first, in the order of its core elements and
    /// outcomes.
    public static func of(_ model: OperatingModel) -> [EvidenceIndicator] {
        allCases.filter { $0.models.contains(model) }
    }

    public var title: L10nKey { key("title") }

    /// Numerator, denominator and period in words.
    public var definition: L10nKey { key("definition") }

    private func key(_ part: String) -> L10nKey {
        let raw = "evidence.indicator.\(rawValue).\(part)"
        guard let key = L10nKey(rawValue: raw) else { preconditionFailure("l10n/evidence.txt has no \(raw)") }
        return key
    }
}
