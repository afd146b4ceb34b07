import Foundation

extension SiteRoute {
    enum ContactPage: Hashable, Sendable {
        case show
        case consent
        case referrals
        case newReferral

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .consent: [.constant("consent")]
            case .referrals: [.constant("referrals")]
            case .newReferral: [.constant("referrals"), .constant("new")]
            }
        }
    }

    enum NicknamePage: Hashable, Sendable {
        case show
        case consent

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .consent: [.constant("consent")]
            }
        }
    }

    enum ReferralPage: Hashable, Sendable {
        case show
        case followUp

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .followUp: [.constant("follow-up")]
            }
        }
    }
}
