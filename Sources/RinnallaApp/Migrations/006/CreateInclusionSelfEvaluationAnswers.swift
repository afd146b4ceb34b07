import Fluent

/// A self-evaluation's answer to one of the 24 questions: free text and a rating on the
/// team's own 1–5 scale (the guide gives no scale), either of which may be left empty.
struct CreateInclusionSelfEvaluationAnswers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inclusion_self_evaluation_answers")
            .id()
            .field("self_evaluation_id", .uuid, .required, .references("inclusion_self_evaluations", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("question", .int, .required)
            .field("rating", .int)
            .field("answer", .string, .required)
            .unique(on: "self_evaluation_id", "question")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inclusion_self_evaluation_answers").delete()
    }
}
