import Fluent
import SQLKit

struct CreateGoalVersions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("goal_versions")
            .id()
            .field("goal_id", .uuid, .required, .references("goals", "id"))
            .field("version", .int, .required)
            .field("text", .string, .required)
            .field("smart", .string, .required)
            .field("expected", .string, .required)
            .field("much_less", .string, .required)
            .field("less", .string, .required)
            .field("more", .string, .required)
            .field("much_more", .string, .required)
            .field("weight", .int, .required)
            .field("baseline", .int, .required)
            .field("reason", .string, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .unique(on: "goal_id", "version")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("goal_versions").delete()
    }
}
