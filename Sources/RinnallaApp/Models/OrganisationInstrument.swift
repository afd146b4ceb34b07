import Fluent
import Foundation

/// An instrument the organisation uploaded; `definition` is the validated file as
/// Rinnalla's canonical JSON. Never edited: a new version gets a new code.
final class OrganisationInstrument: Model, @unchecked Sendable {
    static let schema = "instruments"

    @ID(key: .id) var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "version") var version: String
    @Field(key: "name") var name: String
    @Field(key: "definition") var definition: String
    @Field(key: "is_active") var isActive: Bool
    @Parent(key: "created_by") var createdBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
