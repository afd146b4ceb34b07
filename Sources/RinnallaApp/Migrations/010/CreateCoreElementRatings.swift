import Fluent
import SQLKit

/// A unit's yearly self-rating of each core element of an operating model (issue 17):
/// one row per unit, model, element and year, replaced when rated again.
struct CreateCoreElementRatings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("core_element_ratings")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("model", .string, .required)
            .field("element_id", .string, .required)
            .field("year", .int, .required)
            .field("rating", .string, .required)
            .field("reason", .string)
            .field("rated_by", .uuid, .required, .references("users", "id"))
            .field("updated_at", .datetime)
            .unique(on: "unit_id", "model", "element_id", "year")
            .create()
        try await DataVersionTriggers.create(on: "core_element_ratings", .unit, on: database as! any SQLDatabase)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("core_element_ratings").delete()
    }
}
