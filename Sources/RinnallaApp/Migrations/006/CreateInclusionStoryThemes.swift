import Fluent
import SQLKit

/// Interview themes a team adds beside the guide's three (the guide allows them); the
/// guide's own themes are read from RinnallaCore, never stored.
struct CreateInclusionStoryThemes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inclusion_story_themes")
            .id()
            .field("evaluation_id", .uuid, .required, .references("inclusion_evaluations", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("title", .string, .required)
            .field("questions", .string, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "inclusion_story_themes_evaluation_idx").on("inclusion_story_themes")
            .column("evaluation_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inclusion_story_themes").delete()
    }
}
