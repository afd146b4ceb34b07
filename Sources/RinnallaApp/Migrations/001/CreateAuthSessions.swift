import Fluent
import SQLKit

struct CreateAuthSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("auth_sessions")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("token_hash", .string, .required)
            .field("kind", .string, .required)
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        try await (database as! any SQLDatabase).create(index: "auth_sessions_user_idx")
            .on("auth_sessions").column("user_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("auth_sessions").delete()
    }
}
