import Fluent
import SQLKit

struct CreateGoalRatings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("goal_ratings")
            .id()
            .field("evaluation_id", .uuid, .required, .references("evaluations", "id"))
            .field("goal_id", .uuid, .required, .references("goals", "id"))
            .field("goal_version", .int, .required)
            .field("level", .int, .required)
            .field("weight", .int, .required)
            .field("baseline", .int, .required)
            .field("note", .string, .required)
            .unique(on: "evaluation_id", "goal_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("goal_ratings").delete()
    }
}
