/// The phases of a social rehabilitation period as the Helsinki handbook lays them out,
/// each with what the handbook says to do in it.
public enum PeriodPhase: String, CaseIterable, Codable, Sendable {
    case beforeStart = "before-start"
    case start
    case intensiveIndividualWork = "intensive-individual-work"
    case interimEvaluation = "interim-evaluation"
    case groupActivity = "group-activity"
    case closing

    public var number: Int { (PeriodPhase.allCases.firstIndex(of: self) ?? 0) + 1 }

    public var title: L10nKey {
        switch self {
        case .beforeStart: .phaseBeforeStart
        case .start: .phaseStart
        case .intensiveIndividualWork: .phaseIntensive
        case .interimEvaluation: .phaseInterim
        case .groupActivity: .phaseGroup
        case .closing: .phaseClosing
        }
    }

    /// The handbook's steps for the phase, in its order (`HandbookStep`).
    public var steps: [HandbookStep] { HandbookStep.steps(in: self) }
}

/// The handbook's two lists for deciding whether to offer social rehabilitation.
public enum Suitability {
    /// "Tarjoa soskua asiakkaalle, jos:"
    public enum OfferIf: String, CaseIterable, Codable, Sendable {
        case ownWish = "own-wish"
        case commitment
        case noAcuteCrisis = "no-acute-crisis"
        case basicServicesInsufficient = "basic-services-insufficient"
        case needsIntensiveSupport = "needs-intensive-support"
        case difficultyReachingServices = "difficulty-reaching-services"
        case lifeManagement = "life-management"
        case socialRelationships = "social-relationships"
        case strengthenResources = "strengthen-resources"

        public var key: L10nKey { L10nKey(rawValue: "suitability.offer.\(rawValue)")! }
    }

    /// "Sosku ei ajankohtaista, jos:"
    public enum NotNowIf: String, CaseIterable, Codable, Sendable {
        case noMotivation = "no-motivation"
        case crisis
        case overlappingServices = "overlapping-services"
        case cannotCommit = "cannot-commit"
        case rentArrearsOnly = "rent-arrears-only"

        public var key: L10nKey { L10nKey(rawValue: "suitability.notNow.\(rawValue)")! }
    }

    public struct Check: Codable, Sendable, Equatable {
        public var offer: Set<OfferIf>
        public var notNow: Set<NotNowIf>
        /// Required when any "not now" item is ticked: why the period starts anyway.
        public var acknowledgement: String?

        public init(offer: Set<OfferIf> = [], notNow: Set<NotNowIf> = [], acknowledgement: String? = nil) {
            self.offer = offer
            self.notNow = notNow
            self.acknowledgement = acknowledgement
        }

        public var needsAcknowledgement: Bool { !notNow.isEmpty }

        public var isAcknowledged: Bool {
            !needsAcknowledgement || !(acknowledgement?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true)
        }
    }
}
