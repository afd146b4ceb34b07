import Fluent
import SQLKit

struct CreateGroupFeedbackLinks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("group_feedback_links")
            .id()
            .field("group_id", .uuid, .required, .references("activity_groups", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("token", .string, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .field("retired_at", .datetime)
            .unique(on: "token")
            .create()
        // The group's current link.
        try await (database as! any SQLDatabase).create(index: "group_feedback_links_group_idx")
            .on("group_feedback_links").column("group_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("group_feedback_links").delete()
    }
}
