import Foundation
import Plot
import RinnallaCore

enum AllowanceViews {
    static func section(
        _ context: PageContext, periodID: UUID, months: [AllowanceService.Month], canDecide: Bool,
        error: FieldError? = nil
    ) -> Node<HTML.BodyContext> {
        .section(
            .class("card"), .id("allowance"), .attribute(named: "aria-labelledby", value: "allowance-heading"),
            .h2(.id("allowance-heading"), .text(context.t(.allowanceTitle))),
            .p(.class("hint"), .text(context.t(.allowanceIntro))),
            Components.errorSummary(error, context),
            DataTable.unlessEmpty(months, empty: context.t(.allowanceNone)) {
                DataTable.scrollRegion(
                    .heading("allowance-heading"),
                    .table(
                        .thead(
                            .tr(
                                .columnHeader(context.t(.allowanceMonth)),
                                .columnHeader(context.t(.allowanceDays)),
                                .columnHeader(context.t(.allowanceExcluded)),
                                .columnHeader(context.t(.allowanceSum)),
                                .columnHeader(context.t(.allowanceState))
                            )),
                        .tbody(
                            .forEach(months) { month in
                                .tr(
                                    .td(.text(month.result.month.finnish)),
                                    .td(
                                        .text(
                                            month.result.activityDays.isEmpty
                                                ? "–" : AllowanceDecisionText.dayList(month.result.activityDays))),
                                    .td(
                                        .text(
                                            month.result.excluded.map {
                                                "\($0.day.finnishWithoutYear) (\(L10nKey(rawValue: "allowance.reason.\($0.reason.rawValue)").map { context.t($0) } ?? ""))"
                                            }.joined(separator: ", "))),
                                    .td(.text(Formatting.money(cents: month.result.totalCents, context.language))),
                                    .td(state(context, periodID: periodID, month: month, canDecide: canDecide))
                                )
                            })
                    ))
            }
        )
    }

    private static func state(
        _ context: PageContext, periodID: UUID, month: AllowanceService.Month, canDecide: Bool
    ) -> Node<HTML.BodyContext> {
        if let decided = month.decided, let id = decided.id {
            return .group(
                .a(
                    .href(SiteRoute.decision(id, .show).href),
                    .text(context.t(.allowanceDecided, ["number": decided.number]))),
                .forEach(month.corrections) { correction in
                    .group(
                        .br(),
                        .a(
                            .href(SiteRoute.decision(correction.id ?? .pattern, .show).href),
                            .text(context.t(.allowanceDecided, ["number": correction.number]))))
                },
                .if(
                    month.changedSinceDecision,
                    .group(.br(), .strong(.class("warning-text"), .text(context.t(.allowanceChangedSinceDecision))))),
                .if(canDecide, button(context, periodID: periodID, month: month, correct: true)))
        }
        if !month.isPast { return .text(context.t(.allowanceNotYet)) }
        if month.result.activityDays.isEmpty { return .text(context.t(.allowanceNoDays)) }
        return canDecide ? button(context, periodID: periodID, month: month, correct: false) : .text("–")
    }

    private static func button(
        _ context: PageContext, periodID: UUID, month: AllowanceService.Month, correct: Bool
    ) -> Node<HTML.BodyContext> {
        Components.postForm(
            action: SiteRoute.period(periodID, .allowances).href(fragment: "allowance"), context, class: "inline-form",
            .input(.type(.hidden), .name(AllowanceForm.name(.month)), .value(month.result.month.first.finnish)),
            .if(
                correct,
                .input(.type(.hidden), .name(AllowanceForm.name(.correct)), .value(AllowanceForm.correctionValue))),
            .button(
                .type(.submit), .class(correct ? "link-button" : "button secondary"),
                .attribute(
                    named: "aria-label",
                    value: "\(context.t(correct ? .allowanceCorrect : .allowanceDecide)) \(month.result.month.finnish)"),
                .text(context.t(correct ? .allowanceCorrect : .allowanceDecide))))
    }

    struct PaymentRow: Sendable {
        let decisionID: UUID
        let number: String
        let clientName: String
        let range: String
        let amountCents: Int
        let corrects: String?
    }

    static func payments(
        _ context: PageContext, unitID: UUID, unitName: String, month: String, rows: [PaymentRow]
    ) -> HTML {
        let title = context.t(.paymentsTitle, ["unit": unitName])
        return Layout.page(
            title: title, context,
            content: .group(
                .h1(.id("payments-heading"), .text(title)),
                .p(.text(context.t(.paymentsIntro))),
                .form(
                    .method(.get), .action(SiteRoute.unit(unitID, .allowances).href), .class("inline-form"),
                    Components.field(
                        PaymentsMonthForm.name(.month), label: context.t(.paymentsMonthLabel), value: month,
                        autocomplete: "off", context),
                    Components.submit(context.t(.paymentsShow), id: "show-month", class: "button secondary")),
                DataTable.unlessEmpty(rows, empty: context.t(.paymentsNone)) {
                    DataTable.scrollRegion(
                        .heading("payments-heading"),
                        .table(
                            .thead(
                                .tr(
                                    .columnHeader(context.t(.decisionsNumber)),
                                    .columnHeader(context.t(.paymentsClient)),
                                    .columnHeader(context.t(.paymentsPeriod)),
                                    .columnHeader(context.t(.allowanceSum))
                                )),
                            .tbody(
                                .forEach(rows) { row in
                                    .tr(
                                        .td(
                                            .a(
                                                .href(SiteRoute.decision(row.decisionID, .show).href), .text(row.number)
                                            ),
                                            .unwrap(row.corrects) {
                                                .group(
                                                    .br(), .small(.text(context.t(.paymentsCorrects, ["number": $0]))))
                                            }),
                                        .td(.text(row.clientName)),
                                        .td(.text(row.range)),
                                        .td(
                                            .class("number"),
                                            .text(Formatting.money(cents: row.amountCents, context.language)))
                                    )
                                }),
                            .tfoot(
                                .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .attribute(named: "colspan", value: "3"),
                                        .text(context.t(.paymentsTotal))),
                                    .td(
                                        .class("number"),
                                        .text(
                                            Formatting.money(
                                                cents: rows.reduce(0) { $0 + $1.amountCents }, context.language)))
                                ))
                        ))
                }
            ))
    }
}
