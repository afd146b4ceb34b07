import Fluent

struct CreateUnitMemberships: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("unit_memberships")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("role", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "user_id", "unit_id", "role")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_memberships").delete()
    }
}
