import RinnallaCore

// String enums that API bodies, answers or parameters carry: their raw values are the
// only accepted JSON values, so the schema lists them (see `APIStringEnum`).
extension ContactChannel: APIStringEnum {}
extension ContactTopic: APIStringEnum {}
extension ContactSupport: APIStringEnum {}
extension PerceivedAgeGroup: APIStringEnum {}
extension PerceivedGender: APIStringEnum {}
extension ServicePathKind: APIStringEnum {}
extension ReferralMethod: APIStringEnum {}
extension ReferralOutcome: APIStringEnum {}
extension PlaceCategory: APIStringEnum {}
extension GroupAim: APIStringEnum {}
extension GroupMethod: APIStringEnum {}
extension GroupLanguage: APIStringEnum {}
extension AttendanceStatus: APIStringEnum {}
extension Role: APIStringEnum {}
extension GoalLevel: APIStringEnum {}
extension Language: APIStringEnum {}
extension PeriodDocumentKind: APIStringEnum {}
extension PeriodPhase: APIStringEnum {}
extension EvaluationKind: APIStringEnum {}
