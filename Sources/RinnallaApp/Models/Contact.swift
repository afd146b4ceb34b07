import Fluent
import Foundation
import RinnallaCore

/// One low-threshold or outreach contact, anonymous by default ("Asiointi voi toteutua
/// anonyymisti"): the person as the worker perceives them, never a name. It points at a
/// client only once the person has consented (`Consent`), and at a nickname only when the
/// person chose one.
final class Contact: Model, @unchecked Sendable {
    static let schema = "contacts"

    @ID(key: .id) var id: UUID?
    /// The idempotency key: a retry of the same contact carries the same id.
    @Field(key: "client_made_id") var clientMadeID: UUID
    @Parent(key: "unit_id") var unit: OrgUnit
    @Parent(key: "recorded_by") var recordedBy: User
    /// ISO day.
    @Field(key: "day") var day: String
    /// A `ContactChannel` raw value.
    @Field(key: "channel") var channel: String
    @OptionalParent(key: "area_id") var area: Area?
    /// A `PerceivedAgeGroup` raw value.
    @Field(key: "age_group") var ageGroup: String
    /// A `PerceivedGender` raw value, or nil when not recorded.
    @OptionalField(key: "gender") var gender: String?
    /// "fi", "sv", "en" or "other".
    @Field(key: "language") var language: String
    @OptionalField(key: "duration_minutes") var durationMinutes: Int?
    @Field(key: "follow_up_agreed") var followUpAgreed: Bool
    /// ISO day of the agreed follow-up, when one was agreed.
    @OptionalField(key: "follow_up_day") var followUpDay: String?
    @OptionalParent(key: "nickname_id") var nickname: ContactNickname?
    @OptionalParent(key: "client_id") var client: ClientRecord?
    /// The consent that linked the contact to `client` (withdrawing it unlinks the contact).
    @OptionalField(key: "consent_id") var consentID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Children(for: \.$contact) var topics: [ContactTopicRow]
    @Children(for: \.$contact) var supports: [ContactSupportRow]

    init() {}
}

/// A nickname the person chose, so that repeat anonymous encounters can be linked. Kept only
/// within the worker's unit.
final class ContactNickname: Model, @unchecked Sendable {
    static let schema = "contact_nicknames"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "nickname") var nickname: String
    @Field(key: "nickname_search") var nicknameSearch: String
    @Parent(key: "created_by") var createdBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// One topic of a contact (`ContactTopic` raw value).
final class ContactTopicRow: Model, @unchecked Sendable {
    static let schema = "contact_topics"

    @ID(key: .id) var id: UUID?
    @Parent(key: "contact_id") var contact: Contact
    @Field(key: "topic") var topic: String

    init() {}
}

/// One thing the worker gave in a contact (`ContactSupport` raw value).
final class ContactSupportRow: Model, @unchecked Sendable {
    static let schema = "contact_supports"

    @ID(key: .id) var id: UUID?
    @Parent(key: "contact_id") var contact: Contact
    @Field(key: "support") var support: String

    init() {}
}
