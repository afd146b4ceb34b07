import Fluent
import Foundation

/// A worker's private calendar feed. The token in the feed address is the credential;
/// only its SHA-256 is stored (as for `AuthSession`). One feed per worker: a new one
/// replaces the old, and deleting the row revokes the address.
final class CalendarFeed: Model, @unchecked Sendable {
    static let schema = "calendar_feeds"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
