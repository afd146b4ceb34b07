import Fluent
import Foundation
import RinnallaCore

/// One saved version of a period's need mapping, implementation plan or agreement.
final class PeriodDocument: Model, @unchecked Sendable {
    static let schema = "period_documents"

    @ID(key: .id) var id: UUID?
    @Parent(key: "period_id") var period: RehabilitationPeriod
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "kind") var kind: String
    @Field(key: "version") var version: Int
    /// The document as JSON (NeedMapping, ImplementationPlan or Agreement).
    @Field(key: "content") var content: String
    @Parent(key: "created_by") var createdBy: User
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    func decoded<Document: Decodable>(_ type: Document.Type) -> Document? {
        try? JSONDecoder().decode(type, from: Data(content.utf8))
    }
}
