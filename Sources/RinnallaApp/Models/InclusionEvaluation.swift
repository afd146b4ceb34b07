import Fluent
import Foundation
import RinnallaCore

/// An inclusion evaluation (issue 6) of one activity: its ESIS collection rounds, success
/// story interviews and 24-question self-evaluations. Holds no client data.
final class InclusionEvaluation: Model, @unchecked Sendable {
    static let schema = "inclusion_evaluations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "name") var name: String
    /// `InclusionActivityKind` raw value.
    @Field(key: "activity_kind") var activityKind: String
    @Field(key: "activity_name") var activityName: String
    @OptionalParent(key: "group_id") var group: ActivityGroup?
    @Field(key: "aims") var aims: String
    @Field(key: "pairing_salt") var pairingSalt: String
    @Parent(key: "created_by") var createdBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Children(for: \.$evaluation) var rounds: [InclusionRound]

    init() {}

    var kind: InclusionActivityKind { InclusionActivityKind(rawValue: activityKind) ?? .group }
}
