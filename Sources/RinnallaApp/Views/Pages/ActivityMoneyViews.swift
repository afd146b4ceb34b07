import Foundation
import Plot
import RinnallaCore

enum ActivityMoneyViews {
    typealias Form = ExpenseForm

    struct ExpenseRow: Sendable {
        let day: String
        let amountCents: Int
        let purpose: String
        let clientName: String?
        let unitName: String
    }

    static func page(
        _ context: PageContext, balance: ActivityMoneyService.Balance, expenses: [ExpenseRow],
        clients: [(id: UUID, name: String)], units: [(id: UUID, name: String)], leadUnits: [(id: UUID, name: String)],
        form: Form, error: FieldError?
    ) -> HTML {
        let money = { (cents: Int) in Formatting.money(cents: cents, context.language) }
        return Layout.page(
            title: context.t(.activityMoneyTitle), context,
            content: .group(
                .h1(.text(context.t(.activityMoneyTitle))),
                .p(.text(context.t(.activityMoneyIntro))),
                .section(
                    .class("card"), .attribute(named: "aria-labelledby", value: "balance-heading"),
                    .h2(.id("balance-heading"), .text(context.t(.activityMoneyYear, ["year": String(balance.year)]))),
                    .if(
                        balance.budgetCents == 0, .p(.class("empty-state"), .text(context.t(.activityMoneyNoBudget)))),
                    .dl(
                        .class("balance"),
                        .dt(.text(context.t(.activityMoneyBudget))), .dd(.text(money(balance.budgetCents))),
                        .dt(.text(context.t(.activityMoneySpent))), .dd(.text(money(balance.spentCents))),
                        .dt(.text(context.t(.activityMoneyRemaining))),
                        .dd(.id("remaining"), .text(money(balance.remainingCents))))
                ),
                .section(
                    .class("card"), .attribute(named: "aria-labelledby", value: "add-heading"),
                    .h2(.id("add-heading"), .text(context.t(.activityMoneyAdd))),
                    Components.errorSummary(error, context),
                    Components.postForm(
                        action: SiteRoute.account(.activityMoney).href, context, id: "expense-form",
                        Components.field(
                            Form.name(.day), label: context.t(.activityMoneyDay), value: form.day ?? "", required: true,
                            hint: "p.k.vvvv", error: error, context),
                        Components.field(
                            Form.name(.sum), label: context.t(.activityMoneySum), value: form.sum ?? "", required: true,
                            autocomplete: "off", error: error, context),
                        Components.field(
                            Form.name(.purpose), label: context.t(.activityMoneyPurpose), value: form.purpose ?? "",
                            required: true,
                            hint: context.t(.activityMoneyPurposeHint), error: error, context),
                        Components.select(
                            Form.name(.clientID), label: context.t(.activityMoneyClient),
                            options: [("", context.t(.activityMoneyNoClient))]
                                + clients.map { ($0.id.uuidString, $0.name) },
                            selected: form.clientID ?? "", error: error, context),
                        .if(
                            units.count > 1,
                            Components.select(
                                Form.name(.unitID), label: context.t(.activityMoneyUnit),
                                options: units.map { ($0.id.uuidString, $0.name) }, selected: form.unitID ?? "",
                                error: error, context)),
                        Components.submit(context.t(.activityMoneySave), id: "save-expense"))
                ),
                .section(
                    .class("card"), .attribute(named: "aria-labelledby", value: "expenses-heading"),
                    .h2(.id("expenses-heading"), .text(context.t(.activityMoneyExpenses))),
                    DataTable.render(
                        expenses, empty: context.t(.activityMoneyNone),
                        columns: [
                            context.t(.activityMoneyDay), context.t(.activityMoneySum),
                            context.t(.activityMoneyPurpose), context.t(.activityMoneyClient),
                            context.t(.activityMoneyUnit),
                        ], name: .heading("expenses-heading")
                    ) { row in
                        .tr(
                            .td(.text(row.day)), .td(.class("number"), .text(money(row.amountCents))),
                            .td(.text(row.purpose)), .td(.text(row.clientName ?? "–")),
                            .td(.text(row.unitName)))
                    }
                ),
                .if(
                    !leadUnits.isEmpty,
                    .ul(
                        .forEach(leadUnits) { unit in
                            .li(
                                .a(
                                    .href(SiteRoute.unit(unit.id, .activityMoney).href),
                                    .text("\(context.t(.activityMoneyUnitLink)): \(unit.name)")))
                        }))
            ))
    }

    static func unitPage(
        _ context: PageContext, unitName: String, year: Int, rows: [ActivityMoneyService.WorkerRow]
    ) -> HTML {
        let title = context.t(.activityMoneyUnitTitle, ["unit": unitName])
        let money = { (cents: Int) in Formatting.money(cents: cents, context.language) }
        return Layout.page(
            title: title, context,
            content: .group(
                .h1(.text(title)),
                .p(.text(context.t(.activityMoneyUnitIntro))),
                .h2(.id("activitymoney-table-heading"), .text(context.t(.activityMoneyYear, ["year": String(year)]))),
                DataTable.render(
                    rows, empty: context.t(.activityMoneyUnitNone),
                    columns: [
                        context.t(.activityMoneyWorker), context.t(.activityMoneyBudget),
                        context.t(.activityMoneySpent), context.t(.activityMoneyRemaining),
                    ], name: .heading("activitymoney-table-heading")
                ) { row in
                    .tr(
                        .th(
                            .attribute(named: "scope", value: "row"),
                            .text(
                                "\(row.name) (\(row.roles.map { context.t($0.l10nKey) }.joined(separator: ", ")))"
                            )),
                        .td(.class("number"), .text(money(row.balance.budgetCents))),
                        .td(.class("number"), .text(money(row.balance.spentCents))),
                        .td(.class("number"), .text(money(row.balance.remainingCents))))
                }
            ))
    }
}
