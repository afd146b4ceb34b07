import Fluent
import Foundation
import RinnallaCore

/// An excerpt of an interview marked as a small success story, with the team's codes.
final class InclusionStory: Model, @unchecked Sendable {
    static let schema = "inclusion_stories"

    @ID(key: .id) var id: UUID?
    @Parent(key: "evaluation_id") var evaluation: InclusionEvaluation
    @Parent(key: "unit_id") var unit: OrgUnit
    @Parent(key: "interview_id") var interview: InclusionInterview
    /// Where in the interview it came up: a guide theme's raw value or a team theme's key.
    @Field(key: "theme") var theme: String
    @Field(key: "excerpt") var excerpt: String
    /// The typology's code: what kind of story it is.
    @Field(key: "story_type") var storyType: String
    /// What kind of growth in inclusion it tells of (a code).
    @Field(key: "interpretation") var interpretation: String
    /// What in the activity made it happen (a code).
    @Field(key: "mechanism") var mechanism: String
    /// Domain tags (the team's own lens): `AuxiliaryQuestions.GroupKind` raw values, comma-separated.
    @Field(key: "domains") var domains: String
    @Field(key: "chosen") var chosen: Bool
    @Parent(key: "created_by") var createdBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var domainKinds: [AuxiliaryQuestions.GroupKind] {
        domains.split(separator: ",").compactMap { AuxiliaryQuestions.GroupKind(rawValue: String($0)) }
    }
}
