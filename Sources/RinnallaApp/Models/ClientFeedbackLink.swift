import Fluent
import Foundation

/// A unit's public client feedback link `/p/<token>` for one context. As the group
/// feedback link: a random token that only lets someone answer anonymously; a new link
/// retires the old one, which then answers 410.
final class ClientFeedbackLink: Model, @unchecked Sendable {
    static let schema = "client_feedback_links"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: OrgUnit
    /// A `ClientFeedbackContext` raw value.
    @Field(key: "context") var context: String
    @Field(key: "token") var token: String
    @Parent(key: "created_by") var createdBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "retired_at") var retiredAt: Date?

    init() {}
}
