import Fluent
import SQLKit

/// Which consent linked a contact to a client, so that withdrawing that consent unlinks
/// exactly the contacts it linked (contacts-offline branch).
struct AddContactConsentLink: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("contacts").field("consent_id", .uuid).update()
        try await (database as! any SQLDatabase).create(index: "contacts_consent_idx").on("contacts")
            .column("consent_id").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "contacts_consent_idx").run()
        try await database.schema("contacts").deleteField("consent_id").update()
    }
}
