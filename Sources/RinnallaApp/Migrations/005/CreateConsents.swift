import Fluent
import SQLKit

struct CreateConsents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("consents")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("client_id", .uuid, .required, .references("clients", "id"))
            // The contact at which consent was given, when it was given on the street.
            .field("contact_id", .uuid, .references("contacts", "id"))
            .field("purpose", .string, .required)
            .field("given_on", .string, .required)
            .field("recorded_by", .uuid, .required, .references("users", "id"))
            .field("recorded_at", .datetime, .required)
            .field("note", .string)
            .field("withdrawn_on", .string)
            .create()
        try await (database as! any SQLDatabase).create(index: "consents_client_idx").on("consents")
            .column("client_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("consents").delete()
    }
}
