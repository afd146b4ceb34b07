/// What a contact was about. A contact can have several topics; the social report counts
/// contacts by topic.
public enum ContactTopic: String, CaseIterable, Codable, Sendable, Hashable {
    case housing
    case incomeAndBenefits = "income-benefits"
    case debt
    case substanceUse = "substance-use"
    case mentalHealth = "mental-health"
    case workAndStudy = "work-study"
    case family
    case loneliness
    case services
    case other

    public var l10nKey: L10nKey {
        switch self {
        case .housing: .contactTopicHousing
        case .incomeAndBenefits: .contactTopicIncomeBenefits
        case .debt: .contactTopicDebt
        case .substanceUse: .contactTopicSubstanceUse
        case .mentalHealth: .contactTopicMentalHealth
        case .workAndStudy: .contactTopicWorkStudy
        case .family: .contactTopicFamily
        case .loneliness: .contactTopicLoneliness
        case .services: .contactTopicServices
        case .other: .contactTopicOther
        }
    }
}
