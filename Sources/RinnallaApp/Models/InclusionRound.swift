import Fluent
import Foundation
import RinnallaCore

/// A collection round of an inclusion evaluation ("start", "end", a yearly round). Its
/// public link `/o/<token>` opens the form without logging in; the token is random (256
/// bits) and only lets someone answer the survey.
final class InclusionRound: Model, @unchecked Sendable {
    static let schema = "inclusion_rounds"

    @ID(key: .id) var id: UUID?
    @Parent(key: "evaluation_id") var evaluation: InclusionEvaluation
    /// The evaluation's unit, copied for access checks without a join.
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "name") var name: String
    /// Order within the evaluation: 1 for the first round.
    @Field(key: "position") var position: Int
    @Field(key: "opens_on") var opensOn: String
    @Field(key: "closes_on") var closesOn: String
    @Field(key: "token") var token: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    func state(today: Day) -> InclusionRoundState {
        guard let opens = Day(parsing: opensOn), let closes = Day(parsing: closesOn) else { return .closed }
        return InclusionRoundState.of(opensOn: opens, closesOn: closes, today: today)
    }
}
