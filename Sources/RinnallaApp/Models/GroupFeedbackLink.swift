import Fluent
import Foundation

/// A group's public feedback link `/f/<token>`. The token is random (256 bits) and only
/// lets someone leave anonymous feedback, so it is kept as is: the poster can be printed
/// again. Making a new link retires the old one (`retiredAt`), which then answers 410.
final class GroupFeedbackLink: Model, @unchecked Sendable {
    static let schema = "group_feedback_links"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: ActivityGroup
    /// The group's owning unit, copied for access checks without a join.
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "token") var token: String
    @Parent(key: "created_by") var createdBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "retired_at") var retiredAt: Date?

    init() {}

    var isRetired: Bool { retiredAt != nil }
}
