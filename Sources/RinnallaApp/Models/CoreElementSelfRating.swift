import Fluent
import Foundation

/// A unit's self-rating of one core element for one year (`CoreElementRating`).
final class CoreElementSelfRating: Model, @unchecked Sendable {
    static let schema = "core_element_ratings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: OrgUnit
    /// `OperatingModel.rawValue`.
    @Field(key: "model") var model: String
    /// `CoreElement.id`.
    @Field(key: "element_id") var elementID: String
    @Field(key: "year") var year: Int
    /// `CoreElementRating.rawValue`.
    @Field(key: "rating") var rating: String
    @OptionalField(key: "reason") var reason: String?
    @Parent(key: "rated_by") var ratedBy: User
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
