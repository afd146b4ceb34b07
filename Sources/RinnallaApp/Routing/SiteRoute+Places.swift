import Foundation

extension SiteRoute {
    enum PlacePage: Hashable, Sendable {
        case show
        case edit

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .edit: [.constant("edit")]
            }
        }
    }
}
