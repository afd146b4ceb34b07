import Fluent
import SQLKit

struct CreateEvaluations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("evaluations")
            .id()
            .field("period_id", .uuid, .required, .references("periods", "id"))
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("kind", .string, .required)
            .field("day", .string, .required)
            .field("group_participation", .string, .required)
            .field("continuation", .bool)
            .field("continuation_reasons", .string, .required)
            .field("next_steps", .string, .required)
            .field("achieved", .string, .required)
            .field("feedback_language", .string)
            .field("follow_up_plan", .string, .required)
            .field("transition", .string, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "evaluations_period_day_idx").on("evaluations").column("period_id").column("day")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("evaluations").delete()
    }
}
