import Foundation

extension SiteRoute {
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
