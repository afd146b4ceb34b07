import Fluent
import SQLKit

struct CreatePeriods: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("periods")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("status", .string, .required)
            .field("phase", .string, .required)
            .field("suitability", .json)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("closed_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "periods_client_idx").on("periods").column("client_id")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("periods").delete()
    }
}
