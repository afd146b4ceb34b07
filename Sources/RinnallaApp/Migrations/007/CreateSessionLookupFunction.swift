import Fluent
import SQLKit

/// PostgreSQL: the per-request session look-up as a PL/pgSQL function (issues 3 and 4
/// bench). The look-up joins five tables, and PostgreSQL plans a statement sent through
/// SQLKit anew every time: 0.6 ms of planning for 0.06 ms of work, on every request. A
/// PL/pgSQL function keeps its query's plan for the connection, so each request pays only
/// for the work. `SessionStore.user(forToken:)` sends the same query itself on SQLite,
/// which has no planner cost to speak of. The function's columns are the query's; a change
/// to those tables' columns needs a new migration replacing it.
struct CreateSessionLookupFunction: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name == "postgresql" else { return }
        try await sql.raw(
            """
            CREATE OR REPLACE FUNCTION rinnalla_session_lookup(p_token_hash text, p_kind text)
            RETURNS TABLE (
              session_id uuid, csrf_token text, last_seen_at timestamptz, expires_at timestamptz,
              user_id uuid, name text, email text, language text, is_active boolean,
              must_change_password boolean, role text, unit_id uuid, unit_name text,
              unit_version bigint, global_version bigint, catalogue_version bigint)
            LANGUAGE plpgsql STABLE AS $$
            #variable_conflict use_column
            BEGIN
              RETURN QUERY
              SELECT s.id, s.csrf_token, s.last_seen_at, s.expires_at,
                u.id, u.name, u.email, u.language, u.is_active, u.must_change_password,
                m.role, n.id, n.name, dv.version,
                (SELECT g.version FROM data_versions g WHERE g.scope = 'global'),
                (SELECT c.version FROM data_versions c WHERE c.scope = 'catalogue')
              FROM auth_sessions s JOIN users u ON u.id = s.user_id
              LEFT JOIN unit_memberships m ON m.user_id = u.id
              LEFT JOIN units n ON n.id = m.unit_id AND n.is_active
              LEFT JOIN data_versions dv ON dv.scope = 'unit:' || upper(n.id::text)
              WHERE s.token_hash = p_token_hash AND s.kind = p_kind;
            END $$
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name == "postgresql" else { return }
        try await sql.raw("DROP FUNCTION IF EXISTS rinnalla_session_lookup(text, text)").run()
    }
}
