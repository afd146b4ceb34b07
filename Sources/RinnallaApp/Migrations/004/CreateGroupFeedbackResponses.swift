import Fluent
import SQLKit

struct CreateGroupFeedbackResponses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // No timestamps, user, address or link: the answers stay anonymous.
        try await database.schema("group_feedback_responses")
            .id()
            .field("group_id", .uuid, .required, .references("activity_groups", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("good", .string, .required)
            .field("to_change", .string, .required)
            .field("rating", .int)
            .create()
        try await (database as! any SQLDatabase).create(index: "group_feedback_responses_group_idx")
            .on("group_feedback_responses").column("group_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("group_feedback_responses").delete()
    }
}
