import Foundation

extension SiteRoute {
    enum EvaluationPage: Hashable, Sendable {
        case show
        case rounds
        case results
        case resultsExport
        case report
        case selfEvaluations
        case newSelfEvaluation
        case selfEvaluation(UUID)
        case stories
        case storyChosen(UUID)
        case interviews
        case newInterview
        case interview(UUID)
        case interviewStories(UUID)
        case storyPlan
        case storyThemes

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .rounds: [.constant("rounds")]
            case .results: [.constant("results")]
            case .resultsExport: [.constant("results"), .constant("export")]
            case .report: [.constant("report")]
            case .selfEvaluations: [.constant("self-evaluations")]
            case .newSelfEvaluation: [.constant("self-evaluations"), .constant("new")]
            case .selfEvaluation(let selfEvaluationID):
                [.constant("self-evaluations"), .id(.selfEvaluationID, selfEvaluationID)]
            case .stories: [.constant("stories")]
            case .storyChosen(let storyID): [.constant("stories"), .id(.storyID, storyID), .constant("chosen")]
            case .interviews: [.constant("stories"), .constant("interviews")]
            case .newInterview: [.constant("stories"), .constant("interviews"), .constant("new")]
            case .interview(let interviewID):
                [.constant("stories"), .constant("interviews"), .id(.interviewID, interviewID)]
            case .interviewStories(let interviewID):
                [.constant("stories"), .constant("interviews"), .id(.interviewID, interviewID), .constant("stories")]
            case .storyPlan: [.constant("stories"), .constant("plan")]
            case .storyThemes: [.constant("stories"), .constant("themes")]
            }
        }
    }

    enum RoundPage: Hashable, Sendable {
        case show
        case importFile
        case paper
        case paperEntry
        case poster
        case results
        case resultsExport

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .importFile: [.constant("import")]
            case .paper: [.constant("paper")]
            case .paperEntry: [.constant("paper-entry")]
            case .poster: [.constant("poster")]
            case .results: [.constant("results")]
            case .resultsExport: [.constant("results"), .constant("export")]
            }
        }
    }

    enum SurveyPage: Hashable, Sendable {
        case form
        case thanks

        var pieces: [PathPiece] {
            switch self {
            case .form: []
            case .thanks: [.constant("thanks")]
            }
        }
    }
}
