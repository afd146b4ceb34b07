import Fluent
import SQLKit

struct CreateAuditEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_events")
            .id()
            .field("seq", .int64, .required)
            .field("occurred_at_ms", .int64, .required)
            .field("user_id", .uuid)
            .field("actor_name", .string)
            .field("action", .string, .required)
            .field("unit_id", .uuid)
            .field("client_id", .uuid)
            .field("record_type", .string)
            .field("record_id", .string)
            .field("request_id", .string)
            .field("ip_address", .string)
            .field("detail", .string)
            .field("prev_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "seq")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "audit_events_client_idx").on("audit_events").column("client_id").run()
        try await sql.create(index: "audit_events_unit_idx").on("audit_events").column("unit_id").run()
        try await sql.create(index: "audit_events_time_idx").on("audit_events").column("occurred_at_ms").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_events").delete()
    }
}
