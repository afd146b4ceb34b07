import Fluent
import SQLKit

/// Inclusion evaluations (issue 6): one per evaluated activity, owned by a unit.
struct CreateInclusionEvaluations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inclusion_evaluations")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("name", .string, .required)
            .field("activity_kind", .string, .required)
            .field("activity_name", .string, .required)
            .field("group_id", .uuid, .references("activity_groups", "id"))
            .field("aims", .string, .required)
            // Random per evaluation: the respondents' pairing codes are hashed with it, so a
            // code's hash means nothing outside its evaluation.
            .field("pairing_salt", .string, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "inclusion_evaluations_unit_idx").on("inclusion_evaluations").column("unit_id")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inclusion_evaluations").delete()
    }
}
