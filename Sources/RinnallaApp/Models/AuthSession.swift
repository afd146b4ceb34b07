import Fluent
import Foundation

/// A logged-in browser session or an API bearer token. Only a SHA-256 of the secret is
/// stored, so a database dump cannot be replayed as a login. Kept in the database so any
/// app instance behind the load balancer can serve any request.
final class AuthSession: Model, @unchecked Sendable {
    static let schema = "auth_sessions"

    enum Kind: String, Codable { case browser, api }

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "kind") var kind: String
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(userID: UUID, tokenHash: String, kind: Kind, csrfToken: String, now: Date, expiresAt: Date) {
        self.$user.id = userID
        self.tokenHash = tokenHash
        self.kind = kind.rawValue
        self.csrfToken = csrfToken
        self.createdAt = now
        self.lastSeenAt = now
        self.expiresAt = expiresAt
    }
}
