import Fluent
import Foundation

/// A worker's tick on one handbook step of a period (`HandbookStep`).
final class PeriodStepTick: Model, @unchecked Sendable {
    static let schema = "period_step_ticks"

    @ID(key: .id) var id: UUID?
    @Parent(key: "period_id") var period: RehabilitationPeriod
    @Parent(key: "client_id") var client: ClientRecord
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "step") var step: String
    /// The day it was ticked, `yyyy-MM-dd`.
    @Field(key: "day") var day: String
    @Parent(key: "ticked_by") var tickedBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
