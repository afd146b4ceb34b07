import Fluent
import SQLKit

/// The version counters behind the page cache and their triggers (`DataVersions`). Every
/// table is listed here in one of the kinds, or among those left out and why;
/// `DataVersionTests` fails for a table that is in none, so a new table is classified
/// in its own migration (`DataVersionTriggers.create`).
struct CreateDataVersions: AsyncMigration {
    /// Client data of a unit: a change raises that unit's version.
    static let unitTables = [
        "activity_money_expenses", "clients", "decisions", "evaluations", "goals", "group_attendance",
        "group_enrolments", "meetings", "period_documents", "periods", "self_assessments", "unit_memberships",
        "group_feedback_links", "contact_nicknames", "contacts", "consents", "initial_assessments", "referrals",
        "observations",
    ]
    /// Shared across units, and what the group catalogue shows.
    static let catalogueTables = ["activity_groups", "group_sessions", "group_leaders", "areas", "units"]
    /// Shared across units.
    static let globalTables = [
        "goal_places", "goal_ratings", "goal_versions", "instruments", "places", "settings", "calendar_feeds",
        "service_paths",
    ]
    /// Users: only changes that show on pages (a login's `last_login_at` does not).
    static let userColumns = ["name", "email", "language", "is_active", "must_change_password"]

    func prepare(on database: any Database) async throws {
        try await database.schema(DataVersions.table)
            .field("scope", .string, .identifier(auto: false))
            .field("version", .int64, .required)
            .create()
        let sql = database as! any SQLDatabase
        for scope in ["global", "catalogue"] {
            try await sql.insert(into: DataVersions.table).columns("scope", "version").values(
                SQLBind(scope), SQLBind(0)
            ).run()
        }
        try await DataVersionTriggers.createPostgresFunctions(on: sql)
        for table in Self.unitTables {
            try await DataVersionTriggers.create(on: table, .unit, on: sql)
        }
        for table in Self.catalogueTables {
            try await DataVersionTriggers.create(on: table, .scopes(["global", "catalogue"]), on: sql)
        }
        for table in Self.globalTables {
            try await DataVersionTriggers.create(on: table, .scopes(["global"]), on: sql)
        }
        try await DataVersionTriggers.create(on: "users", .scopes(["global"]), updateOf: Self.userColumns, on: sql)
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let triggers = try await DataVersionTriggers.names(on: sql)
        for (name, table) in triggers {
            if sql.dialect.name == "postgresql" {
                try await sql.raw(SQLQueryString("DROP TRIGGER IF EXISTS \(unsafeRaw: name) ON \(unsafeRaw: table)"))
                    .run()
            } else {
                try await sql.raw(SQLQueryString("DROP TRIGGER IF EXISTS \(unsafeRaw: name)")).run()
            }
        }
        try await database.schema(DataVersions.table).delete()
    }
}
