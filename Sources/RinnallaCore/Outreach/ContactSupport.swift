/// What the worker gave in a contact: the core elements "Neuvonta ja ohjaus" and
/// "Kuunteleminen ja tuki", help with applying, "Saattaminen palveluihin" and
/// "palvelutulkkaus".
public enum ContactSupport: String, CaseIterable, Codable, Sendable, Hashable {
    case adviceAndGuidance = "advice-guidance"
    case listeningAndSupport = "listening-support"
    case helpWithApplying = "help-applying"
    case escortToService = "escort"
    case serviceInterpreting = "service-interpreting"

    public var l10nKey: L10nKey {
        switch self {
        case .adviceAndGuidance: .contactSupportAdviceGuidance
        case .listeningAndSupport: .contactSupportListeningSupport
        case .helpWithApplying: .contactSupportHelpApplying
        case .escortToService: .contactSupportEscort
        case .serviceInterpreting: .contactSupportServiceInterpreting
        }
    }
}
