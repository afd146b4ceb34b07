/// The kinds of place in the local service map, after the handbook's "Muista alueelliset
/// palvelut!" list (community houses, nature, parish, food aid, mental health and
/// substance services, culture, volunteering, sports, and the third sector's open spaces).
public enum PlaceCategory: String, CaseIterable, Codable, Sendable, Hashable {
    case communityHouse = "community-house"
    case nature = "nature"
    case culture = "culture"
    case sports = "sports"
    case mentalHealthAndSubstance = "mental-health-substance"
    case foodAid = "food-aid"
    case parish = "parish"
    case volunteering = "volunteering"
    case thirdSector = "third-sector"

    public var l10nKey: L10nKey {
        switch self {
        case .communityHouse: .placeCategoryCommunityHouse
        case .nature: .placeCategoryNature
        case .culture: .placeCategoryCulture
        case .sports: .placeCategorySports
        case .mentalHealthAndSubstance: .placeCategoryMentalHealthSubstance
        case .foodAid: .placeCategoryFoodAid
        case .parish: .placeCategoryParish
        case .volunteering: .placeCategoryVolunteering
        case .thirdSector: .placeCategoryThirdSector
        }
    }
}
