import Fluent

/// The closing feedback's answers on the final evaluation (issue 15): whether the client
/// filled in the feedback form, and how the period went in the client's own view. The
/// form's language was already kept (`feedback_language`).
struct AddClosingFeedback: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one at a time.
        try await database.schema("evaluations").field("feedback_given", .bool).update()
        try await database.schema("evaluations").field("client_view", .string, .required, .sql(.default(""))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("evaluations").deleteField("client_view").update()
        try await database.schema("evaluations").deleteField("feedback_given").update()
    }
}
