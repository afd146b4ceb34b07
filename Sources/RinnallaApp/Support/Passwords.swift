import Vapor

/// Bcrypt off the event loop: a hash takes a quarter of a second at cost 12.
enum Passwords {
    static func hash(_ password: String, on app: Application) async throws -> String {
        try await app.threadPool.runIfActive { try app.password.hash(password) }
    }

    static func verify(_ password: String, hash: String, on app: Application) async throws -> Bool {
        try await app.threadPool.runIfActive { (try? app.password.verify(password, created: hash)) ?? false }
    }

    /// Used when the email is unknown, so the answer takes as long as for a real account.
    static let decoyHash: String = (try? Bcrypt.hash("rinnalla-decoy-password", cost: 12)) ?? ""
}
