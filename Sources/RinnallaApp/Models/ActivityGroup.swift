import Fluent
import Foundation
import RinnallaCore

/// A social rehabilitation group in the organisation's catalogue. Any worker of the
/// organisation may read it; only the owning unit's staff change it.
final class ActivityGroup: Model, @unchecked Sendable {
    static let schema = "activity_groups"

    @ID(key: .id) var id: UUID?
    /// The owning unit: its staff edit the group, hold its sessions and mark attendance.
    @Parent(key: "unit_id") var unit: OrgUnit
    @Parent(key: "area_id") var area: Area
    @Field(key: "name") var name: String
    /// Lower-cased name, description, place and leaders, for search on both databases.
    @Field(key: "search_text") var searchText: String
    /// Lower-cased name, for the catalogue's order.
    @Field(key: "name_sort") var nameSort: String
    /// The description (`description` is taken by Fluent's `CustomStringConvertible`).
    @Field(key: "description") var about: String
    @Field(key: "aim") var aim: String
    /// Comma-separated `GroupMethod` raw values.
    @Field(key: "methods") var methods: String
    /// Leaders who are not staff users (experts by experience, partners), by name.
    @Field(key: "leader_names") var leaderNames: String
    @Field(key: "place") var place: String
    /// Comma-separated ISO weekdays ("1,4").
    @Field(key: "weekdays") var weekdays: String
    /// `GroupSchedule.weekdayMask`, for filtering by weekday in SQL.
    @Field(key: "weekday_mask") var weekdayMask: Int
    @Field(key: "start_minutes") var startMinutes: Int
    @Field(key: "end_minutes") var endMinutes: Int
    @Field(key: "interval_weeks") var intervalWeeks: Int
    @Field(key: "is_open") var isOpen: Bool
    @Field(key: "capacity") var capacity: Int
    /// Active enrolments, kept in the same transaction as each enrolment and leave so
    /// the catalogue can filter "places left" without counting.
    @Field(key: "enrolled_count") var enrolledCount: Int
    @Field(key: "language") var language: String
    @Field(key: "accessibility") var accessibility: String
    @Field(key: "first_day") var firstDay: String
    @Field(key: "last_day") var lastDay: String
    @Parent(key: "created_by") var createdBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var schedule: GroupSchedule {
        GroupSchedule(
            weekdays: GroupSchedule.parseWeekdays(weekdays), startMinutes: startMinutes, endMinutes: endMinutes,
            intervalWeeks: intervalWeeks)
    }

    var range: DayRange? {
        guard let first = Day(iso: firstDay), let last = Day(iso: lastDay) else { return nil }
        return DayRange(first, last)
    }

    var placesLeft: Int { GroupCapacity.placesLeft(capacity: capacity, enrolled: enrolledCount) }
}
