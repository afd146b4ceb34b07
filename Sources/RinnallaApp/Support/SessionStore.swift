import Fluent
import RinnallaCore
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
        guard
            let session = try await AuthSession.query(on: request.db)
                .filter(\.$tokenHash == Secrets.sha256Hex(token))
                .filter(\.$kind == kind.rawValue)
                .with(\.$user)
                .first()
        else { return nil }
        let idleExpired = kind == .browser && session.lastSeenAt.addingTimeInterval(SessionPolicy.idleTimeout) < now
        guard session.expiresAt > now, !idleExpired, session.user.isActive else {
            try await session.delete(on: request.db)
            return nil
        }
        if kind == .browser, now.timeIntervalSince(session.lastSeenAt) > touchInterval {
            session.lastSeenAt = now
            session.expiresAt = now.addingTimeInterval(SessionPolicy.idleTimeout)
            try await session.update(on: request.db)
        }
        return try await load(session.user, session: session, on: request.db)
    }

    static func load(_ user: User, session: AuthSession, on db: any Database) async throws -> CurrentUser {
        let memberships = try await UnitMembership.query(on: db)
            .filter(\.$user.$id == user.requireID())
            .with(\.$unit)
            .all()
        return CurrentUser(
            id: try user.requireID(), name: user.name, email: user.email, language: user.preferredLanguage,
            mustChangePassword: user.mustChangePassword,
            memberships: memberships.compactMap { membership in
                guard let role = Role(rawValue: membership.role), membership.unit.isActive else { return nil }
                return .init(unitID: membership.unit.id!, unitName: membership.unit.name, role: role)
            },
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
