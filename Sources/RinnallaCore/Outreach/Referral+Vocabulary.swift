/// How a person was directed to a service: information given, a referral made, or escorted
/// there ("Saattaminen palveluihin tarvittaessa").
public enum ReferralMethod: String, CaseIterable, Codable, Sendable, Hashable {
    case informationGiven = "information"
    case referralMade = "referral"
    case escorted

    public var l10nKey: L10nKey {
        switch self {
        case .informationGiven: .referralMethodInformation
        case .referralMade: .referralMethodReferral
        case .escorted: .referralMethodEscorted
        }
    }
}

/// The follow-up of a referral: did the person reach the service? This is the logic
/// models' outcome "Asiakkaan pääsy tarvitsemiinsa palveluihin on parantunut".
public enum ReferralOutcome: String, CaseIterable, Codable, Sendable, Hashable {
    case notFollowedUp = "pending"
    case reached
    case notReached = "not-reached"
    case unknown

    public var l10nKey: L10nKey {
        switch self {
        case .notFollowedUp: .referralOutcomePending
        case .reached: .referralOutcomeReached
        case .notReached: .referralOutcomeNotReached
        case .unknown: .referralOutcomeUnknown
        }
    }
}

/// What a person consented to. Consent is recorded with who recorded it and when.
public enum ConsentPurpose: String, CaseIterable, Codable, Sendable, Hashable {
    /// Linking anonymous contacts to a client record.
    case clientRecord = "client-record"
    /// An initial assessment recorded together in the client record.
    case initialAssessment = "initial-assessment"
    /// Passing information to the service the person is referred to.
    case referralInformation = "referral-information"

    public var l10nKey: L10nKey {
        switch self {
        case .clientRecord: .consentPurposeClientRecord
        case .initialAssessment: .consentPurposeInitialAssessment
        case .referralInformation: .consentPurposeReferralInformation
        }
    }
}

/// How urgent the person's situation is, as judged in the initial assessment.
public enum AssessmentUrgency: String, CaseIterable, Codable, Sendable, Hashable {
    case immediate
    case soon
    case notUrgent = "not-urgent"

    public var l10nKey: L10nKey {
        switch self {
        case .immediate: .assessmentUrgencyImmediate
        case .soon: .assessmentUrgencySoon
        case .notUrgent: .assessmentUrgencyNotUrgent
        }
    }
}
