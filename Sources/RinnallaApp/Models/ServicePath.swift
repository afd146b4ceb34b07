import Fluent
import Foundation

/// A partner service with its agreed referral practice ("Sovitut palvelupolut"). Not client
/// data: the whole organisation shares one directory.
final class ServicePath: Model, @unchecked Sendable {
    static let schema = "service_paths"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    /// A `ServicePathKind` raw value.
    @Field(key: "kind") var kind: String
    /// Nil for a city-wide service.
    @OptionalParent(key: "area_id") var area: Area?
    @Field(key: "description") var description: String
    @Field(key: "how_to_refer") var howToRefer: String
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "address") var address: String?
    @OptionalField(key: "web_address") var webAddress: String?
    @Field(key: "opening_hours") var openingHours: String
    @Field(key: "is_active") var isActive: Bool
    @OptionalParent(key: "created_by") var createdBy: User?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
