import Fluent
import SQLKit

/// Which observations the worker has chosen for the social report ("valitut havainnot").
/// Kept on the observation: a report of any period shows the chosen observations of that
/// period, so the choice is made once, not again for every printout.
struct AddObservationInReport: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("observations")
            .field("in_report", .bool, .required, .sql(.default(false)))
            .update()
        try await (database as! any SQLDatabase).create(index: "observation_tags_tag_idx").on("observation_tags")
            .column("tag").column("observation_id").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "observation_tags_tag_idx").run()
        try await database.schema("observations").deleteField("in_report").update()
    }
}
