import Fluent

/// An interview's notes per theme: a guide theme's key or "own-<id>" of a team theme.
struct CreateInclusionInterviewNotes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inclusion_interview_notes")
            .id()
            .field("interview_id", .uuid, .required, .references("inclusion_interviews", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("theme", .string, .required)
            .field("notes", .string, .required)
            .unique(on: "interview_id", "theme")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inclusion_interview_notes").delete()
    }
}
