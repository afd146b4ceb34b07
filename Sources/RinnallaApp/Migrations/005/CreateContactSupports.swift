import Fluent

struct CreateContactSupports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("contact_supports")
            .id()
            .field("contact_id", .uuid, .required, .references("contacts", "id", onDelete: .cascade))
            .field("support", .string, .required)
            .unique(on: "contact_id", "support")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("contact_supports").delete()
    }
}
