import Foundation

extension SiteRoute {
    enum ClientPage: Hashable, Sendable {
        case show
        case edit
        case periods
        case newPeriod
        case assessments
        case newAssessment
        case referrals
        case newReferral

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .edit: [.constant("edit")]
            case .periods: [.constant("periods")]
            case .newPeriod: [.constant("periods"), .constant("new")]
            case .assessments: [.constant("assessments")]
            case .newAssessment: [.constant("assessments"), .constant("new")]
            case .referrals: [.constant("referrals")]
            case .newReferral: [.constant("referrals"), .constant("new")]
            }
        }
    }

    enum PeriodPage: Hashable, Sendable {
        case show
        case phase
        case steps
        case decisions
        case meetings
        case planMeetings
        case allowances
        case goals
        case evaluations
        case plan
        case planPart(String)
        case printAgreement
        case progress
        case selfAssessments
        case newSelfAssessment

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .phase: [.constant("phase")]
            case .steps: [.constant("steps")]
            case .decisions: [.constant("decisions")]
            case .meetings: [.constant("meetings")]
            case .planMeetings: [.constant("meetings"), .constant("plan")]
            case .allowances: [.constant("allowances")]
            case .goals: [.constant("goals")]
            case .evaluations: [.constant("evaluations")]
            case .plan: [.constant("plan")]
            case .planPart(let kind): [.constant("plan"), .text(.kind, kind)]
            case .printAgreement: [.constant("agreement"), .constant("print")]
            case .progress: [.constant("progress")]
            case .selfAssessments: [.constant("self-assessments")]
            case .newSelfAssessment: [.constant("self-assessments"), .constant("new")]
            }
        }
    }

    enum DecisionPage: Hashable, Sendable {
        case show
        case print
        /// The unofficial English courtesy copy (issue 15).
        case english

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .print: [.constant("print")]
            case .english: [.constant("english")]
            }
        }
    }

    enum GoalPage: Hashable, Sendable {
        case show
        case reached
        case places
        case removePlace(UUID)

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .reached: [.constant("reached")]
            case .places: [.constant("places")]
            case .removePlace(let placeID): [.constant("places"), .id(.placeID, placeID), .constant("remove")]
            }
        }
    }

    enum AssessmentPage: Hashable, Sendable {
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
