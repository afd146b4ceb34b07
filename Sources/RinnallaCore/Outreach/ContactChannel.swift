/// Where or how a low-threshold or outreach contact happened. Outreach work seeks people
/// "kaduilta, kodeista ja verkkoympäristöstä"; low-threshold work meets them at the office
/// and on the phone.
public enum ContactChannel: String, CaseIterable, Codable, Sendable, Hashable {
    case street
    case home
    case online
    case officeDropIn = "office-drop-in"
    case phone
    case chat
    case sharedSpace = "shared-space"

    public var l10nKey: L10nKey {
        switch self {
        case .street: .contactChannelStreet
        case .home: .contactChannelHome
        case .online: .contactChannelOnline
        case .officeDropIn: .contactChannelOfficeDropIn
        case .phone: .contactChannelPhone
        case .chat: .contactChannelChat
        case .sharedSpace: .contactChannelSharedSpace
        }
    }
}
