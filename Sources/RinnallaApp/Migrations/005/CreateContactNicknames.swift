import Fluent

struct CreateContactNicknames: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("contact_nicknames")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("nickname", .string, .required)
            // Lower-cased, so "Kettu" and "kettu" are one person within the unit.
            .field("nickname_search", .string, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .unique(on: "unit_id", "nickname_search")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("contact_nicknames").delete()
    }
}
