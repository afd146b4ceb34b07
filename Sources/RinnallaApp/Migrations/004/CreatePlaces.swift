import Fluent
import SQLKit

struct CreatePlaces: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("places")
            .id()
            .field("name", .string, .required)
            .field("category", .string, .required)
            .field("area_id", .uuid, .references("areas", "id"))
            .field("address", .string, .required)
            .field("opening_notes", .string, .required)
            .field("web_address", .string)
            .field("languages", .string, .required)
            .field("is_free", .bool)
            .field("description", .string, .required)
            .field("is_active", .bool, .required)
            .field("created_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "places_area_idx").on("places")
            .column("area_id").column("category").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("places").delete()
    }
}
