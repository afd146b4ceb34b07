import Fluent
import RinnallaCore
import Vapor

/// An activity money expense as the page form and the API send it, before it is
/// checked; its coding keys name the fields for the views and the errors (issue 14).
struct ExpenseForm: PageForm, Sendable {
    var day: String?
    /// Euros as typed ("12,50"); the API may give `sumCents` instead.
    var sum: String?
    /// Not a page field: the API's sum in cents.
    var sumCents: Int?
    var purpose: String?
    var clientID: String?
    var unitID: String?

    enum CodingKeys: String, CodingKey {
        case day, sum, purpose, clientID, unitID
    }
}

/// The worker's activity money (työntekijän toimintaraha): a yearly budget by role and
/// the expenses paid from it. Money is in cents; the rules are in
/// `RinnallaCore.WorkerActivityMoney`.
enum ActivityMoneyService {
    typealias Input = ExpenseForm

    struct Balance: Sendable {
        let year: Int
        let budgetCents: Int
        let spentCents: Int
        var remainingCents: Int { WorkerActivityMoney.remaining(budget: budgetCents, spent: spentCents) }
    }

    static let maximumPurposeLength = 500

    static func budget(roles: Set<Role>, on db: any Database) async throws -> Int {
        let settings = try await OrganisationSettings.load(on: db)
        return WorkerActivityMoney.budget(roles: roles, budgets: settings.activityMoneyBudgets)
    }

    static func spent(userID: UUID, year: Int, on db: any Database) async throws -> Int {
        // activity_money_user_year_idx. Summed here: PostgreSQL's SUM of a bigint is a
        // numeric, which does not decode as Int; a person's year has few rows.
        try await ActivityMoneyExpense.query(on: db).filter(\.$user.$id == userID).filter(\.$year == year)
            .all(\.$amountCents).reduce(0, +)
    }

    static func balance(for user: CurrentUser, year: Int, on db: any Database) async throws -> Balance {
        Balance(
            year: year, budgetCents: try await budget(roles: user.roles, on: db),
            spentCents: try await spent(userID: user.id, year: year, on: db))
    }

    static func expenses(userID: UUID, year: Int, on db: any Database) async throws -> [ActivityMoneyExpense] {
        try await ActivityMoneyExpense.query(on: db).filter(\.$user.$id == userID).filter(\.$year == year)
            .with(\.$client).with(\.$unit).sort(\.$day, .descending).sort(\.$createdAt, .descending).all()
    }

    /// The clients offered in the form: the worker's own (named responsible worker).
    static func ownClients(of user: CurrentUser, on db: any Database) async throws -> [(id: UUID, name: String)] {
        let units = user.clientDataUnitIDs
        guard !units.isEmpty else { return [] }
        return try await ClientRecord.query(on: db).filter(\.$responsibleWorker.$id == user.id)
            .filter(\.$unit.$id ~~ units).sort(\.$name).field(\.$id).field(\.$name).all()
            .compactMap { client in client.id.map { ($0, client.name) } }
    }

