import Fluent
import Foundation

/// A success-story interview. The person is named only by a pseudonym.
final class InclusionInterview: Model, @unchecked Sendable {
    static let schema = "inclusion_interviews"

    @ID(key: .id) var id: UUID?
    @Parent(key: "evaluation_id") var evaluation: InclusionEvaluation
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "pseudonym") var pseudonym: String
    @Field(key: "interviewer") var interviewer: String
    /// ISO day.
    @Field(key: "day") var day: String
    @Field(key: "consent_recorded") var consentRecorded: Bool
    /// "fi", "sv", "en" or "other".
    @Field(key: "language") var language: String
    @Field(key: "activity") var activity: String
    @Parent(key: "created_by") var createdBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Children(for: \.$interview) var notes: [InclusionInterviewNote]

    init() {}
}

/// An interview's notes under one theme.
final class InclusionInterviewNote: Model, @unchecked Sendable {
    static let schema = "inclusion_interview_notes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "interview_id") var interview: InclusionInterview
    @Parent(key: "unit_id") var unit: OrgUnit
    /// A guide theme's `ThemeKind` raw value or a team theme's `key`.
    @Field(key: "theme") var theme: String
    @Field(key: "notes") var notes: String

    init() {}
}
