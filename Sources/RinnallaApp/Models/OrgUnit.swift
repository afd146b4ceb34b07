import Fluent
import Foundation

/// A team in the organisation, e.g. "Länsi aikuissosiaalityö". Client data belongs to a unit.
final class OrgUnit: Model, @unchecked Sendable {
    static let schema = "units"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "is_active") var isActive: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, name: String) {
        self.id = id
        self.name = name
        self.isActive = true
    }
}
