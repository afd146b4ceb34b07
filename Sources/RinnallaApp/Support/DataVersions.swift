import Fluent
import Foundation
import SQLKit
import Vapor

/// Version counters that database triggers raise on every change to the data behind the
/// cached pages (`RenderCache`). A page cached under the versions it was built from is
/// served again only while those versions stand, so a change made through any instance,
/// any service or plain SQL shows at once. Instances keep no state of their own that could
/// go stale: each request reads the current versions from the database.
///
/// Scopes: `unit:<UUID>` — client data of one unit (rows with a `unit_id`); `global` —
/// data shared across units (users, units, goals' children, groups and sessions, settings);
/// `catalogue` — what the group catalogue shows.
enum DataVersions {
    static let table = "data_versions"

    enum Scope: Hashable, Sendable {
        case global
        case catalogue
        case unit(UUID)

        var key: String {
            switch self {
            case .global: "global"
            case .catalogue: "catalogue"
            // Upper case on both databases: the triggers write upper(unit_id).
            case .unit(let id): "unit:\(id.uuidString.uppercased())"
            }
        }
    }

    /// The current versions of `scopes`, as one string for a cache key. A scope no change
    /// has touched yet reads 0.
    static func stamp(_ scopes: [Scope], on db: any Database) async throws -> String {
        let keys = scopes.map(\.key)
        var versions: [String: Int] = [:]
        for row in try await (db as! any SQLDatabase).select().columns("scope", "version").from(table)
            .where("scope", .in, keys).all()
        {
            versions[try row.decode(column: "scope", as: String.self)] = try row.decode(column: "version", as: Int.self)
        }
        return stamp(scopes.map { ($0, versions[$0.key] ?? 0) })
    }

    /// The stamp of `scopes` for `request`: from the versions read with its session when
    /// they hold every scope asked (one query fewer on every cached page), else read now.
    /// Only a GET takes them: a request that changes data reads the versions after it.
    static func stamp(_ scopes: [Scope], for request: Request) async throws -> String {
        if request.method == .GET, let known = request.currentUser?.dataVersions,
            scopes.allSatisfy({ known[$0.key] != nil })
        {
            return stamp(scopes.map { ($0, known[$0.key]!) })
        }
        return try await stamp(scopes, on: request.db)
    }

    /// The stamp of versions read elsewhere (e.g. joined to a page's own query), in the
    /// same form as `stamp(_:on:)`.
    static func stamp(_ versions: [(Scope, Int)]) -> String {
        versions.map { "\($0.0.key)=\($0.1)" }.joined(separator: ",")
    }

    /// SQL for the `data_versions.scope` of the unit in `column` (a uuid column), on both
    /// databases: the key is upper case.
    static func unitScopeSQL(_ column: String) -> String {
        "'unit:' || upper(CAST(\(column) AS TEXT))"
    }
}

/// Trigger SQL for `data_versions`, per dialect. Used by migrations: what a landed
/// migration created must not change, so new behaviour goes into new functions here.
enum DataVersionTriggers {
    enum Kind {
        /// Raises `unit:<unit_id>` of every inserted, deleted or updated row (old and new unit).
        case unit
        /// Raises the named scopes once per statement (per row on SQLite).
        case scopes([String])
    }

    static func create(on table: String, _ kind: Kind, updateOf columns: [String]? = nil, on db: any SQLDatabase)
        async throws
    {
        if db.dialect.name == "postgresql" {
            for statement in postgres(table, kind, updateOf: columns) {
                try await db.raw("\(unsafeRaw: statement)").run()
            }
        } else {
            for statement in sqlite(table, kind, updateOf: columns) {
                try await db.raw("\(unsafeRaw: statement)").run()
            }
        }
    }

