import Fluent
import SQLKit

struct CreateActivityGroups: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("activity_groups")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("area_id", .uuid, .required, .references("areas", "id"))
            .field("name", .string, .required)
            .field("search_text", .string, .required)
            .field("name_sort", .string, .required)
            .field("description", .string, .required)
            .field("aim", .string, .required)
            .field("methods", .string, .required)
            .field("leader_names", .string, .required)
            .field("place", .string, .required)
            .field("weekdays", .string, .required)
            .field("weekday_mask", .int, .required)
            .field("start_minutes", .int, .required)
            .field("end_minutes", .int, .required)
            .field("interval_weeks", .int, .required)
            .field("is_open", .bool, .required)
            .field("capacity", .int, .required)
            .field("enrolled_count", .int, .required)
            .field("language", .string, .required)
            .field("accessibility", .string, .required)
            .field("first_day", .string, .required)
            .field("last_day", .string, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        // The catalogue pages through groups in name order, mostly current ones, often by area.
        try await sql.create(index: "activity_groups_name_idx").on("activity_groups").column("name_sort").run()
        try await sql.create(index: "activity_groups_area_idx").on("activity_groups").column("area_id")
            .column("name_sort").run()
        try await sql.create(index: "activity_groups_last_day_idx").on("activity_groups").column("last_day").run()
        try await sql.create(index: "activity_groups_unit_idx").on("activity_groups").column("unit_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("activity_groups").delete()
    }
}
