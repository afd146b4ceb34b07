import Fluent
import Foundation

/// One anonymous answer to a group's feedback form. Nothing about the respondent is kept:
/// no user, IP address, user agent, link or time; the id is random, and answers are
/// listed in id order, which is a stable shuffle.
final class GroupFeedbackResponse: Model, @unchecked Sendable {
    static let schema = "group_feedback_responses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: ActivityGroup
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "good") var good: String
    @Field(key: "to_change") var change: String
    @OptionalField(key: "rating") var rating: Int?

    init() {}
}
