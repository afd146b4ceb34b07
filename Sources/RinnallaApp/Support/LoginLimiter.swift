import Foundation
import RinnallaCore
import Vapor

/// Refuses logins with 429 after too many failures from one address or for one email
/// (`SubmissionLimit.failedLoginsPerAddress`, `.failedLoginsPerAccount`), before any
/// password is checked (issue 13, item 10). Counted in this instance's memory only.
final class LoginLimiter: Sendable {
    let perAddress: AttemptCounter
    let perAccount: AttemptCounter

    init(
        perAddress: SubmissionLimit = .failedLoginsPerAddress, perAccount: SubmissionLimit = .failedLoginsPerAccount
    ) {
        self.perAddress = AttemptCounter(limit: perAddress)
        self.perAccount = AttemptCounter(limit: perAccount)
    }

    /// Throws 429 (in the user's language, with the minutes to wait) when either window is full.
    func check(address: String, email: String, now: Date) throws {
        let minutes = [perAddress.refusal(address, now: now), perAccount.refusal(email, now: now)].compactMap { $0 }
        guard let wait = minutes.max() else { return }
        throw AppError(
            status: .tooManyRequests, code: "too-many-logins", key: .errorTooManyLogins,
            arguments: ["minutes": String(wait)], field: "email")
    }

    func recordFailure(address: String, email: String, now: Date) {
        _ = perAddress.admit(address, now: now)
        _ = perAccount.admit(email, now: now)
    }
}

extension Application {
    private struct LoginLimiterKey: StorageKey { typealias Value = LoginLimiter }

    /// Set in `configure`; tests may set smaller limits.
    var loginLimiter: LoginLimiter {
        get {
            if let limiter = storage[LoginLimiterKey.self] { return limiter }
            let limiter = LoginLimiter()
            storage[LoginLimiterKey.self] = limiter
            return limiter
        }
        set { storage[LoginLimiterKey.self] = newValue }
    }
}

extension Request {
    /// The login gate of this request: its sender's address, the app's limiter and hasher.
    var loginGate: LoginService.Gate {
        let app = application
        return LoginService.Gate(
            address: clientIP ?? "", limiter: app.loginLimiter,
            verify: { password, hash in try await Passwords.verify(password, hash: hash, on: app) })
    }
}
