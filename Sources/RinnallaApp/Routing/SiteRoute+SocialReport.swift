import Foundation

extension SiteRoute {
    enum ObservationPage: Hashable, Sendable {
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
