import Fluent

struct CreateContactTopics: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("contact_topics")
            .id()
            .field("contact_id", .uuid, .required, .references("contacts", "id", onDelete: .cascade))
            .field("topic", .string, .required)
            .unique(on: "contact_id", "topic")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("contact_topics").delete()
    }
}
