import Foundation
import Vapor

/// The names of path parameters: the route table writes them into patterns and the
/// controllers read them back by the same case, so a misspelt name cannot compile.
enum PathParameter: String, CaseIterable, Sendable {
    case adaptationID, areaID, assessmentID, clientID, consentID, contactID, decisionID, enrolmentID, evaluationID
    case goalID, groupID, interviewID, meetingID, membershipID, nicknameID, observationID, periodID, placeID
    case questionID, referralID, roundID
    case selfAssessmentID, selfEvaluationID, servicePathID, sessionID, storyID, unitID, userID
    /// Text parameters: a plan part, a public token, a calendar feed, a language, an instrument code.
    case kind, token, feed, language, code, step
}

extension Request {
    /// The id in a path parameter, or 404 when it is missing or malformed.
    func id(_ parameter: PathParameter) throws -> UUID {
        guard let text = parameters.get(parameter.rawValue), let id = UUID(uuidString: text) else {
            throw AppError.notFound
        }
        return id
    }

    /// A text path parameter as sent.
    func text(_ parameter: PathParameter) -> String? {
        parameters.get(parameter.rawValue)
    }
}
