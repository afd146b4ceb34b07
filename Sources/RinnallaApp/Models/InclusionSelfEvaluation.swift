import Fluent
import Foundation

/// A dated round of the team's self-evaluation with the 24 auxiliary questions.
final class InclusionSelfEvaluation: Model, @unchecked Sendable {
    static let schema = "inclusion_self_evaluations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "evaluation_id") var evaluation: InclusionEvaluation
    @Parent(key: "unit_id") var unit: OrgUnit
    /// ISO day.
    @Field(key: "day") var day: String
    @Field(key: "note") var note: String
    @Parent(key: "created_by") var createdBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Children(for: \.$selfEvaluation) var answers: [InclusionSelfEvaluationAnswer]

    init() {}
}

/// One question's answer in a self-evaluation round.
final class InclusionSelfEvaluationAnswer: Model, @unchecked Sendable {
    static let schema = "inclusion_self_evaluation_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "self_evaluation_id") var selfEvaluation: InclusionSelfEvaluation
    @Parent(key: "unit_id") var unit: OrgUnit
    /// 1 … 24.
    @Field(key: "question") var question: Int
    /// The team's own scale, 1 … 5; nil when not rated.
    @OptionalField(key: "rating") var rating: Int?
    @Field(key: "answer") var answer: String

    init() {}
}
