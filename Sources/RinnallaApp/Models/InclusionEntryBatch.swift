import Fluent
import Foundation

/// A batch of responses typed in from paper forms or imported from a CSV file: who did
/// it and when. The responses point to their batch; they never name anyone themselves.
final class InclusionEntryBatch: Model, @unchecked Sendable {
    static let schema = "inclusion_entry_batches"

    @ID(key: .id) var id: UUID?
    @Parent(key: "round_id") var round: InclusionRound
    @Parent(key: "unit_id") var unit: OrgUnit
    /// `InclusionResponseSource.paper` or `.import`.
    @Field(key: "source") var source: String
    @Parent(key: "entered_by") var enteredBy: User
    @Field(key: "entered_at") var enteredAt: Date
    @Field(key: "response_count") var responseCount: Int
    @Field(key: "self_completed") var selfCompleted: Bool
    @Field(key: "note") var note: String

    init() {}
}
