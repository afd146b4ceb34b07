import Fluent
import SQLKit

/// The referrals still to follow up in a unit, oldest first: the follow-up list and the
/// home page's count read this index only.
struct AddReferralFollowUpIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(index: "referrals_unit_outcome_day_idx").on("referrals")
            .column("unit_id").column("outcome").column("day").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "referrals_unit_outcome_day_idx").run()
    }
}
