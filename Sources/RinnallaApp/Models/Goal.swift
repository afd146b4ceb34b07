import Fluent
import Foundation
import RinnallaCore

/// A client's goal in a period: a main goal, a sub-goal or an everyday change. Its
/// wording lives in versions, so a revision never loses what was agreed before.
final class Goal: Model, @unchecked Sendable {
    static let schema = "goals"

    @ID(key: .id) var id: UUID?
    @Parent(key: "period_id") var period: RehabilitationPeriod
    @Parent(key: "client_id") var client: ClientRecord
    @Parent(key: "unit_id") var unit: OrgUnit
    @OptionalParent(key: "parent_id") var parent: Goal?
    @Field(key: "level") var level: String
    @Field(key: "position") var position: Int
    /// The day an everyday change was reached (ISO), shown on the client's progress page.
    @OptionalField(key: "reached_on") var reachedOn: String?
    @Parent(key: "created_by") var createdBy: User
    @OptionalField(key: "created_at") var createdAt: Date?
    @Children(for: \.$goal) var versions: [GoalVersion]

    init() {}

    var goalLevel: GoalLevel { GoalLevel(rawValue: level) ?? .main }
}

final class GoalVersion: Model, @unchecked Sendable {
    static let schema = "goal_versions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "goal_id") var goal: Goal
    @Field(key: "version") var version: Int
    /// In the client's own words.
    @Field(key: "text") var text: String
    /// The SMART letters the worker and client checked, e.g. "SMT".
    @Field(key: "smart") var smart: String
    /// GAS levels: 0 is the expected level written at goal setting.
    @Field(key: "expected") var expected: String
    @Field(key: "much_less") var muchLess: String
    @Field(key: "less") var less: String
    @Field(key: "more") var more: String
    @Field(key: "much_more") var muchMore: String
    @Field(key: "weight") var weight: Int
    /// The GAS level the client starts from (−2…0).
    @Field(key: "baseline") var baseline: Int
    /// Why the goal was revised; empty for the first version.
    @Field(key: "reason") var reason: String
    @Parent(key: "created_by") var createdBy: User
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    var smartCriteria: Set<SMARTCriterion> { SMARTCriterion.decode(smart) }

    /// The written description of a GAS level, −2…+2.
    func description(ofLevel level: Int) -> String {
        switch level {
        case -2: muchLess
        case -1: less
        case 1: more
        case 2: muchMore
        default: expected
        }
    }
}
