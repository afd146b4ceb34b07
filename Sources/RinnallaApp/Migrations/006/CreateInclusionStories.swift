import Fluent
import SQLKit

/// Small success stories: excerpts of an interview with the theme where they came up and
/// the team's codes (story type, growth in inclusion, mechanism), optional domain tags and
/// whether the excerpt is chosen for the report.
struct CreateInclusionStories: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inclusion_stories")
            .id()
            .field("evaluation_id", .uuid, .required, .references("inclusion_evaluations", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("interview_id", .uuid, .required, .references("inclusion_interviews", "id"))
            .field("theme", .string, .required)
            .field("excerpt", .string, .required)
            .field("story_type", .string, .required)
            .field("interpretation", .string, .required)
            .field("mechanism", .string, .required)
            .field("domains", .string, .required)
            .field("chosen", .bool, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "inclusion_stories_evaluation_idx").on("inclusion_stories")
            .column("evaluation_id").run()
        try await sql.create(index: "inclusion_stories_interview_idx").on("inclusion_stories")
            .column("interview_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inclusion_stories").delete()
    }
}
