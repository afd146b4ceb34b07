import Fluent
import SQLKit

struct CreateGoalPlaces: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("goal_places")
            .id()
            .field("goal_id", .uuid, .required, .references("goals", "id"))
            .field("place_id", .uuid, .required, .references("places", "id"))
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .unique(on: "goal_id", "place_id")
            .create()
        try await (database as! any SQLDatabase).create(index: "goal_places_place_idx").on("goal_places")
            .column("place_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("goal_places").delete()
    }
}
