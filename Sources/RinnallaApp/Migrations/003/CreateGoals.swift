import Fluent
import SQLKit

struct CreateGoals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("goals")
            .id()
            .field("period_id", .uuid, .required, .references("periods", "id"))
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("parent_id", .uuid, .references("goals", "id"))
            .field("level", .string, .required)
            .field("position", .int, .required)
            .field("reached_on", .string)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "goals_period_idx").on("goals").column("period_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("goals").delete()
    }
}