    /// The PostgreSQL functions the triggers call; created once, by the first migration.
    static func createPostgresFunctions(on db: any SQLDatabase) async throws {
        guard db.dialect.name == "postgresql" else { return }
        for rows in ["new_rows", "old_rows"] {
            let function = """
                CREATE OR REPLACE FUNCTION rinnalla_bump_units_\(rows)() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  INSERT INTO data_versions (scope, version)
                    SELECT DISTINCT 'unit:' || upper(unit_id::text), 1 FROM \(rows) WHERE unit_id IS NOT NULL
                    ON CONFLICT (scope) DO UPDATE SET version = data_versions.version + 1;
                  RETURN NULL;
                END $$
                """
            try await db.raw("\(unsafeRaw: function)").run()
        }
        let scopes = """
            CREATE OR REPLACE FUNCTION rinnalla_bump_scopes() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              UPDATE data_versions SET version = version + 1 WHERE scope = ANY (TG_ARGV);
              RETURN NULL;
            END $$
            """
        try await db.raw("\(unsafeRaw: scopes)").run()
    }

    /// The data-version triggers in the database, with their tables.
    static func names(on db: any SQLDatabase) async throws -> [(name: String, table: String)] {
        let query: SQLQueryString =
            db.dialect.name == "postgresql"
            ? "SELECT DISTINCT trigger_name AS name, event_object_table AS tbl FROM information_schema.triggers WHERE trigger_name LIKE 'dv\\_%'"
            : "SELECT name, tbl_name AS tbl FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'dv\\_%' ESCAPE '\\'"
        return try await db.raw(query).all().map {
            (try $0.decode(column: "name", as: String.self), try $0.decode(column: "tbl", as: String.self))
        }
    }

    private static func postgres(_ table: String, _ kind: Kind, updateOf columns: [String]?) -> [String] {
        let name = "dv_\(table)"
        switch kind {
        case .unit:
            // Statement-level with transition tables: a bulk insert raises each unit once.
            return [
                "CREATE TRIGGER \(name)_ins AFTER INSERT ON \(table) REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rinnalla_bump_units_new_rows()",
                "CREATE TRIGGER \(name)_del AFTER DELETE ON \(table) REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rinnalla_bump_units_old_rows()",
                "CREATE TRIGGER \(name)_upd_new AFTER UPDATE ON \(table) REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rinnalla_bump_units_new_rows()",
                "CREATE TRIGGER \(name)_upd_old AFTER UPDATE ON \(table) REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rinnalla_bump_units_old_rows()",
            ]
        case .scopes(let scopes):
            let arguments = scopes.map { "'\($0)'" }.joined(separator: ", ")
            let update = columns.map { "UPDATE OF \($0.joined(separator: ", "))" } ?? "UPDATE"
            return [
                "CREATE TRIGGER \(name) AFTER INSERT OR DELETE OR \(update) ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION rinnalla_bump_scopes(\(arguments))"
            ]
        }
    }

    private static func sqlite(_ table: String, _ kind: Kind, updateOf columns: [String]?) -> [String] {
        let name = "dv_\(table)"
        switch kind {
        case .unit:
            func bump(_ row: String) -> String {
                """
                INSERT OR IGNORE INTO data_versions (scope, version) VALUES ('unit:' || upper(\(row).unit_id), 0);
                UPDATE data_versions SET version = version + 1 WHERE scope = 'unit:' || upper(\(row).unit_id);
                """
            }
            return [
                "CREATE TRIGGER \(name)_ins AFTER INSERT ON \(table) BEGIN \(bump("NEW")) END",
                "CREATE TRIGGER \(name)_del AFTER DELETE ON \(table) BEGIN \(bump("OLD")) END",
                "CREATE TRIGGER \(name)_upd AFTER UPDATE ON \(table) BEGIN \(bump("OLD")) \(bump("NEW")) END",
            ]
        case .scopes(let scopes):
            let list = scopes.map { "'\($0)'" }.joined(separator: ", ")
            let bump = "UPDATE data_versions SET version = version + 1 WHERE scope IN (\(list));"
            let update = columns.map { "UPDATE OF \($0.joined(separator: ", "))" } ?? "UPDATE"
            return ["INSERT", "DELETE", update].enumerated().map { index, event in
                "CREATE TRIGGER \(name)_\(index) AFTER \(event) ON \(table) BEGIN \(bump) END"
            }
        }
    }
}
