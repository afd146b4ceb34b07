import Fluent
import Plot
import RinnallaCore
import Vapor

enum AllowanceController {
    static func decide(req: Request) async throws -> Response {
        let periodID = try req.id(.periodID)
        return try await rerenderOn422 {
            _ = try await AllowanceService.decide(periodID: periodID, AllowanceForm(from: req), on: req.caller)
            return req.redirect(to: .period(periodID, .show), notice: .allowanceSaved, fragment: "allowance")
        } render: { error in
            let period = try await PeriodService.find(periodID, for: try req.requireUser(), on: req.db)
            return try await PeriodController.render(
                req, period: period, allowanceError: error, status: .unprocessableEntity)
        }
    }

    static func section(
        _ period: RehabilitationPeriod, context: PageContext, on req: Request, error: AppError? = nil
    ) async throws -> Node<HTML.BodyContext> {
        let user = try req.requireUser()
        let months = try await AllowanceService.months(
            ofPeriod: try period.requireID(), today: Day(req.now), on: req.db)
        return AllowanceViews.section(
            context, periodID: try period.requireID(), months: months,
            canDecide: user.can(.makeDecisions, inUnit: period.$unit.id),
            error: error.map { AdminController.fieldError($0, context) })
    }

    /// The team lead's list of the month's allowance decisions in a unit, for payment.
    static func payments(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let unitID = try req.id(.unitID)
        guard user.can(.viewUnitPayments, inUnit: unitID), let unit = try await OrgUnit.find(unitID, on: req.db) else {
            throw AppError.notFound
        }
        let asked = PaymentsMonthForm(query: req).month
        guard let month = asked == nil ? Month(Day(req.now)) : BoundedInput.month(asked) else {
            throw AppError.invalid(.errorDateInvalid, field: PaymentsMonthForm.name(.month))
        }
        let monthText = month.iso
        let from = month.firstDay.startDate
        let to = month.lastDay.adding(days: 1).startDate
        let decisions = try await Decision.query(on: req.db)
            .filter(\.$unit.$id == unitID).filter(\.$kind == Decision.Kind.allowance.rawValue)
            .filter(\.$createdAt >= from).filter(\.$createdAt < to)
            .with(\.$client).sort(\.$number).all()
        let numbers = Dictionary(uniqueKeysWithValues: decisions.compactMap { d in d.id.map { ($0, d.number) } })
        try await AuditLog.append(.view, unitID: unitID, recordType: "allowance-payments", detail: monthText, on: req)
        let rows = decisions.compactMap { decision in
            decision.id.map {
                AllowanceViews.PaymentRow(
                    decisionID: $0, number: decision.number, clientName: decision.client.name,
                    range: decision.range?.finnish ?? "", amountCents: decision.amountCents ?? 0,
                    corrects: decision.correctsID.flatMap { numbers[$0] })
            }
        }
        return AllowanceViews.payments(
            PageContext(req), unitID: unitID, unitName: unit.name, month: monthText, rows: rows
        )
        .response()
    }
}
