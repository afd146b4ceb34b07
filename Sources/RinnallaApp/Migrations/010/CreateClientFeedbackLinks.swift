import Fluent
import SQLKit

/// A unit's public client feedback link for one context (`/p/<token>`).
struct CreateClientFeedbackLinks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("client_feedback_links")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("context", .string, .required)
            .field("token", .string, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .field("retired_at", .datetime)
            .unique(on: "token")
            .create()
        try await (database as! any SQLDatabase).create(index: "client_feedback_links_unit_idx")
            .on("client_feedback_links").column("unit_id").column("context").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("client_feedback_links").delete()
    }
}
