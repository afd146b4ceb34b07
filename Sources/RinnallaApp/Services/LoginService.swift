import Fluent
import RinnallaCore
import SQLKit
import Vapor

/// Email + password login with lockout, shared by the login page and the API token route.
enum LoginService {
    enum Outcome: Sendable {
        case success(secret: String, user: User)
        /// One answer for a wrong password, an unknown email, a locked or a deactivated
        /// account, so the response never tells whether an email exists.
        case failed
    }

    /// What a login needs beyond the caller: the sender's address and the limiter that
    /// counts its failures, and the password check (run off the event loop by the app).
    struct Gate: Sendable {
        var address: String
        var limiter: LoginLimiter
        var verify: @Sendable (_ password: String, _ hash: String) async throws -> Bool
    }

    /// Throws 429 (`LoginLimiter`) when this address or this email has failed too often
    /// lately; the password is then not checked at all.
    static func login(
        email rawEmail: String?, password: String?, kind: AuthSession.Kind, gate: Gate, on caller: Caller
    ) async throws -> Outcome {
        let email = User.normalise(email: rawEmail ?? "")
        let password = password ?? ""
        let now = caller.now
        try gate.limiter.check(address: gate.address, email: email, now: now)
        let outcome = try await attempt(
            email: email, password: password, kind: kind, now: now, verify: gate.verify, on: caller)
        if case .failed = outcome { gate.limiter.recordFailure(address: gate.address, email: email, now: now) }
        return outcome
    }

    private static func attempt(
        email: String, password: String, kind: AuthSession.Kind, now: Date,
        verify: @Sendable (String, String) async throws -> Bool, on caller: Caller
    ) async throws -> Outcome {
        let throttle = LoginThrottle.standard
        let user = email.isEmpty ? nil : try await User.query(on: caller.db).filter(\.$email == email).first()
        var actor = caller.auditActor

        guard let user, user.isActive else {
            _ = try await verify(password, Passwords.decoyHash)
            try await AuditLog.append(
                .loginFailed, actor: actor, detail: "unknown-or-inactive", now: now, on: caller.db)
            return .failed
        }
        actor.userID = user.id
        actor.name = user.name
        let userID = try user.requireID()
        if throttle.isLocked(until: user.lockedUntil, now: now) {
            try await AuditLog.append(.loginFailed, actor: actor, detail: "locked", now: now, on: caller.db)
            return .failed
        }
        let valid = try await verify(password, user.passwordHash)
        let finalActor = actor
        return try await caller.db.atomically { db in
            guard valid else {
                let lockedNow = try await recordFailure(userID, throttle: throttle, now: now, on: db)
                try await AuditLog.append(
                    .loginFailed, actor: finalActor, detail: lockedNow ? "locked-now" : "wrong-password",
                    now: now, on: db)
                return .failed
            }
            // The lock is checked again in the same statement that clears the failures:
            // a correct password sent in a burst of wrong ones must not slip in once the
            // burst has locked the account (issue 13, item 6).
            guard try await recordSuccess(userID, now: now, on: db), let user = try await User.find(userID, on: db)
            else {
                try await AuditLog.append(.loginFailed, actor: finalActor, detail: "locked", now: now, on: db)
                return .failed
            }
            let secret = try await SessionStore.start(for: user, kind: kind, now: now, on: db)
            try await SessionStore.removeExpired(now: now, on: db)
            try await AuditLog.append(.login, actor: finalActor, detail: kind.rawValue, now: now, on: db)
            return .success(secret: secret, user: user)
        }
    }

    /// Counts one failure and locks the account at the limit, in one statement, so that
    /// concurrent failures neither lose counts nor clear a fresh lock (issue 13, item 6).
    /// A failure while locked changes nothing. Returns whether this failure locked it.
    static func recordFailure(_ userID: UUID, throttle: LoginThrottle, now: Date, on db: any Database)
        async throws -> Bool
    {
        let sql = db as! any SQLDatabase
        let lockUntil = now.addingTimeInterval(throttle.lockDuration)
        let row = try await sql.raw(
            """
            UPDATE users SET
              failed_logins = CASE
                WHEN locked_until IS NOT NULL AND locked_until > \(bind: now) THEN failed_logins
                WHEN failed_logins + 1 >= \(bind: throttle.maximumFailures) THEN 0
                ELSE failed_logins + 1 END,
              locked_until = CASE
                WHEN locked_until IS NOT NULL AND locked_until > \(bind: now) THEN locked_until
                WHEN failed_logins + 1 >= \(bind: throttle.maximumFailures) THEN \(bind: lockUntil)
                ELSE locked_until END
            WHERE id = \(bind: userID)
            RETURNING locked_until
            """
        ).first()
        let lockedUntil = try row?.decode(column: "locked_until", as: Date?.self)
        return lockedUntil.map { abs($0.timeIntervalSince(lockUntil)) < 0.001 } ?? false
    }

    /// Clears the failures and notes the login, unless the account is locked at `now`.
    /// Returns false when it was locked.
    static func recordSuccess(_ userID: UUID, now: Date, on db: any Database) async throws -> Bool {
        let sql = db as! any SQLDatabase
        let row = try await sql.raw(
            """
            UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = \(bind: now)
            WHERE id = \(bind: userID) AND (locked_until IS NULL OR locked_until <= \(bind: now))
            RETURNING id
            """
        ).first()
        return row != nil
    }
}
