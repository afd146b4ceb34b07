import Fluent

/// The preparation step of an evaluation's Small success stories (issue 6): the aims of the
/// interviews, who is interviewed and the consent and privacy text. One row per evaluation.
struct CreateInclusionStoryPlans: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inclusion_story_plans")
            .id()
            .field("evaluation_id", .uuid, .required, .references("inclusion_evaluations", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("aims", .string, .required)
            .field("interviewees", .string, .required)
            .field("consent_text", .string, .required)
            .field("updated_by", .uuid, .required, .references("users", "id"))
            .field("updated_at", .datetime)
            .unique(on: "evaluation_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inclusion_story_plans").delete()
    }
}
