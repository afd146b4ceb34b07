import Fluent
import SQLKit

/// The organisation's own client feedback questions (issue 17, item 3), in the three
/// languages, editable by an admin. `default_id` marks the ones Rinnalla shipped.
struct CreateClientFeedbackQuestions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("client_feedback_questions")
            .id()
            .field("default_id", .string)
            .field("context", .string, .required)
            .field("topic", .string)
            .field("position", .int, .required)
            .field("text_fi", .string, .required)
            .field("text_sv", .string, .required)
            .field("text_en", .string, .required)
            .field("is_active", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "default_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("client_feedback_questions").delete()
    }
}
