import Fluent
import Foundation
import RinnallaCore

/// A client's social rehabilitation period (jakso), from the suitability check to closing.
final class RehabilitationPeriod: Model, @unchecked Sendable {
    static let schema = "periods"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: ClientRecord
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "status") var status: String
    @Field(key: "phase") var phase: String
    @OptionalField(key: "suitability") var suitability: Suitability.Check?
    @Parent(key: "created_by") var createdBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @OptionalField(key: "closed_at") var closedAt: Date?

    init() {}

    var isOpen: Bool { status == "open" }
    var currentPhase: PeriodPhase { PeriodPhase(rawValue: phase) ?? .beforeStart }
}
