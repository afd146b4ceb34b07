/// The kinds of partner service in the agreed service paths ("Sovitut palvelupolut ja
/// yhteistyörakenteet"). The seed names as key partners "talousneuvonta, asumisneuvonta,
/// päihde- ja mielenterveyspalvelut" and "sosiaalitoimisto, asunnottomien palvelut sekä
/// päihde- ja mielenterveyspalvelut ja järjestöt".
public enum ServicePathKind: String, CaseIterable, Codable, Sendable, Hashable {
    case debtCounselling = "debt-counselling"
    case housingCounselling = "housing-counselling"
    case substanceServices = "substance-services"
    case mentalHealthServices = "mental-health-services"
    case homelessServices = "homeless-services"
    case socialOffice = "social-office"
    case ngo
    case other

    public var l10nKey: L10nKey {
        switch self {
        case .debtCounselling: .servicePathKindDebtCounselling
        case .housingCounselling: .servicePathKindHousingCounselling
        case .substanceServices: .servicePathKindSubstanceServices
        case .mentalHealthServices: .servicePathKindMentalHealthServices
        case .homelessServices: .servicePathKindHomelessServices
        case .socialOffice: .servicePathKindSocialOffice
        case .ngo: .servicePathKindNgo
        case .other: .servicePathKindOther
        }
    }
}
