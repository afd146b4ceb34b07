import Foundation

extension SiteRoute {
    enum ServicePathsPage: Hashable, Sendable {
        case list
        case new

        var pieces: [PathPiece] {
            switch self {
            case .list: []
            case .new: [.constant("new")]
            }
        }
    }

    enum ServicePathPage: Hashable, Sendable {
        case show
        case edit
        case delete

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .edit: [.constant("edit")]
            case .delete: [.constant("delete")]
            }
        }
    }
}
