import Fluent
import Foundation

/// One expense paid from a worker's activity money (työntekijän toimintaraha).
final class ActivityMoneyExpense: Model, @unchecked Sendable {
    static let schema = "activity_money_expenses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    /// The unit the work was done in, so the unit's team lead sees it.
    @Parent(key: "unit_id") var unit: OrgUnit
    @OptionalParent(key: "client_id") var client: ClientRecord?
    /// ISO day of the expense.
    @Field(key: "day") var day: String
    /// The budget year (the expense day's year), for summing per year with an index.
    @Field(key: "year") var year: Int
    @Field(key: "amount_cents") var amountCents: Int
    @Field(key: "purpose") var purpose: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
