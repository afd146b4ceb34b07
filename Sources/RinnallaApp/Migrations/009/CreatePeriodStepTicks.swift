import Fluent
import SQLKit

/// A worker's tick on one of the handbook's steps for a period (issue 15): who and on
/// which day. Steps done in Rinnalla tick themselves from their records and are not
/// stored here; one row per period and step.
struct CreatePeriodStepTicks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("period_step_ticks")
            .id()
            .field("period_id", .uuid, .required, .references("periods", "id"))
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("step", .string, .required)
            .field("day", .string, .required)
            .field("ticked_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .unique(on: "period_id", "step")
            .create()
        // Client data of the unit: a tick changes the period page like any record there.
        try await DataVersionTriggers.create(on: "period_step_ticks", .unit, on: database as! any SQLDatabase)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("period_step_ticks").delete()
    }
}
