/// Everything the evidence of a unit is computed from, read by the app as plain rows:
/// no names, only days, counts and categories.
public struct EvidenceFacts: Sendable {
    public var periods: [RehabilitationEvidence.Period] = []
    /// Final evaluations with their goal ratings.
    public var finals: [(day: Day, ratings: [GoalProgress.Rating])] = []
    /// Inclusion evaluations with at least two rounds: the latest round's closing day and
    /// each start-and-end pair's change.
    public var inclusionPairs: [(closed: Day, changes: [Double])] = []
    public var contacts: [ContactWorkEvidence.Contact] = []
    public var assessments: [(day: Day, together: Bool)] = []
    public var referrals: [ContactWorkEvidence.Referral] = []
    public var observations: [(day: Day, inReport: Bool)] = []
    /// Days a social report of the unit was exported or printed.
    public var socialReports: [Day] = []

    public init() {}
}

/// One indicator's value for a quarter, before small-cell protection.
public enum EvidenceValue: Sendable, Hashable {
    case share(Share)
    case count(Int)
}

/// A model's evidence for one quarter.
public struct EvidenceQuarter: Sendable {
    public let quarter: ReportingPeriod
    public let values: [EvidenceIndicator: EvidenceValue]
    /// Contacts by channel (outreach's "Ihmisten tavoittaminen"); empty for social
    /// rehabilitation.
    public let channels: [(channel: ContactChannel, count: Int)]
    /// The meeting rhythm of each month of the quarter: the team lead's dashboard shows
    /// the months, so the quarter is hidden whenever a month is (or the hidden month
    /// would be the quarter less the others).
    public let meetingMonths: [Share]

    /// The indicators of `model` for `quarter`, judged as of `today` (a running quarter
    /// up to today, as the team lead's dashboard).
    public init(_ model: OperatingModel, quarter: ReportingPeriod, facts: EvidenceFacts, today: Day) {
        self.quarter = quarter
        let range = quarter.range
        let asOf = quarter.asOf(today: today)
        var values: [EvidenceIndicator: EvidenceValue] = [:]
        for indicator in EvidenceIndicator.of(model) {
            switch indicator {
            case .needMappingBeforeDecision:
                values[indicator] = .share(RehabilitationEvidence.needMappingBeforeDecision(facts.periods, in: range))
            case .planAndGoalsAtStart:
                values[indicator] = .share(RehabilitationEvidence.planAndGoalsAtStart(facts.periods, in: range))
            case .goalsRevised:
                values[indicator] = .share(RehabilitationEvidence.goalsRevised(facts.periods, in: range))
            case .twoMeetingsAMonth:
                values[indicator] = .share(
                    RehabilitationEvidence.twoMeetingsAMonth(facts.periods, in: quarter, asOf: asOf))
            case .groupParticipation:
                values[indicator] = .share(
                    RehabilitationEvidence.groupParticipation(facts.periods, in: range, asOf: asOf))
            case .goalsAttained:
                values[indicator] = .share(RehabilitationEvidence.goalsAttained(facts.finals, in: range))
            case .inclusionRose:
                values[indicator] = .share(RehabilitationEvidence.inclusionRose(facts.inclusionPairs, in: range))
            case .adviceAndGuidance:
                values[indicator] = .share(
                    ContactWorkEvidence.contacts(facts.contacts, giving: [.adviceAndGuidance], in: range))
            case .listeningAndSupport:
                values[indicator] = .share(
                    ContactWorkEvidence.contacts(facts.contacts, giving: [.listeningAndSupport], in: range))
            case .assessmentTogether:
                values[indicator] = .share(ContactWorkEvidence.assessmentsTogether(facts.assessments, in: range))
            case .referredThroughPaths:
                values[indicator] = .share(ContactWorkEvidence.referredThroughPaths(facts.contacts, in: range))
            case .contactsWherePeopleAre:
                values[indicator] = .share(ContactWorkEvidence.wherePeopleAre(facts.contacts, in: range))
            case .escortAndInterpreting:
                values[indicator] = .share(
                    ContactWorkEvidence.contacts(
                        facts.contacts, giving: [.escortToService, .serviceInterpreting], in: range))
            case .referralsFollowedUp:
                values[indicator] = .share(ContactWorkEvidence.referralsFollowedUp(facts.referrals, in: range))
            case .observationsInReport:
                values[indicator] = .share(ContactWorkEvidence.observationsInReport(facts.observations, in: range))
            case .servicesReached:
                values[indicator] = .share(ContactWorkEvidence.servicesReached(facts.referrals, in: range))
            case .socialReports:
                values[indicator] = .count(facts.socialReports.count(where: range.contains))
            }
        }
        self.values = values
        channels = model == .outreach ? ContactWorkEvidence.byChannel(facts.contacts, in: range) : []
        meetingMonths =
            model == .socialRehabilitation
            ? quarter.months.map {
                RehabilitationEvidence.twoMeetingsAMonth(facts.periods, in: .month($0), asOf: asOf)
            } : []
    }
}
