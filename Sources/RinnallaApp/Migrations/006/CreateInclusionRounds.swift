import Fluent
import SQLKit

/// Collection rounds of an inclusion evaluation, each with its public link token.
struct CreateInclusionRounds: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inclusion_rounds")
            .id()
            .field("evaluation_id", .uuid, .required, .references("inclusion_evaluations", "id"))
            // The evaluation's unit, copied for access checks without a join.
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("name", .string, .required)
            .field("position", .int, .required)
            .field("opens_on", .string, .required)
            .field("closes_on", .string, .required)
            .field("token", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "token")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "inclusion_rounds_evaluation_idx").on("inclusion_rounds").column("evaluation_id")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inclusion_rounds").delete()
    }
}
