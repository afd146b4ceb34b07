import Fluent
import SQLKit

/// The catalogue pages through groups in `name_sort, id` order: with both in one index
/// the first page reads 20 index entries instead of sorting every current group
/// (bench/README.md, issue 4: 1.4 ms → 0.1 ms on SQLite with 2,000 groups).
struct AddGroupCatalogueIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(index: "activity_groups_name_id_idx").on("activity_groups")
            .column("name_sort").column("id").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "activity_groups_name_id_idx").run()
    }
}
