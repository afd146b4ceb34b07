import Fluent
import Foundation
import RinnallaCore

/// One role a user holds in one unit.
final class UnitMembership: Model, @unchecked Sendable {
    static let schema = "unit_memberships"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "role") var role: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(userID: UUID, unitID: UUID, role: Role) {
        self.$user.id = userID
        self.$unit.id = unitID
        self.role = role.rawValue
    }
}
