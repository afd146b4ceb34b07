import Plot
import RinnallaCore
import Vapor

extension HTML {
    func response(_ status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: render()))
    }
}

/// Short status notices shown after a redirect (`?notice=saved`); only known codes are shown.
enum Notice: String {
    case loggedOut = "logged-out"
    case passwordChanged = "password-changed"
    case languageChanged = "language-changed"
    case saved
    case userCreated = "user-created"
    case unitCreated = "unit-created"
    case deactivated
    case activated
    case passwordReset = "password-reset"
    case sessionExpired = "session-expired"
    case clientCreated = "client-created"
    case clientSaved = "client-saved"
    case periodStarted = "period-started"
    case phaseChanged = "phase-changed"
    case stepsSaved = "steps-saved"
    case decisionSaved = "decision-saved"
    case meetingSaved = "meeting-saved"
    case meetingsPlanned = "meetings-planned"
    case allowanceSaved = "allowance-saved"
    case goalSaved = "goal-saved"
    case evaluationSaved = "evaluation-saved"
    case periodClosed = "period-closed"
    case documentSaved = "document-saved"
    case activityMoneySaved = "activity-money-saved"
    case calendarRevoked = "calendar-revoked"
    case settingsSaved = "settings-saved"
    case decisionSettingsSaved = "decision-settings-saved"
    case groupSaved = "group-saved"
    case sessionSaved = "session-saved"
    case enrolled
    case leftGroup = "left-group"
    case attendanceSaved = "attendance-saved"
    case areaSaved = "area-saved"
    case areaDeleted = "area-deleted"
    case placeSaved = "place-saved"
    case goalPlacesSaved = "goal-places-saved"
    case contactSaved = "contact-saved"
    case consentSaved = "consent-saved"
    case consentWithdrawn = "consent-withdrawn"
    case servicePathSaved = "service-path-saved"
    case servicePathDeleted = "service-path-deleted"
    case referralSaved = "referral-saved"
    case followUpSaved = "follow-up-saved"
    case assessmentSaved = "assessment-saved"
    case clientFeedbackQuestionSaved = "client-feedback-question-saved"
    case adaptationSaved = "adaptation-saved"
    case adaptationDeleted = "adaptation-deleted"
    case ratingsSaved = "ratings-saved"

    var key: L10nKey {
        switch self {
        case .loggedOut: .loginLoggedOut
        case .passwordChanged: .passwordChanged
        case .languageChanged: .languageChanged
        case .saved: .adminUsersSaved
        case .userCreated: .adminUsersCreated
        case .unitCreated: .adminUnitsCreated
        case .deactivated: .adminUsersDeactivated
        case .activated: .adminUsersActivated
        case .passwordReset: .adminUsersPasswordReset
        case .sessionExpired: .loginSessionExpired
        case .clientCreated: .clientCreated
        case .clientSaved: .clientSaved
        case .periodStarted: .periodStarted
        case .phaseChanged: .periodPhaseChanged
        case .stepsSaved: .handbookSaved
        case .decisionSaved: .decisionsSaved
        case .meetingSaved: .meetingsSaved
        case .meetingsPlanned: .meetingsSaved
        case .allowanceSaved: .allowanceSaved
        case .goalSaved: .goalSaved
        case .evaluationSaved: .evaluationSaved
        case .periodClosed: .evaluationPeriodClosed
        case .documentSaved: .documentSaved
        case .activityMoneySaved: .activityMoneySaved
        case .calendarRevoked: .calendarRevoked
        case .settingsSaved: .settingsSaved
        case .decisionSettingsSaved: .decisionSettingsSaved
        case .groupSaved: .groupsSaved
        case .sessionSaved: .groupsSessionSaved
        case .enrolled: .groupsEnrolled
        case .leftGroup: .groupsLeft
        case .attendanceSaved: .groupsAttendanceSaved
        case .areaSaved: .areaAdminSaved
        case .areaDeleted: .areaAdminDeleted
        case .placeSaved: .placeSaved
        case .goalPlacesSaved: .goalPlacesSaved
        case .contactSaved: .contactSaved
        case .consentSaved: .consentSaved
        case .consentWithdrawn: .consentWithdrawn
        case .servicePathSaved: .servicePathSaved
        case .servicePathDeleted: .servicePathDeleted
        case .referralSaved: .referralSaved
        case .followUpSaved: .referralFollowUpSaved
        case .assessmentSaved: .assessmentSaved
        case .clientFeedbackQuestionSaved: .clientfeedbackAdminSaved
        case .adaptationSaved: .logicModelUnitAdaptationSaved
        case .adaptationDeleted: .logicModelUnitAdaptationDeleted
        case .ratingsSaved: .logicModelUnitRatingsSaved
        }
    }

    static func from(_ request: Request) -> L10nKey? {
        (try? request.query.get(String.self, at: "notice")).flatMap(Notice.init(rawValue:))?.key
    }
}

extension Request {
    /// A redirect to a page of the table, with the notice the page shows on arrival.
    func redirect(to route: SiteRoute, notice: Notice? = nil, fragment: String? = nil) -> Response {
        redirect(to: route.href(["notice": notice?.rawValue], fragment: fragment), redirectType: .normal)
    }

    /// To the login page, coming back to `next` afterwards (home needs no mention).
    func redirect(to route: SiteRoute, notice: Notice?, next: String) -> Response {
        let back = next == "/" || !next.hasPrefix("/") || next.hasPrefix("//") ? nil : next
        return redirect(
            to: route.href([LoginForm.name(.next): back, "notice": notice?.rawValue]), redirectType: .normal)
    }

    /// A form field as text (form-encoded or JSON body).
    func field(_ name: String) -> String? {
        try? content.get(String.self, at: name)
    }
}
