import Fluent
import SQLKit

struct CreateGroupSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("group_sessions")
            .id()
            .field("group_id", .uuid, .required, .references("activity_groups", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("day", .string, .required)
            .field("start_minutes", .int, .required)
            .field("end_minutes", .int, .required)
            .field("place", .string, .required)
            .field("note", .string, .required)
            .field("status", .string, .required)
            .field("cancel_reason", .string, .required)
            .field("schedule_key", .string)
            .field("walk_ins", .int, .required)
            .field("attendance_saved_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // Making sessions from the schedule again never duplicates one (NULLs, the
            // sessions added by hand, are distinct on both databases).
            .unique(on: "group_id", "schedule_key")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "group_sessions_group_day_idx").on("group_sessions").column("group_id")
            .column("day").run()
        // "Meets today" in the catalogue and the day's sessions of a unit.
        try await sql.create(index: "group_sessions_day_idx").on("group_sessions").column("day").column("status")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("group_sessions").delete()
    }
}
