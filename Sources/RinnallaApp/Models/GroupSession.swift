import Fluent
import Foundation
import RinnallaCore

/// One meeting of a group (ryhmäkerta): made from the schedule or added by hand.
final class GroupSession: Model, @unchecked Sendable {
    static let schema = "group_sessions"

    static let planned = "planned"
    static let cancelled = "cancelled"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: ActivityGroup
    /// The group's owning unit, copied for access checks without a join.
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "day") var day: String
    @Field(key: "start_minutes") var startMinutes: Int
    @Field(key: "end_minutes") var endMinutes: Int
    @Field(key: "place") var place: String
    @Field(key: "note") var note: String
    @Field(key: "status") var status: String
    @Field(key: "cancel_reason") var cancelReason: String
    /// The schedule day this session was made for; nil for one added by hand. Unique per
    /// group, so making the sessions again never makes a second one for the same day,
    /// even when this one was moved or cancelled.
    @OptionalField(key: "schedule_key") var scheduleKey: String?
    /// Participants counted without identity.
    @Field(key: "walk_ins") var walkIns: Int
    @OptionalField(key: "attendance_saved_at") var attendanceSavedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var isCancelled: Bool { status == Self.cancelled }
    var sessionDay: Day? { Day(iso: day) }
    var timeText: String {
        "\(GroupSchedule.timeText(startMinutes))–\(GroupSchedule.timeText(endMinutes))"
    }
}
