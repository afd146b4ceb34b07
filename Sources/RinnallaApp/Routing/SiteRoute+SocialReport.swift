import Foundation

extension SiteRoute {

    enum SocialReportPage: Hashable, Sendable {
        case show
        case export
        case observations

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .export: [.constant("export")]
            case .observations: [.constant("observations")]
            }
        }
    }
}
