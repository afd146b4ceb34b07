import Fluent
import SQLKit

struct CreateGroupAttendance: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("group_attendance")
            .id()
            .field("session_id", .uuid, .required, .references("group_sessions", "id"))
            .field("group_id", .uuid, .required, .references("activity_groups", "id"))
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("period_id", .uuid, .references("periods", "id"))
            .field("day", .string, .required)
            .field("status", .string, .required)
            .field("recorded_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // One record per session and client: a second save updates it.
            .unique(on: "session_id", "client_id")
            .create()
        let sql = database as! any SQLDatabase
        // The period's activity days (allowance, evaluation, period page).
        try await sql.create(index: "group_attendance_period_day_idx").on("group_attendance").column("period_id")
            .column("day").run()
        // A client's latest sessions (absences in a row).
        try await sql.create(index: "group_attendance_client_day_idx").on("group_attendance").column("client_id")
            .column("day").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("group_attendance").delete()
    }
}
