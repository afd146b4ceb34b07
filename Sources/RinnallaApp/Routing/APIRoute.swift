import Foundation

/// Every address of the JSON API (`/api/...`): each case is one path, with its
/// parameters typed. Routes are registered from these cases (`RoutesBuilder.api`), and
/// the OpenAPI document takes its paths from the registered routes.
enum APIRoute: RoutePath {
    case openAPIDocument
    case token
    case me(MeEndpoint)
    case areas
    case clients
    case client(UUID, ClientEndpoint)
    case contacts
    case contact(UUID)
    case evaluations
    case evaluation(UUID, EvaluationEndpoint)
    case goal(UUID, GoalEndpoint)
    case groups
    case group(UUID, GroupEndpoint)
    case instruments
    case meeting(UUID)
    case observations
    case observation(UUID)
    case period(UUID, PeriodEndpoint)
    case places
    case place(UUID)
    case publicResponses(String)
    case referrals
    case referral(UUID, ReferralEndpoint)
    case socialReport
    case roundResults(UUID)
    case servicePaths
    case servicePath(UUID)
    case sessionAttendance(UUID)
    case units
    case unit(UUID)
    /// A unit's dashboard (issue 16), and every led or evaluated unit's.
    case unitDashboard(UUID)
    case dashboard
    /// The three logic models with their items (issue 17).
    case logicModels
    /// A unit's evidence of the operating models: fidelity and outcomes by quarter.
    case unitEvidence(UUID)
    case users
    case user(UUID, UserEndpoint)

    var pieces: [PathPiece] {
        switch self {
        case .openAPIDocument: [.constant("api"), .constant("openapi.json")]
        case .token: [.constant("api"), .constant("v1"), .constant("auth"), .constant("token")]
        case .me(let sub): [.constant("api"), .constant("v1"), .constant("me")] + sub.pieces
        case .areas: [.constant("api"), .constant("v1"), .constant("areas")]
        case .clients: [.constant("api"), .constant("v1"), .constant("clients")]
        case .client(let clientID, let sub):
            [.constant("api"), .constant("v1"), .constant("clients"), .id(.clientID, clientID)] + sub.pieces
        case .contacts: [.constant("api"), .constant("v1"), .constant("contacts")]
        case .contact(let contactID):
            [.constant("api"), .constant("v1"), .constant("contacts"), .id(.contactID, contactID)]
        case .evaluations: [.constant("api"), .constant("v1"), .constant("evaluations")]
        case .evaluation(let evaluationID, let sub):
            [.constant("api"), .constant("v1"), .constant("evaluations"), .id(.evaluationID, evaluationID)]
                + sub.pieces
        case .goal(let goalID, let sub):
            [.constant("api"), .constant("v1"), .constant("goals"), .id(.goalID, goalID)] + sub.pieces
        case .groups: [.constant("api"), .constant("v1"), .constant("groups")]
        case .group(let groupID, let sub):
            [.constant("api"), .constant("v1"), .constant("groups"), .id(.groupID, groupID)] + sub.pieces
        case .instruments: [.constant("api"), .constant("v1"), .constant("instruments")]
        case .meeting(let meetingID):
            [.constant("api"), .constant("v1"), .constant("meetings"), .id(.meetingID, meetingID)]
        case .observations: [.constant("api"), .constant("v1"), .constant("observations")]
        case .observation(let observationID):
            [.constant("api"), .constant("v1"), .constant("observations"), .id(.observationID, observationID)]
        case .period(let periodID, let sub):
            [.constant("api"), .constant("v1"), .constant("periods"), .id(.periodID, periodID)] + sub.pieces
        case .places: [.constant("api"), .constant("v1"), .constant("places")]
        case .place(let placeID): [.constant("api"), .constant("v1"), .constant("places"), .id(.placeID, placeID)]
        case .publicResponses(let token):
            [
                .constant("api"), .constant("v1"), .constant("public"), .constant("rounds"), .text(.token, token),
                .constant("responses"),
            ]
        case .referrals: [.constant("api"), .constant("v1"), .constant("referrals")]
        case .referral(let referralID, let sub):
            [.constant("api"), .constant("v1"), .constant("referrals"), .id(.referralID, referralID)] + sub.pieces
        case .socialReport: [.constant("api"), .constant("v1"), .constant("reports"), .constant("social")]
        case .roundResults(let roundID):
            [.constant("api"), .constant("v1"), .constant("rounds"), .id(.roundID, roundID), .constant("results")]
        case .servicePaths: [.constant("api"), .constant("v1"), .constant("service-paths")]
        case .servicePath(let servicePathID):
            [.constant("api"), .constant("v1"), .constant("service-paths"), .id(.servicePathID, servicePathID)]
        case .sessionAttendance(let sessionID):
            [
                .constant("api"), .constant("v1"), .constant("sessions"), .id(.sessionID, sessionID),
                .constant("attendance"),
            ]
        case .units: [.constant("api"), .constant("v1"), .constant("units")]
        case .unit(let unitID): [.constant("api"), .constant("v1"), .constant("units"), .id(.unitID, unitID)]
        case .unitDashboard(let unitID):
            [.constant("api"), .constant("v1"), .constant("units"), .id(.unitID, unitID), .constant("dashboard")]
        case .dashboard: [.constant("api"), .constant("v1"), .constant("dashboard")]
        case .logicModels: [.constant("api"), .constant("v1"), .constant("logic-models")]
        case .unitEvidence(let unitID):
            [.constant("api"), .constant("v1"), .constant("units"), .id(.unitID, unitID), .constant("evidence")]
        case .users: [.constant("api"), .constant("v1"), .constant("users")]
        case .user(let userID, let sub):
            [.constant("api"), .constant("v1"), .constant("users"), .id(.userID, userID)] + sub.pieces
        }
    }
}

