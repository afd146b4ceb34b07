import Fluent
import Foundation

/// A self-assessment recorded in a period (start, interim or end).
final class SelfAssessment: Model, @unchecked Sendable {
    static let schema = "self_assessments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "period_id") var period: RehabilitationPeriod
    @Parent(key: "client_id") var client: ClientRecord
    @Parent(key: "unit_id") var unit: OrgUnit
    @Parent(key: "recorded_by") var recordedBy: User
    @Field(key: "instrument_code") var instrumentCode: String
    @Field(key: "instrument_version") var instrumentVersion: String
    /// ISO day the client answered.
    @Field(key: "day") var day: String
    @Field(key: "stage") var stage: String
    /// `{"itemID": answer}` as JSON.
    @Field(key: "answers") var answers: String
    /// `[DimensionScore]` as JSON, computed when recorded.
    @Field(key: "scores") var scores: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
