import Foundation

extension SiteRoute {
    enum GroupsPage: Hashable, Sendable {
        case list
        case new
        case today

        var pieces: [PathPiece] {
            switch self {
            case .list: []
            case .new: [.constant("new")]
            case .today: [.constant("today")]
            }
        }
    }

    enum GroupPage: Hashable, Sendable {
        case show
        case edit
        case enrolments
        case feedback
        case feedbackLink
        case feedbackResults
        case flyer
        case report
        case sessions

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .edit: [.constant("edit")]
            case .enrolments: [.constant("enrolments")]
            case .feedback: [.constant("feedback")]
            case .feedbackLink: [.constant("feedback"), .constant("link")]
            case .feedbackResults: [.constant("feedback"), .constant("results")]
            case .flyer: [.constant("flyer")]
            case .report: [.constant("report")]
            case .sessions: [.constant("sessions")]
            }
        }
    }

    enum SessionPage: Hashable, Sendable {
        case show
        case attendance
        case cancel

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .attendance: [.constant("attendance")]
            case .cancel: [.constant("cancel")]
            }
        }
    }
}
