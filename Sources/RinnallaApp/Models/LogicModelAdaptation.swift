import Fluent
import Foundation

/// A unit's local adaptation of an operating model (`LocalAdaptationRules`).
final class LogicModelAdaptation: Model, @unchecked Sendable {
    static let schema = "logic_model_adaptations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: OrgUnit
    /// `OperatingModel.rawValue`.
    @Field(key: "model") var model: String
    @Field(key: "text") var text: String
    /// The day it was decided, `yyyy-MM-dd`.
    @Field(key: "day") var day: String
    @Parent(key: "recorded_by") var recordedBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
