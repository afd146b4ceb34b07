import RinnallaCore
import Foundation

/// Every page address of the site: each case is one path, with its parameters typed.
/// Routes are registered from these cases (`RoutesBuilder.page`), and every link,
/// redirect and form action is built from them (`href`), so a path is written once.
enum SiteRoute: RoutePath {
    case home
    case healthz
    case readyz
    case login
    case logout
    case account(AccountPage)
    case calendarFeed(String)
    case unit(UUID, UnitPage)
    /// The dashboards of every unit the user leads or evaluates, side by side.
    case dashboard
    /// The three operating models' logic models (issue 17), and each drawn.
    case logicModels
    case logicModel(OperatingModel)
    case clients(CollectionPage)
    case client(UUID, ClientPage)
    case period(UUID, PeriodPage)
    case decision(UUID, DecisionPage)
    case meeting(UUID)
    case goal(UUID, GoalPage)
    case assessment(UUID, AssessmentPage)
    case selfAssessment(UUID)
    case withdrawConsent(UUID)
    case contacts(CollectionPage)
    case contact(UUID, ContactPage)
    case nickname(UUID, NicknamePage)
    case leaveEnrolment(UUID)
    case referralsToFollowUp
    case referral(UUID, ReferralPage)
    case groups(GroupsPage)
    case group(UUID, GroupPage)
    case session(UUID, SessionPage)
    case groupFeedbackForm(String)
    /// The organisation's own client feedback, public and anonymous (issue 17).
    case clientFeedbackForm(String)
    case places(CollectionPage)
    case place(UUID, PlacePage)
    case observations(CollectionPage)
    case observation(UUID, RecordPage)
    case socialReport(SocialReportPage)
    case servicePaths(CollectionPage)
    case servicePath(UUID, RecordPage)
    case evaluations(CollectionPage)
    case evaluation(UUID, EvaluationPage)
    case round(UUID, RoundPage)
    case survey(String, SurveyPage)
    case admin(AdminPage)

    var pieces: [PathPiece] {
        switch self {
        case .home: []
        case .healthz: [.constant("healthz")]
        case .readyz: [.constant("readyz")]
        case .login: [.constant("login")]
        case .logout: [.constant("logout")]
        case .account(let sub): [.constant("account")] + sub.pieces
        case .calendarFeed(let feed): [.constant("calendar"), .text(.feed, feed)]
        case .unit(let unitID, let sub): [.constant("units"), .id(.unitID, unitID)] + sub.pieces
        case .dashboard: [.constant("dashboard")]
        case .logicModels: [.constant("logic-models")]
        case .logicModel(let model): [.constant("logic-models"), .constant(model.rawValue)]
        case .clients(let sub): [.constant("clients")] + sub.pieces
        case .client(let clientID, let sub): [.constant("clients"), .id(.clientID, clientID)] + sub.pieces
        case .period(let periodID, let sub): [.constant("periods"), .id(.periodID, periodID)] + sub.pieces
        case .decision(let decisionID, let sub): [.constant("decisions"), .id(.decisionID, decisionID)] + sub.pieces
        case .meeting(let meetingID): [.constant("meetings"), .id(.meetingID, meetingID)]
        case .goal(let goalID, let sub): [.constant("goals"), .id(.goalID, goalID)] + sub.pieces
        case .assessment(let assessmentID, let sub):
            [.constant("assessments"), .id(.assessmentID, assessmentID)] + sub.pieces
        case .selfAssessment(let selfAssessmentID):
            [.constant("self-assessments"), .id(.selfAssessmentID, selfAssessmentID)]
        case .withdrawConsent(let consentID):
            [.constant("consents"), .id(.consentID, consentID), .constant("withdraw")]
        case .contacts(let sub): [.constant("contacts")] + sub.pieces
        case .contact(let contactID, let sub): [.constant("contacts"), .id(.contactID, contactID)] + sub.pieces
        case .nickname(let nicknameID, let sub): [.constant("nicknames"), .id(.nicknameID, nicknameID)] + sub.pieces
        case .leaveEnrolment(let enrolmentID):
            [.constant("enrolments"), .id(.enrolmentID, enrolmentID), .constant("leave")]
        case .referralsToFollowUp: [.constant("referrals"), .constant("follow-up")]
        case .referral(let referralID, let sub): [.constant("referrals"), .id(.referralID, referralID)] + sub.pieces
        case .groups(let sub): [.constant("groups")] + sub.pieces
        case .group(let groupID, let sub): [.constant("groups"), .id(.groupID, groupID)] + sub.pieces
        case .session(let sessionID, let sub): [.constant("sessions"), .id(.sessionID, sessionID)] + sub.pieces
        case .groupFeedbackForm(let token): [.constant("f"), .text(.token, token)]
        case .clientFeedbackForm(let token): [.constant("p"), .text(.token, token)]
        case .places(let sub): [.constant("places")] + sub.pieces
        case .place(let placeID, let sub): [.constant("places"), .id(.placeID, placeID)] + sub.pieces
        case .observations(let sub): [.constant("observations")] + sub.pieces
        case .observation(let observationID, let sub):
            [.constant("observations"), .id(.observationID, observationID)] + sub.pieces
        case .socialReport(let sub): [.constant("reports"), .constant("social")] + sub.pieces
        case .servicePaths(let sub): [.constant("service-paths")] + sub.pieces
        case .servicePath(let servicePathID, let sub):
            [.constant("service-paths"), .id(.servicePathID, servicePathID)] + sub.pieces
        case .evaluations(let sub): [.constant("evaluations")] + sub.pieces
        case .evaluation(let evaluationID, let sub):
            [.constant("evaluations"), .id(.evaluationID, evaluationID)] + sub.pieces
        case .round(let roundID, let sub): [.constant("rounds"), .id(.roundID, roundID)] + sub.pieces
        case .survey(let token, let sub): [.constant("o"), .text(.token, token)] + sub.pieces
        case .admin(let sub): [.constant("admin")] + sub.pieces
        }
    }
}

