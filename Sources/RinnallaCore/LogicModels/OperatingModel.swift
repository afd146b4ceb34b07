/// The three operating models of seed 002 whose work Rinnalla records, each with its
/// logic model (`LogicModels.model(_:)`).
public enum OperatingModel: String, CaseIterable, Sendable, Codable {
    case socialRehabilitation = "social-rehabilitation", lowThreshold = "low-threshold", outreach

    /// "Sosiaalinen kuntoutus", "Matalan kynnyksen sosiaalityö", "Etsivä työ".
    public var title: L10nKey {
        switch self {
        case .socialRehabilitation: .logicModelSocialRehabilitationTitle
        case .lowThreshold: .logicModelLowThresholdTitle
        case .outreach: .logicModelOutreachTitle
        }
    }
}
