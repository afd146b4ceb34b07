import Fluent
import SQLKit

/// A meeting can be a visit to a place in the service map ("Tutustumiskäynti").
struct AddMeetingPlace: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meetings")
            .field("place_id", .uuid, .references("places", "id"))
            .update()
        try await (database as! any SQLDatabase).create(index: "meetings_place_idx").on("meetings")
            .column("place_id").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "meetings_place_idx").run()
        try await database.schema("meetings").deleteField("place_id").update()
    }
}
