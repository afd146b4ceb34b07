import Fluent
import SQLKit
import Foundation
import RinnallaCore

/// An interim evaluation (every three months, before the decision ends) or the final
/// evaluation that closes the period.
final class Evaluation: Model, @unchecked Sendable {
    static let schema = "evaluations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "period_id") var period: RehabilitationPeriod
    @Parent(key: "client_id") var client: ClientRecord
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "kind") var kind: String
    @Field(key: "day") var day: String
    @Field(key: "group_participation") var groupParticipation: String
    /// Interim only: whether the period continues with a new decision.
    @OptionalField(key: "continuation") var continuation: Bool?
    @Field(key: "continuation_reasons") var continuationReasons: String
    @Field(key: "next_steps") var nextSteps: String
    /// Final only: what was achieved, in words the client recognises.
    @Field(key: "achieved") var achieved: String
    /// Final only: the language of the feedback form requested (fi/sv), nil if none.
    @OptionalField(key: "feedback_language") var feedbackLanguage: String?
    /// Whether the client filled in the closing feedback form; nil until asked.
    @OptionalField(key: "feedback_given") var feedbackGiven: Bool?
    /// How the period went in the client's own view ("miten jakso asiakkaan mielestä oli sujunut").
    @Field(key: "client_view") var clientView: String
    @Field(key: "follow_up_plan") var followUpPlan: String
    @Field(key: "transition") var transition: String
    @Parent(key: "created_by") var createdBy: User
    @OptionalField(key: "created_at") var createdAt: Date?
    @Children(for: \.$evaluation) var ratings: [GoalRating]

    init() {}

    var evaluationKind: EvaluationKind { EvaluationKind(rawValue: kind) ?? .interim }
}

/// A goal's GAS level at an evaluation, with the version, weight and baseline it was
/// rated against (so a later revision does not change an earlier score).
final class GoalRating: Model, @unchecked Sendable {
    static let schema = "goal_ratings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "evaluation_id") var evaluation: Evaluation
    @Parent(key: "goal_id") var goal: Goal
    @Field(key: "goal_version") var goalVersion: Int
    @Field(key: "level") var level: Int
    @Field(key: "weight") var weight: Int
    @Field(key: "baseline") var baseline: Int
    @Field(key: "note") var note: String

    init() {}
}

extension GoalRating {
    /// The goal ratings of evaluations as GAS reads them (`GoalProgress`), by evaluation:
    /// the dashboard's GAS change and the evidence's goals attained read them alike.
    static func ratings(ofEvaluations ids: [UUID], on sql: any SQLDatabase) async throws
        -> [UUID: [GoalProgress.Rating]]
    {
        var ratings: [UUID: [GoalProgress.Rating]] = [:]
        for row in try await sql.select().columns("evaluation_id", "goal_id", "level", "weight", "baseline")
            .from(schema).where("evaluation_id", .in, ids).all()
        {
            ratings[try row.decode(column: "evaluation_id", as: UUID.self), default: []].append(
                .init(
                    goal: try row.decode(column: "goal_id", as: UUID.self).uuidString,
                    level: try row.decode(column: "level", as: Int.self),
                    weight: Double(try row.decode(column: "weight", as: Int.self)),
                    baseline: try row.decode(column: "baseline", as: Int.self)))
        }
        return ratings
    }
}
