import Fluent
import Foundation

/// The preparation step of an evaluation's Small success stories.
final class InclusionStoryPlan: Model, @unchecked Sendable {
    static let schema = "inclusion_story_plans"

    @ID(key: .id) var id: UUID?
    @Parent(key: "evaluation_id") var evaluation: InclusionEvaluation
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "aims") var aims: String
    @Field(key: "interviewees") var interviewees: String
    @Field(key: "consent_text") var consentText: String
    @Parent(key: "updated_by") var updatedBy: User
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// An interview theme the team added beside the guide's three.
final class InclusionStoryTheme: Model, @unchecked Sendable {
    static let schema = "inclusion_story_themes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "evaluation_id") var evaluation: InclusionEvaluation
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "title") var title: String
    /// The theme's questions, one a line.
    @Field(key: "questions") var questions: String
    @Parent(key: "created_by") var createdBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    /// The key notes and stories use for this theme.
    var key: String { "own-\(id?.uuidString.lowercased() ?? "")" }
    var questionList: [String] {
        questions.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
