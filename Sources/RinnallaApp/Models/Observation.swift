import Fluent
import Foundation

/// An observation of a phenomenon (ilmiöhavainto) for structural social work, written
/// without identifying anyone.
final class Observation: Model, @unchecked Sendable {
    static let schema = "observations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: OrgUnit
    @OptionalParent(key: "area_id") var area: Area?
    @Field(key: "day") var day: String
    @Field(key: "text") var text: String
    @Parent(key: "recorded_by") var recordedBy: User
    /// Chosen by a worker for the social report (migration `AddObservationInReport`).
    @Field(key: "in_report") var inReport: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Children(for: \.$observation) var tags: [ObservationTag]

    init() {}
}

final class ObservationTag: Model, @unchecked Sendable {
    static let schema = "observation_tags"

    @ID(key: .id) var id: UUID?
    @Parent(key: "observation_id") var observation: Observation
    @Field(key: "tag") var tag: String

    init() {}
}
