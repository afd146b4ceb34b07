import Fluent
import Foundation
import RinnallaCore

/// A meeting with the client: individual, group, network, phone or remote.
final class Meeting: Model, @unchecked Sendable {
    static let schema = "meetings"

    static let types = ["individual", "group", "network", "phone", "remote"]
    static let places = ["office", "home", "cafe", "nature-walk", "museum", "service-visit", "other"]

    @ID(key: .id) var id: UUID?
    @Parent(key: "period_id") var period: RehabilitationPeriod
    @Parent(key: "client_id") var client: ClientRecord
    @Parent(key: "unit_id") var unit: OrgUnit
    @Parent(key: "worker_id") var worker: User
    @Field(key: "starts_at") var startsAt: Date
    /// The meeting's day in the organisation's time zone (ISO), for day-based rules and indexes.
    @Field(key: "day") var day: String
    @Field(key: "duration_minutes") var durationMinutes: Int
    @Field(key: "type") var type: String
    @Field(key: "place") var place: String
    @Field(key: "status") var status: String
    @Field(key: "methods") var methods: String
    @Field(key: "task") var task: String
    @Field(key: "record") var record: String
    /// The service-map place this meeting visits ("Tutustumiskäynti"), if any.
    @OptionalParent(key: "place_id") var servicePlace: Place?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var allowanceMeeting: ActivityAllowance.Meeting? {
        guard let day = Day(iso: day), let status = ActivityAllowance.MeetingStatus(rawValue: status) else {
            return nil
        }
        return .init(day: day, status: status, isGroup: type == "group")
    }
}