extension APIRoute {
    enum MeEndpoint: Hashable, Sendable {
        case show
        case password
        case reminders
        case activityMoney

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .password: [.constant("password")]
            case .reminders: [.constant("reminders")]
            case .activityMoney: [.constant("activity-money")]
            }
        }
    }

    enum ClientEndpoint: Hashable, Sendable {
        case show
        case periods

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .periods: [.constant("periods")]
            }
        }
    }

    enum EvaluationEndpoint: Hashable, Sendable {
        case show
        case comparison
        case rounds

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .comparison: [.constant("comparison")]
            case .rounds: [.constant("rounds")]
            }
        }
    }

    enum GoalEndpoint: Hashable, Sendable {
        case show
        case places
        case place(UUID)
        case versions

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .places: [.constant("places")]
            case .place(let placeID): [.constant("places"), .id(.placeID, placeID)]
            case .versions: [.constant("versions")]
            }
        }
    }

    enum GroupEndpoint: Hashable, Sendable {
        case show
        case feedback
        case report
        case sessions

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .feedback: [.constant("feedback")]
            case .report: [.constant("report")]
            case .sessions: [.constant("sessions")]
            }
        }
    }

    enum PeriodEndpoint: Hashable, Sendable {
        case show
        case allowances
        case decisions
        case evaluations
        case goals
        case meetings
        case plan
        case planPart(String)
        case selfAssessments
        case steps
        case step(String)

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .allowances: [.constant("allowances")]
            case .decisions: [.constant("decisions")]
            case .evaluations: [.constant("evaluations")]
            case .goals: [.constant("goals")]
            case .meetings: [.constant("meetings")]
            case .plan: [.constant("plan")]
            case .planPart(let kind): [.constant("plan"), .text(.kind, kind)]
            case .selfAssessments: [.constant("self-assessments")]
            case .steps: [.constant("steps")]
            case .step(let step): [.constant("steps"), .text(.step, step)]
            }
        }
    }

    enum ReferralEndpoint: Hashable, Sendable {
        case show
        case followUp

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .followUp: [.constant("follow-up")]
            }
        }
    }

    enum UserEndpoint: Hashable, Sendable {
        case show
        case activate
        case deactivate
        case roles
        case role(UUID)

        var pieces: [PathPiece] {
            switch self {
            case .show: []
            case .activate: [.constant("activate")]
            case .deactivate: [.constant("deactivate")]
            case .roles: [.constant("roles")]
            case .role(let membershipID): [.constant("roles"), .id(.membershipID, membershipID)]
            }
        }
    }
}

extension APIRoute {
    /// Every API address starts with this; errors under it are answered as JSON.
    static let pathPrefix = "/api/"
}
