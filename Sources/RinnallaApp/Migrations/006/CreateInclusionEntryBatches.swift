import Fluent
import SQLKit

/// Who typed in or imported a batch of responses, and when: recorded on the batch, never
/// on a response, so a response still names no one.
struct CreateInclusionEntryBatches: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inclusion_entry_batches")
            .id()
            .field("round_id", .uuid, .required, .references("inclusion_rounds", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("source", .string, .required)
            .field("entered_by", .uuid, .required, .references("users", "id"))
            .field("entered_at", .datetime, .required)
            .field("response_count", .int, .required)
            // Paper entry: the staff member confirms the respondents filled the paper forms
            // themselves (the guide: the indicator is validated for self-completion only).
            .field("self_completed", .bool, .required)
            .field("note", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "inclusion_entry_batches_round_idx").on("inclusion_entry_batches")
            .column("round_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inclusion_entry_batches").delete()
    }
}
