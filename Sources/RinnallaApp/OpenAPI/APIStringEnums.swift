import RinnallaCore

// String enums that API bodies, answers or parameters carry: their raw values are the
// only accepted JSON values, so the schema lists them (see `APIStringEnum`).
extension ContactChannel: APIStringEnum {
    static var refusalKey: L10nKey { .contactErrorChoose }
}
extension ContactTopic: APIStringEnum {}
extension ContactSupport: APIStringEnum {}
extension PerceivedAgeGroup: APIStringEnum {}
extension PerceivedGender: APIStringEnum {}
extension ServicePathKind: APIStringEnum {}
extension ReferralMethod: APIStringEnum {}
extension ReferralOutcome: APIStringEnum {}
extension PlaceCategory: APIStringEnum {}
extension GroupAim: APIStringEnum {
    static var refusalKey: L10nKey { .groupsErrorChoice }
}
extension GroupMethod: APIStringEnum {}
extension GroupLanguage: APIStringEnum {
    static func refusal(field: String) -> AppError {
        .invalid(.groupsErrorChoice, field: "groupLanguage", arguments: ["field": "groupLanguage"])
    }
}
extension AttendanceStatus: APIStringEnum {}
extension Role: APIStringEnum {
    static var refusalKey: L10nKey { .errorRoleInvalid }
}
extension GoalLevel: APIStringEnum {}
extension Language: APIStringEnum {}
extension PeriodDocumentKind: APIStringEnum {}
extension PeriodPhase: APIStringEnum {}
extension EvaluationKind: APIStringEnum {}
extension ActivityAllowance.MeetingStatus: APIStringEnum {}
extension DecisionTexts.Resolution: APIStringEnum {}
extension InclusionActivityKind: APIStringEnum {
    static var refusalKey: L10nKey { .surveyErrorActivityKind }
}

/// A decision's official language (issue 15).
extension DecisionLanguage: APIStringEnum {}
