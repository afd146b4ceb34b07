import Fluent
import SQLKit

/// A person's identity code is unique within a unit, not across units (issue 13, item 5):
/// the same person may be a client of two units, each unit keeping its own record, so
/// creating a client tells a worker nothing about other units' clients. Replaces the
/// global unique constraint of `CreateClients` with a unique index on
/// `unit_id, identity_code` (several NULL codes stay allowed on both databases).
///
/// PostgreSQL drops the constraint. SQLite cannot drop a table constraint, so the table
/// is rebuilt with the same columns (SQLite's documented procedure), inside one
/// transaction with deferred foreign keys: the rows go back into the new table before the
/// commit, so the other tables' references to `clients` hold again. The table's indexes
/// and data-version triggers are made again after the copy.
struct MakeClientIdentityCodeUniquePerUnit: AsyncMigration {
    static let index = "clients_unit_identity_code_idx"

    func prepare(on database: any Database) async throws {
        try await database.atomically { db in
            let sql = db as! any SQLDatabase
            if sql.dialect.name == "postgresql" {
                try await db.schema("clients").deleteUnique(on: "identity_code").update()
            } else {
                try await Self.rebuildSQLiteTable(on: db)
            }
            try await sql.create(index: Self.index).unique().on("clients").column("unit_id").column("identity_code")
                .run()
        }
    }

    private static let columns = [
        "id", "unit_id", "name", "name_search", "identity_code", "birth_date", "language", "phone", "email",
        "address", "responsible_worker_id", "created_at", "updated_at",
    ]

    private static func rebuildSQLiteTable(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        try await sql.raw("PRAGMA defer_foreign_keys = ON").run()
        try await sql.raw("CREATE TEMP TABLE clients_rebuild AS SELECT \(unsafeRaw: list) FROM clients").run()
        // Drops the table's indexes and triggers with it; the references to it wait for
        // the commit (deferred).
        try await sql.raw("DROP TABLE clients").run()
        try await db.schema("clients")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("name", .string, .required)
            .field("name_search", .string, .required)
            .field("identity_code", .string)
            .field("birth_date", .string)
            .field("language", .string, .required)
            .field("phone", .string)
            .field("email", .string)
            .field("address", .string)
            .field("responsible_worker_id", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await sql.raw("INSERT INTO clients (\(unsafeRaw: list)) SELECT \(unsafeRaw: list) FROM clients_rebuild")
            .run()
        try await sql.raw("DROP TABLE clients_rebuild").run()
        try await sql.create(index: "clients_unit_name_idx").on("clients").column("unit_id").column("name_search").run()
        try await sql.create(index: "clients_worker_idx").on("clients").column("responsible_worker_id").run()
        try await DataVersionTriggers.create(on: "clients", .unit, on: sql)
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: Self.index).run()
        if database.isPostgres {
            try await database.schema("clients").unique(on: "identity_code").update()
        }
        // SQLite keeps the per-unit rule: adding a table constraint back needs another rebuild.
    }
}
