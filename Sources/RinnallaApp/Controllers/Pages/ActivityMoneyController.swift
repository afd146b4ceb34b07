import Fluent
import RinnallaCore
import Vapor

enum ActivityMoneyController {
    static func show(req: Request) async throws -> Response {
        var form = ActivityMoneyViews.Form()
        form.day = Day(req.now).finnish
        return try await render(req, form: form, context: PageContext(req, notice: Notice.from(req)))
    }

    static func create(req: Request) async throws -> Response {
        let input = ExpenseForm(from: req)
        return try await rerenderOn422 {
            _ = try await ActivityMoneyService.add(input, on: req.caller)
            return req.redirect(to: .account(.activityMoney), notice: .activityMoneySaved)
        } render: { error in
            let context = PageContext(req)
            return try await render(
                req, form: input, context: context, error: AdminController.fieldError(error, context),
                status: .unprocessableEntity)
        }
    }

    private static func render(
        _ req: Request, form: ActivityMoneyViews.Form, context: PageContext, error: FieldError? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let user = try req.requireUser()
        let year = Day(req.now).year
        let balance = try await ActivityMoneyService.balance(for: user, year: year, on: req.db)
        let expenses = try await ActivityMoneyService.expenses(userID: user.id, year: year, on: req.db)
        let clients = try await ActivityMoneyService.ownClients(of: user, on: req.db)
        try await AuditLog.append(
            .view, recordType: "activity-money", recordID: user.id.uuidString, detail: "year=\(year)", on: req)
        let units = user.units.filter { user.can(.readClientData, inUnit: $0.id) }
        let leadUnits = user.units.filter { user.can(.viewUnitPayments, inUnit: $0.id) }
        return ActivityMoneyViews.page(
            context, balance: balance,
            expenses: expenses.map {
                .init(
                    day: Day(iso: $0.day)?.finnish ?? $0.day, amountCents: $0.amountCents, purpose: $0.purpose,
                    clientName: $0.client?.name, unitName: $0.unit.name)
            }, clients: clients, units: units, leadUnits: leadUnits, form: form, error: error
        ).response(status)
    }

    /// The team lead's list of the unit's workers' balances.
    static func unit(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let unitID = try req.id(.unitID)
        guard user.can(.viewUnitPayments, inUnit: unitID), let unit = try await OrgUnit.find(unitID, on: req.db) else {
            throw AppError.notFound
        }
        let year = Day(req.now).year
        let rows = try await ActivityMoneyService.unitBalances(unitID: unitID, year: year, on: req.db)
        try await AuditLog.append(
            .view, unitID: unitID, recordType: "activity-money-unit", detail: "year=\(year)", on: req)
        return ActivityMoneyViews.unitPage(PageContext(req), unitName: unit.name, year: year, rows: rows).response()
    }
}
