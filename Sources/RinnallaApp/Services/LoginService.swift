import Fluent
import RinnallaCore
import Vapor

/// Email + password login with lockout, shared by the login page and the API token route.
enum LoginService {
    enum Outcome: Sendable {
        case success(secret: String, user: User)
        /// One answer for a wrong password, an unknown email, a locked or a deactivated
        /// account, so the response never tells whether an email exists.
        case failed
    }

    static func login(
        email rawEmail: String?, password: String?, kind: AuthSession.Kind, on request: Request
    ) async throws -> Outcome {
        let email = User.normalise(email: rawEmail ?? "")
        let password = password ?? ""
        let now = request.now
        let throttle = LoginThrottle.standard
        let user = email.isEmpty ? nil : try await User.query(on: request.db).filter(\.$email == email).first()
        var actor = request.auditActor

        guard let user, user.isActive else {
            _ = try await Passwords.verify(password, hash: Passwords.decoyHash, on: request.application)
            try await AuditLog.append(
                .loginFailed, actor: actor, detail: "unknown-or-inactive", now: now, on: request.db)
            return .failed
        }
        actor.userID = user.id
        actor.name = user.name
        let userID = try user.requireID()
        if throttle.isLocked(until: user.lockedUntil, now: now) {
            try await AuditLog.append(.loginFailed, actor: actor, detail: "locked", now: now, on: request.db)
            return .failed
        }
        let valid = try await Passwords.verify(password, hash: user.passwordHash, on: request.application)
        let finalActor = actor
        return try await request.db.atomically { db in
            guard let user = try await User.find(userID, on: db) else { return .failed }
            guard valid else {
                let state = throttle.afterFailure(failures: user.failedLogins, now: now)
                user.failedLogins = state.failures
                user.lockedUntil = state.lockedUntil
                try await user.update(on: db)
                try await AuditLog.append(
                    .loginFailed, actor: finalActor, detail: state.lockedUntil == nil ? "wrong-password" : "locked-now",
                    now: now, on: db)
                return .failed
            }
            user.failedLogins = 0
            user.lockedUntil = nil
            user.lastLoginAt = now
            try await user.update(on: db)
            let secret = try await SessionStore.start(for: user, kind: kind, now: now, on: db)
            try await SessionStore.removeExpired(now: now, on: db)
            try await AuditLog.append(.login, actor: finalActor, detail: kind.rawValue, now: now, on: db)
            return .success(secret: secret, user: user)
        }
    }
}
