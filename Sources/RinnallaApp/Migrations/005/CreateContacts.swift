import Fluent
import SQLKit

struct CreateContacts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("contacts")
            .id()
            // Made by the browser (or API client) before sending; a retry sends the same id.
            .field("client_made_id", .uuid, .required)
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("recorded_by", .uuid, .required, .references("users", "id"))
            .field("day", .string, .required)
            .field("channel", .string, .required)
            .field("area_id", .uuid, .references("areas", "id"))
            .field("age_group", .string, .required)
            .field("gender", .string)
            .field("language", .string, .required)
            .field("duration_minutes", .int)
            .field("follow_up_agreed", .bool, .required)
            .field("follow_up_day", .string)
            .field("nickname_id", .uuid, .references("contact_nicknames", "id"))
            // Set only with the person's recorded consent.
            .field("client_id", .uuid, .references("clients", "id"))
            .field("created_at", .datetime)
            .unique(on: "client_made_id")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "contacts_unit_day_idx").on("contacts").column("unit_id").column("day").run()
        try await sql.create(index: "contacts_nickname_idx").on("contacts").column("nickname_id").run()
        try await sql.create(index: "contacts_client_idx").on("contacts").column("client_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("contacts").delete()
    }
}
