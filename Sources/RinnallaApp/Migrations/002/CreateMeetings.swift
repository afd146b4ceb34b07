import Fluent
import SQLKit

struct CreateMeetings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meetings")
            .id()
            .field("period_id", .uuid, .required, .references("periods", "id"))
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("worker_id", .uuid, .required, .references("users", "id"))
            .field("starts_at", .datetime, .required)
            .field("day", .string, .required)
            .field("duration_minutes", .int, .required)
            .field("type", .string, .required)
            .field("place", .string, .required)
            .field("status", .string, .required)
            .field("methods", .string, .required)
            .field("task", .string, .required)
            .field("record", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "meetings_period_day_idx").on("meetings").column("period_id").column("day").run()
        try await sql.create(index: "meetings_worker_day_idx").on("meetings").column("worker_id").column("day").run()
        try await sql.create(index: "meetings_client_day_idx").on("meetings").column("client_id").column("day").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meetings").delete()
    }
}
