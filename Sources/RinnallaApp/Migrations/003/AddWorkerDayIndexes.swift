import Fluent
import SQLKit

/// The worker's home page finds periods started by the worker for clients without a
/// named responsible worker (the other half of the caseload uses `clients_worker_idx`).
struct AddWorkerDayIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(index: "periods_created_by_idx").on("periods")
            .column("created_by").column("status").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "periods_created_by_idx").run()
    }
}