    /// Records an expense. Refused, with nothing saved, when a field is invalid or the
    /// sum is more than is left of the year's budget. `sumField` names the sum's field
    /// in messages (`sum` on the page, `sumCents` in the API when given in cents).
    static func add(_ input: Input, on caller: Caller) async throws -> ActivityMoneyExpense {
        let user = try caller.requireUser()
        let units = user.clientDataUnitIDs
        guard !units.isEmpty else { throw AppError.forbidden }
        let today = Day(caller.now)
        guard let day = input.day.flatMap({ Day(parsing: $0) }) else {
            throw AppError.invalid(.errorDateInvalid, field: ExpenseForm.name(.day))
        }
        guard day <= today else { throw AppError.invalid(.activityMoneyDayInFuture, field: ExpenseForm.name(.day)) }
        let sumField = input.sumCents != nil ? "sumCents" : ExpenseForm.name(.sum)
        guard let cents = input.sumCents ?? input.sum.flatMap(WorkerActivityMoney.cents(parsing:)), cents > 0,
            cents <= WorkerActivityMoney.maximumBudgetCents
        else { throw AppError.invalid(.activityMoneySumInvalid, field: sumField) }
        guard let purpose = InputRules.trimmed(input.purpose), purpose.count <= maximumPurposeLength else {
            throw AppError.invalid(.activityMoneyPurposeRequired, field: ExpenseForm.name(.purpose))
        }
        var client: ClientRecord?
        if let text = InputRules.trimmed(input.clientID) {
            guard let id = UUID(uuidString: text), let found = try await ClientRecord.find(id, on: caller.db),
                units.contains(found.$unit.id)
            else { throw AppError.invalid(.activityMoneyClientInvalid, field: ExpenseForm.name(.clientID)) }
            client = found
        }
        let unitID: UUID
        if let text = InputRules.trimmed(input.unitID) {
            guard let id = UUID(uuidString: text), units.contains(id) else {
                throw AppError.invalid(.activityMoneyUnitInvalid, field: ExpenseForm.name(.unitID))
            }
            unitID = client?.$unit.id ?? id
        } else if let client {
            unitID = client.$unit.id
        } else {
            guard let first = user.units.first(where: { units.contains($0.id) })?.id else { throw AppError.forbidden }
            unitID = first
        }
        let budget = try await budget(roles: user.roles, on: caller.db)
        let language = caller.language
        let clientID = client?.id
        return try await caller.db.atomically { db in
            // Two expenses saved at once must not both fit in the same remaining sum.
            try await db.serializeWrites()
            let spent = try await spent(userID: user.id, year: day.year, on: db)
            guard WorkerActivityMoney.fits(sum: cents, budget: budget, spent: spent) else {
                throw AppError.invalid(
                    .activityMoneyOverBalance, field: sumField,
                    arguments: [
                        "remaining": Formatting.money(
                            cents: max(0, WorkerActivityMoney.remaining(budget: budget, spent: spent)), language)
                    ])
            }
            let expense = ActivityMoneyExpense()
            expense.$user.id = user.id
            expense.$unit.id = unitID
            expense.$client.id = clientID
            expense.day = day.iso
            expense.year = day.year
            expense.amountCents = cents
            expense.purpose = purpose
            try await expense.create(on: db)
            try await AuditLog.append(
                .create, unitID: unitID, clientID: clientID, recordType: "activity-money-expense",
                recordID: expense.id?.uuidString, detail: "cents=\(cents)", on: caller, db: db)
            return expense
        }
    }

    struct WorkerRow: Sendable {
        let userID: UUID
        let name: String
        let roles: [Role]
        let balance: Balance
    }

    /// The team lead's view: each worker of the unit with their whole year's balance.
    static func unitBalances(unitID: UUID, year: Int, on db: any Database) async throws -> [WorkerRow] {
        let members = try await UnitMembership.query(on: db).filter(\.$unit.$id == unitID).all()
        let userIDs = Array(Set(members.map(\.$user.id)))
        guard !userIDs.isEmpty else { return [] }
        // A person's budget follows all their roles, in any unit.
        let allMemberships = try await UnitMembership.query(on: db).filter(\.$user.$id ~~ userIDs).all()
        let users = try await User.query(on: db).filter(\.$id ~~ userIDs).all()
        let settings = try await OrganisationSettings.load(on: db)
        let expenses = try await ActivityMoneyExpense.query(on: db).filter(\.$user.$id ~~ userIDs)
            .filter(\.$year == year).field(\.$id).field(\.$user.$id).field(\.$amountCents).all()
        let spent = Dictionary(grouping: expenses, by: { $0.$user.id }).mapValues {
            $0.reduce(0) { $0 + $1.amountCents }
        }
        let roles = Dictionary(grouping: allMemberships, by: { $0.$user.id }).mapValues {
            Set($0.compactMap { Role(rawValue: $0.role) })
        }
        return users.compactMap { user -> WorkerRow? in
            guard let id = user.id else { return nil }
            let userRoles = roles[id] ?? []
            let budget = WorkerActivityMoney.budget(roles: userRoles, budgets: settings.activityMoneyBudgets)
            let used = spent[id] ?? 0
            guard budget > 0 || used > 0 else { return nil }
            return WorkerRow(
                userID: id, name: user.name, roles: userRoles.sorted { $0.rawValue < $1.rawValue },
                balance: Balance(year: year, budgetCents: budget, spentCents: used))
        }.sorted { $0.name < $1.name }
    }
}
