import Fluent
import SQLKit

struct CreateDecisions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("decisions")
            .id()
            .field("period_id", .uuid, .required, .references("periods", "id"))
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("kind", .string, .required)
            .field("number", .string, .required)
            .field("first_day", .string, .required)
            .field("last_day", .string, .required)
            .field("is_continuation", .bool, .required)
            .field("resolution", .string, .required)
            .field("opinion_heard", .bool, .required)
            .field("opinion_method", .string, .required)
            .field("text", .string, .required)
            .field("amount_cents", .int)
            .field("corrects_id", .uuid, .references("decisions", "id"))
            .field("details", .json, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .unique(on: "number")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "decisions_period_idx").on("decisions").column("period_id").column("kind").run()
        try await sql.create(index: "decisions_unit_day_idx").on("decisions").column("unit_id").column("first_day")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("decisions").delete()
    }
}
