import Fluent
import SQLKit

/// One administration of a self-assessment instrument in a period: every item's answer
/// and the dimension scores computed from them.
struct CreateSelfAssessments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("self_assessments")
            .id()
            .field("period_id", .uuid, .required, .references("periods", "id"))
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("recorded_by", .uuid, .required, .references("users", "id"))
            .field("instrument_code", .string, .required)
            .field("instrument_version", .string, .required)
            .field("day", .string, .required)
            .field("stage", .string, .required)
            .field("answers", .string, .required)
            .field("scores", .string, .required)
            .field("created_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "self_assessments_period_idx").on("self_assessments").column("period_id")
            .column("day").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("self_assessments").delete()
    }
}
