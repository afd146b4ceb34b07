import Fluent
import Foundation

/// A person's consent, recorded: who recorded it, when, and what for (`ConsentPurpose`).
/// A withdrawn consent stays, with the day it was withdrawn.
final class Consent: Model, @unchecked Sendable {
    static let schema = "consents"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Parent(key: "client_id") var client: ClientRecord
    @OptionalParent(key: "contact_id") var contact: Contact?
    /// A `ConsentPurpose` raw value.
    @Field(key: "purpose") var purpose: String
    /// ISO day the person gave consent.
    @Field(key: "given_on") var givenOn: String
    @Parent(key: "recorded_by") var recordedBy: User
    @Field(key: "recorded_at") var recordedAt: Date
    @OptionalField(key: "note") var note: String?
    @OptionalField(key: "withdrawn_on") var withdrawnOn: String?

    init() {}
}
