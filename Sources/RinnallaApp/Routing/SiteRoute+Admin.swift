import Foundation

extension SiteRoute {
    enum AdminPage: Hashable, Sendable {
        case users
        case user(UUID)
        case userPassword(UUID)
        case userRoles(UUID)
        case removeUserRole(UUID, UUID)
        case userStatus(UUID)
        case units
        case logins
        case settings
        case activityMoneySettings
        case monthMode
        case privacy
        case rates
        /// The decision frame and review instructions (issue 15).
        case decisionSettings
        case areas
        case area(UUID)
        case deleteArea(UUID)
        case moveArea(UUID)
        case inclusionTranslations
        case removeInclusionTranslation(String)
        case instruments
        case instrumentStatus(String)
        /// The organisation's own client feedback questions (issue 17).
        case clientFeedbackQuestions
        case clientFeedbackQuestion(UUID)

        var pieces: [PathPiece] {
            switch self {
            case .users: [.constant("users")]
            case .user(let userID): [.constant("users"), .id(.userID, userID)]
            case .userPassword(let userID): [.constant("users"), .id(.userID, userID), .constant("password")]
            case .userRoles(let userID): [.constant("users"), .id(.userID, userID), .constant("roles")]
            case .removeUserRole(let userID, let membershipID):
                [
                    .constant("users"), .id(.userID, userID), .constant("roles"), .id(.membershipID, membershipID),
                    .constant("remove"),
                ]
            case .userStatus(let userID): [.constant("users"), .id(.userID, userID), .constant("status")]
            case .units: [.constant("units")]
            case .logins: [.constant("logins")]
            case .settings: [.constant("settings")]
            case .activityMoneySettings: [.constant("settings"), .constant("activity-money")]
            case .monthMode: [.constant("settings"), .constant("month-mode")]
            case .privacy: [.constant("settings"), .constant("privacy")]
            case .rates: [.constant("settings"), .constant("rates")]
            case .decisionSettings: [.constant("settings"), .constant("decisions")]
            case .areas: [.constant("areas")]
            case .area(let areaID): [.constant("areas"), .id(.areaID, areaID)]
            case .deleteArea(let areaID): [.constant("areas"), .id(.areaID, areaID), .constant("delete")]
            case .moveArea(let areaID): [.constant("areas"), .id(.areaID, areaID), .constant("move")]
            case .inclusionTranslations: [.constant("inclusion-translations")]
            case .removeInclusionTranslation(let language):
                [.constant("inclusion-translations"), .text(.language, language), .constant("remove")]
            case .instruments: [.constant("instruments")]
            case .instrumentStatus(let code): [.constant("instruments"), .text(.code, code), .constant("status")]
            case .clientFeedbackQuestions: [.constant("client-feedback")]
            case .clientFeedbackQuestion(let questionID):
                [.constant("client-feedback"), .id(.questionID, questionID)]
            }
        }
    }
}
