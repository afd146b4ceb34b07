import Fluent
import SQLKit

/// The team lead's dashboard counts a unit's realised meetings per period and month over
/// twelve months (issue 16). This index holds every column that count reads, so it is
/// answered from the index alone instead of from a large unit's meeting rows.
struct CreateMeetingsUnitDayIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(index: "meetings_unit_day_idx").on("meetings")
            .column("unit_id").column("day").column("status").column("period_id").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "meetings_unit_day_idx").run()
    }
}
