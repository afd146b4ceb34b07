import Fluent
import Foundation
import RinnallaCore

/// A client's attendance at one session: one row per session and client (unique index),
/// so saving the attendance again updates it.
final class GroupAttendanceRecord: Model, @unchecked Sendable {
    static let schema = "group_attendance"

    @ID(key: .id) var id: UUID?
    @Parent(key: "session_id") var session: GroupSession
    @Parent(key: "group_id") var group: ActivityGroup
    @Parent(key: "client_id") var client: ClientRecord
    /// The client's unit.
    @Parent(key: "unit_id") var unit: OrgUnit
    /// The client's period the session day belongs to, if any: its activity days.
    @OptionalParent(key: "period_id") var period: RehabilitationPeriod?
    /// The session's day, copied for the period's day-based rules and indexes.
    @Field(key: "day") var day: String
    @Field(key: "status") var status: String
    @Parent(key: "recorded_by") var recordedBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var attendance: AttendanceStatus? { AttendanceStatus(rawValue: status) }
}
