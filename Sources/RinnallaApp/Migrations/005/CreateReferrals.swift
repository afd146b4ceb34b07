import Fluent
import SQLKit

struct CreateReferrals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("referrals")
            .id()
            // Idempotency key of a referral sent from a phone or an API client.
            .field("client_made_id", .uuid)
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("service_path_id", .uuid, .required, .references("service_paths", "id"))
            // From an anonymous contact, from a client, or both (a contact linked with consent).
            .field("contact_id", .uuid, .references("contacts", "id"))
            .field("client_id", .uuid, .references("clients", "id"))
            .field("method", .string, .required)
            .field("day", .string, .required)
            .field("made_by", .uuid, .required, .references("users", "id"))
            .field("outcome", .string, .required)
            .field("outcome_day", .string)
            .field("outcome_note", .string)
            .field("followed_up_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "client_made_id")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "referrals_unit_day_idx").on("referrals").column("unit_id").column("day").run()
        try await sql.create(index: "referrals_contact_idx").on("referrals").column("contact_id").run()
        try await sql.create(index: "referrals_client_idx").on("referrals").column("client_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("referrals").delete()
    }
}
