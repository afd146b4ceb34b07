import Fluent
import Foundation

/// An initial assessment (ensi- tai alkuarviointi), recorded together with the client in
/// their record; it can be deepened into a service need assessment.
final class InitialAssessment: Model, @unchecked Sendable {
    static let schema = "initial_assessments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Parent(key: "client_id") var client: ClientRecord
    @OptionalParent(key: "contact_id") var contact: Contact?
    @Field(key: "day") var day: String
    @Field(key: "situation") var situation: String
    @Field(key: "needs") var needs: String
    @Field(key: "strengths") var strengths: String
    /// An `AssessmentUrgency` raw value.
    @Field(key: "urgency") var urgency: String
    @Field(key: "next_steps") var nextSteps: String
    @Field(key: "recorded_together") var recordedTogether: Bool
    @Parent(key: "recorded_by") var recordedBy: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
