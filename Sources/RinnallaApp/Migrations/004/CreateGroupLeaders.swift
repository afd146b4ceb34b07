import Fluent
import SQLKit

struct CreateGroupLeaders: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("group_leaders")
            .id()
            .field("group_id", .uuid, .required, .references("activity_groups", "id"))
            .field("user_id", .uuid, .required, .references("users", "id"))
            .unique(on: "group_id", "user_id")
            .create()
        // A leader's home page lists today's sessions of the groups they lead.
        try await (database as! any SQLDatabase).create(index: "group_leaders_user_idx").on("group_leaders")
            .column("user_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("group_leaders").delete()
    }
}
