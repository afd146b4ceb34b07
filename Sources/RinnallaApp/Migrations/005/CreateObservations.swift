import Fluent
import SQLKit

struct CreateObservations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("observations")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("area_id", .uuid, .references("areas", "id"))
            .field("day", .string, .required)
            .field("text", .string, .required)
            .field("recorded_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "observations_unit_day_idx").on("observations")
            .column("unit_id").column("day").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("observations").delete()
    }
}
