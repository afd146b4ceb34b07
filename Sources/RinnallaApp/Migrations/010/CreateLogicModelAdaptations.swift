import Fluent
import SQLKit

/// A unit's local adaptations of an operating model (issue 17): the text, the day it was
/// decided and who recorded it. Read per unit and model, newest first.
struct CreateLogicModelAdaptations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("logic_model_adaptations")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("model", .string, .required)
            .field("text", .string, .required)
            .field("day", .string, .required)
            .field("recorded_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "logic_model_adaptations_unit_model_idx").on("logic_model_adaptations")
            .column("unit_id").column("model").run()
        // The unit's data: a page kept under the unit's version shows a change at once.
        try await DataVersionTriggers.create(on: "logic_model_adaptations", .unit, on: sql)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("logic_model_adaptations").delete()
    }
}
