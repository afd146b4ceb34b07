/// When a client is asked the organisation's own feedback questions (issue 17, item 3):
/// at the closing of a social rehabilitation period, or after a low-threshold or
/// outreach contact. Answers are anonymous either way.
public enum ClientFeedbackContext: String, CaseIterable, Sendable, Codable {
    case closing, contact

    /// The operating models whose evidence shows the answers.
    public var models: [OperatingModel] {
        switch self {
        case .closing: [.socialRehabilitation]
        case .contact: [.lowThreshold, .outreach]
        }
    }

    public static func of(_ model: OperatingModel) -> ClientFeedbackContext {
        model == .socialRehabilitation ? .closing : .contact
    }

    public var title: L10nKey {
        switch self {
        case .closing: .clientfeedbackContextClosing
        case .contact: .clientfeedbackContextContact
        }
    }
}

/// What a feedback question speaks to: an outcome of a logic model only the client can
/// tell, or one of the experiences that strengthen a person (seed 000, "Sosiaalinen
/// vahvistaminen").
public enum ClientFeedbackTopic: String, CaseIterable, Sendable, Codable {
    case empowered, everydayLife = "everyday-life", heard, trustInSociety = "trust-in-society"
    case supportAndInformation = "support-and-information", success
    case positiveFeedback = "positive-feedback", accepted, appreciationAndTrust = "appreciation-and-trust"

    /// The logic model outcome it measures, by model; nil for the experiences.
    public func outcome(in model: OperatingModel) -> String? {
        switch (self, model) {
        case (.empowered, .socialRehabilitation), (.everydayLife, .socialRehabilitation), (.heard, .lowThreshold),
            (.trustInSociety, .outreach):
            rawValue
        default: nil
        }
    }

    public var isExperience: Bool {
        switch self {
        case .empowered, .everydayLife, .heard, .trustInSociety: false
        default: true
        }
    }

    /// The outcome's or experience's name as the seeds word it.
    public var title: L10nKey {
        switch self {
        case .empowered: .logicModelSocialRehabilitationOutcomesEmpowered
        case .everydayLife: .logicModelSocialRehabilitationOutcomesEverydayLife
        case .heard: .logicModelLowThresholdOutcomesHeard
        case .trustInSociety: .logicModelOutreachOutcomesTrustInSociety
        case .supportAndInformation: .clientfeedbackTopicSupportAndInformation
        case .success: .clientfeedbackTopicSuccess
        case .positiveFeedback: .clientfeedbackTopicPositiveFeedback
        case .accepted: .clientfeedbackTopicAccepted
        case .appreciationAndTrust: .clientfeedbackTopicAppreciationAndTrust
        }
    }
}
