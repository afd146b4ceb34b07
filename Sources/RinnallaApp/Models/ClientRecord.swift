import Fluent
import Foundation
import RinnallaCore

/// A client of a unit. Every read and change is audited.
final class ClientRecord: Model, @unchecked Sendable {
    static let schema = "clients"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "name") var name: String
    /// Lower-cased name for case-insensitive search that works the same on both databases.
    @Field(key: "name_search") var nameSearch: String
    @OptionalField(key: "identity_code") var identityCode: String?
    /// ISO day (yyyy-MM-dd): from the identity code, or given when there is none.
    @OptionalField(key: "birth_date") var birthDate: String?
    @Field(key: "language") var language: String
    /// "fi" or "sv" when chosen; nil follows `language` (issue 15).
    @OptionalField(key: "decision_language") var decisionLanguage: String?
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "address") var address: String?
    @OptionalParent(key: "responsible_worker_id") var responsibleWorker: User?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    /// The language the client's decisions are written in.
    var effectiveDecisionLanguage: DecisionLanguage {
        DecisionLanguage.forClient(chosen: decisionLanguage, language: language)
    }
}
