import Foundation

extension SiteRoute {
    enum PlacesPage: Hashable, Sendable {
        case list
        case new

        var pieces: [PathPiece] {
            switch self {
            case .list: []
            case .new: [.constant("new")]
            }
        }
    }

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
