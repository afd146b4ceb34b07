import Fluent
import SQLKit

/// Success-story interviews: a pseudonym only, never a client record or anything that
/// identifies the person.
struct CreateInclusionInterviews: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inclusion_interviews")
            .id()
            .field("evaluation_id", .uuid, .required, .references("inclusion_evaluations", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("pseudonym", .string, .required)
            .field("interviewer", .string, .required)
            .field("day", .string, .required)
            .field("consent_recorded", .bool, .required)
            .field("language", .string, .required)
            .field("activity", .string, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "inclusion_interviews_evaluation_idx").on("inclusion_interviews")
            .column("evaluation_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inclusion_interviews").delete()
    }
}