extension SiteRoute {
    /// A record that can be shown, edited and deleted: service paths, observations.
    enum RecordPage: Hashable, Sendable {
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

    /// A collection's list and its "new" form: `/clients`, `/clients/new`, and so on.
    enum CollectionPage: Hashable, Sendable {
        case list
        case new

        var pieces: [PathPiece] {
            switch self {
            case .list: []
            case .new: [.constant("new")]
            }
        }
    }

    enum AccountPage: Hashable, Sendable {
        case password
        case language
        case activityMoney
        case calendar
        case revokeCalendar

        var pieces: [PathPiece] {
            switch self {
            case .password: [.constant("password")]
            case .language: [.constant("language")]
            case .activityMoney: [.constant("activity-money")]
            case .calendar: [.constant("calendar")]
            case .revokeCalendar: [.constant("calendar"), .constant("revoke")]
            }
        }
    }

    enum UnitPage: Hashable, Sendable {
        case show
        case audit
        case allowances
        case activityMoney
        /// The team lead's dashboard (issue 16), the list behind each figure, its CSV files.
        case dashboard
        case dashboardList(DashboardList)
        case dashboardExport
        /// The unit's evidence of an operating model (issue 17) and its CSV.
        case evidence(OperatingModel)
        case evidenceExport(OperatingModel)
        /// The unit's client feedback links and paper forms (issue 17).
        case clientFeedback
        case clientFeedbackLink(ClientFeedbackContext)
        case clientFeedbackPaper(ClientFeedbackContext)
        /// The unit's local adaptations and yearly self-rating of an operating model (issue 17).
        case logicModel(OperatingModel)
        case logicModelAdaptations(OperatingModel)
        case logicModelAdaptation(OperatingModel, UUID, RecordPage)
        case logicModelRatings(OperatingModel)

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .audit: [.constant("audit")]
            case .allowances: [.constant("allowances")]
            case .activityMoney: [.constant("activity-money")]
            case .dashboard: [.constant("dashboard")]
            case .dashboardList(let list): [.constant("dashboard"), .constant(list.rawValue)]
            case .dashboardExport: [.constant("dashboard"), .constant("export")]
            case .evidence(let model): [.constant("evidence"), .constant(model.rawValue)]
            case .evidenceExport(let model): [.constant("evidence"), .constant(model.rawValue), .constant("export")]
            case .clientFeedback: [.constant("client-feedback")]
            case .clientFeedbackLink(let context):
                [.constant("client-feedback"), .constant(context.rawValue), .constant("link")]
            case .clientFeedbackPaper(let context):
                [.constant("client-feedback"), .constant(context.rawValue), .constant("paper")]
            case .logicModel(let model): [.constant("logic-models"), .constant(model.rawValue)]
            case .logicModelAdaptations(let model):
                [.constant("logic-models"), .constant(model.rawValue), .constant("adaptations")]
            case .logicModelAdaptation(let model, let adaptationID, let sub):
                [
                    .constant("logic-models"), .constant(model.rawValue), .constant("adaptations"),
                    .id(.adaptationID, adaptationID),
                ] + sub.pieces
            case .logicModelRatings(let model):
                [.constant("logic-models"), .constant(model.rawValue), .constant("ratings")]
            }
        }
    }
}
