import Fluent
import RinnallaCore
import SQLKit
import Vapor

/// Creates, finds and ends sessions and API tokens.
enum SessionStore {
    /// Only refresh `last_seen_at` this often, so reading a page is not a write.
    static let touchInterval: TimeInterval = 60

    /// Starts a session for `user` and returns its secret (cookie value or bearer token).
    static func start(for user: User, kind: AuthSession.Kind, now: Date, on db: any Database) async throws -> String {
        let secret = Secrets.token()
        let lifetime = kind == .browser ? SessionPolicy.idleTimeout : SessionPolicy.apiTokenLifetime
        let session = AuthSession(
            userID: try user.requireID(), tokenHash: Secrets.sha256Hex(secret), kind: kind,
            csrfToken: Secrets.token(), now: now, expiresAt: now.addingTimeInterval(lifetime))
        try await session.create(on: db)
        return secret
    }

    static func user(forToken token: String, kind: AuthSession.Kind, on request: Request) async throws -> CurrentUser? {
        let now = request.now
        let sql = request.db as! any SQLDatabase
        // Every request asks this, so it is one plain query: the session with its user and
        // the user's roles (a row per role, the unit's columns null when it is not active;
        // plain left joins, so each step is an index look-up).
        let hash = Secrets.sha256Hex(token)
        let rows =
            sql.dialect.name == "postgresql"
            // The same query as below, kept planned per connection (CreateSessionLookupFunction).
            ? try await sql.raw("SELECT * FROM rinnalla_session_lookup(\(bind: hash), \(bind: kind.rawValue))").all()
            : try await sql.raw(
                """
                SELECT s.id AS session_id, s.csrf_token, s.last_seen_at, s.expires_at,
                    u.id AS user_id, u.name, u.email, u.language, u.is_active, u.must_change_password,
                    m.role, n.id AS unit_id, n.name AS unit_name, dv.version AS unit_version,
                    (SELECT version FROM data_versions WHERE scope = 'global') AS global_version,
                    (SELECT version FROM data_versions WHERE scope = 'catalogue') AS catalogue_version
                FROM auth_sessions s JOIN users u ON u.id = s.user_id
                LEFT JOIN unit_memberships m ON m.user_id = u.id
                LEFT JOIN units n ON n.id = m.unit_id AND n.is_active = \(bind: true)
                LEFT JOIN data_versions dv ON dv.scope = \(unsafeRaw: DataVersions.unitScopeSQL("n.id"))
                WHERE s.token_hash = \(bind: hash) AND s.kind = \(bind: kind.rawValue)
                """
            ).all()

        guard let row = rows.first else { return nil }
        let sessionID = try row.decode(column: "session_id", as: UUID.self)
        let lastSeenAt = try row.decode(column: "last_seen_at", as: Date.self)
        let idleExpired = kind == .browser && lastSeenAt.addingTimeInterval(SessionPolicy.idleTimeout) < now
        guard try row.decode(column: "expires_at", as: Date.self) > now, !idleExpired,
            try row.decode(column: "is_active", as: Bool.self)
        else {
            try await AuthSession.query(on: request.db).filter(\.$id == sessionID).delete()
            return nil
        }
        if kind == .browser, now.timeIntervalSince(lastSeenAt) > touchInterval {
            try await AuthSession.query(on: request.db).filter(\.$id == sessionID).set(\.$lastSeenAt, to: now)
                .set(\.$expiresAt, to: now.addingTimeInterval(SessionPolicy.idleTimeout)).update()
        }
        // Versions read with the session: a scope never raised reads 0, as in DataVersions.stamp.
        var versions = [
            DataVersions.Scope.global.key: try row.decode(column: "global_version", as: Int?.self) ?? 0,
            DataVersions.Scope.catalogue.key: try row.decode(column: "catalogue_version", as: Int?.self) ?? 0,
        ]
        for row in rows {
            guard let unitID = try row.decode(column: "unit_id", as: UUID?.self) else { continue }
            versions[DataVersions.Scope.unit(unitID).key] = try row.decode(column: "unit_version", as: Int?.self) ?? 0
        }
        return CurrentUser(
            id: try row.decode(column: "user_id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
            email: try row.decode(column: "email", as: String.self),
            language: Language(rawValue: try row.decode(column: "language", as: String.self)) ?? .default,
            mustChangePassword: try row.decode(column: "must_change_password", as: Bool.self),
            memberships: try rows.compactMap(membership),
            session: .init(id: sessionID, kind: kind, csrfToken: try row.decode(column: "csrf_token", as: String.self)),
            dataVersions: versions)
    }

    /// The role and unit of a row with `role`, `unit_id` and `unit_name` (nil for a row
    /// without a role or an active unit, or with a role this version does not know).
    private static func membership(_ row: any SQLRow) throws -> CurrentUser.MembershipInfo? {
        guard let name = try row.decode(column: "role", as: String?.self), let role = Role(rawValue: name),
            let unitID = try row.decode(column: "unit_id", as: UUID?.self)
        else { return nil }
        return .init(unitID: unitID, unitName: try row.decode(column: "unit_name", as: String.self), role: role)
    }

    /// The user's roles in active units.
    static func memberships(of userID: UUID, on db: any Database) async throws -> [CurrentUser.MembershipInfo] {
        try await (db as! any SQLDatabase).raw(
            """
            SELECT m.role, n.id AS unit_id, n.name AS unit_name
            FROM unit_memberships m JOIN units n ON n.id = m.unit_id
            WHERE m.user_id = \(bind: userID) AND n.is_active = \(bind: true)
            """
        ).all().compactMap(membership)
    }

    static func load(_ user: User, session: AuthSession, on db: any Database) async throws -> CurrentUser {
        CurrentUser(
            id: try user.requireID(), name: user.name, email: user.email, language: user.preferredLanguage,
            mustChangePassword: user.mustChangePassword,
            memberships: try await memberships(of: try user.requireID(), on: db),
            session: .init(
                id: try session.requireID(), kind: AuthSession.Kind(rawValue: session.kind) ?? .browser,
                csrfToken: session.csrfToken))
    }

    static func end(_ sessionID: UUID, on db: any Database) async throws {
        try await AuthSession.query(on: db).filter(\.$id == sessionID).delete()
    }

    /// Ends every session of a user (password change, deactivation).
    static func endAll(userID: UUID, except keep: UUID? = nil, on db: any Database) async throws {
        var query = AuthSession.query(on: db).filter(\.$user.$id == userID)
        if let keep { query = query.filter(\.$id != keep) }
        try await query.delete()
    }

    /// Sessions past their expiry are useless; logins sweep them away.
    static func removeExpired(now: Date, on db: any Database) async throws {
        try await AuthSession.query(on: db).filter(\.$expiresAt < now).delete()
    }

    static func cookie(_ secret: String, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: secret, expires: nil, maxAge: nil, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
}
