import Fluent
import Foundation

/// A person directed to a partner service from a contact or a client, and the follow-up:
/// did they reach it?
final class Referral: Model, @unchecked Sendable {
    static let schema = "referrals"

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "client_made_id") var clientMadeID: UUID?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Parent(key: "service_path_id") var servicePath: ServicePath
    @OptionalParent(key: "contact_id") var contact: Contact?
    @OptionalParent(key: "client_id") var client: ClientRecord?
    /// A `ReferralMethod` raw value.
    @Field(key: "method") var method: String
    @Field(key: "day") var day: String
    @Parent(key: "made_by") var madeBy: User
    /// A `ReferralOutcome` raw value.
    @Field(key: "outcome") var outcome: String
    @OptionalField(key: "outcome_day") var outcomeDay: String?
    @OptionalField(key: "outcome_note") var outcomeNote: String?
    @OptionalParent(key: "followed_up_by") var followedUpBy: User?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
