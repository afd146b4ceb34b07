import Fluent

struct CreateServicePaths: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("service_paths")
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("area_id", .uuid, .references("areas", "id"))
            .field("description", .string, .required)
            // The agreed referral practice: how to refer, whom to call, what to bring.
            .field("how_to_refer", .string, .required)
            .field("phone", .string)
            .field("email", .string)
            .field("address", .string)
            .field("web_address", .string)
            .field("opening_hours", .string, .required)
            .field("is_active", .bool, .required)
            .field("created_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("service_paths").delete()
    }
}
