import Fluent
import SQLKit

/// A dated round of the team's self-evaluation with the guide's 24 auxiliary questions.
struct CreateInclusionSelfEvaluations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inclusion_self_evaluations")
            .id()
            .field("evaluation_id", .uuid, .required, .references("inclusion_evaluations", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("day", .string, .required)
            .field("note", .string, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "inclusion_self_evaluations_evaluation_idx").on("inclusion_self_evaluations")
            .column("evaluation_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inclusion_self_evaluations").delete()
    }
}
