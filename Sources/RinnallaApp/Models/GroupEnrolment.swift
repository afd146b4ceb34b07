import Fluent
import Foundation

/// A client's membership of a group. Leaving sets `leftOn`; joining again reopens the
/// same row, so there is one row per client and group.
final class GroupEnrolment: Model, @unchecked Sendable {
    static let schema = "group_enrolments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: ActivityGroup
    @Parent(key: "client_id") var client: ClientRecord
    /// The client's unit (not the group's): whose client this is.
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "enrolled_on") var enrolledOn: String
    @OptionalField(key: "left_on") var leftOn: String?
    @Parent(key: "created_by") var createdBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var isActive: Bool { leftOn == nil }
}
