import Foundation
import Plot
import RinnallaCore

/// The decisions section of the period page, the decision form and a decision's own
/// printable page.
enum DecisionViews {
    typealias Form = DecisionForm

    struct Row: Sendable {
        let id: UUID
        let kind: String
        let number: String
        let range: String
        let resolution: String
    }

    static func section(
        _ context: PageContext, periodID: UUID, rows: [Row], form: Form?, isContinuation: Bool, canDecide: Bool,
        error: FieldError? = nil
    ) -> Node<HTML.BodyContext> {
        .section(
            .class("card"), .id("decisions"), .attribute(named: "aria-labelledby", value: "decisions-heading"),
            .h2(.id("decisions-heading"), .text(context.t(.decisionsTitle))),
            DataTable.render(
                rows, empty: context.t(.decisionsNone),
                columns: [
                    context.t(.decisionsNumber), context.t(.decisionsTitle), context.t(.decisionsValidity),
                    context.t(.decisionsResolution),
                ]
            ) { row in
                .tr(
                    .td(.a(.href(SiteRoute.decision(row.id, .show).href), .text(row.number))),
                    .td(
                        .text(
                            L10nKey(rawValue: "decisions.kind.\(row.kind)").map { context.t($0) }
                                ?? row.kind)),
                    .td(.text(row.range)),
                    .td(.text(row.resolution))
                )
            },
            .if(
                canDecide,
                .unwrap(form) { form in
                    .group(
                        .h3(.text(context.t(isContinuation ? .decisionsNewContinuation : .decisionsNew))),
                        Components.errorSummary(error, context),
                        formNode(context, periodID: periodID, form: form, error: error)
                    )
                }),
            .if(canDecide && form == nil && !rows.isEmpty, .p(.class("hint"), .text(context.t(.decisionsPeriodFull))))
        )
    }

    private static func formNode(_ context: PageContext, periodID: UUID, form: Form, error: FieldError?)
        -> Node<HTML.BodyContext>
    {
        Components.postForm(
            action: SiteRoute.period(periodID, .decisions).href(fragment: "decisions"), context, id: "decision-form",
            .div(
                .class("field-row"),
                Components.field(
                    Form.name(.firstDay), label: context.t(.decisionsFirstDay), value: form.firstDay ?? "",
                    required: true,
                    autocomplete: "off", hint: "p.k.vvvv", error: error, context),
                Components.field(
                    Form.name(.lastDay), label: context.t(.decisionsLastDay), value: form.lastDay ?? "", required: true,
                    autocomplete: "off", hint: context.t(.decisionsLastDayHint), error: error, context)),
            .div(
                .class("field-row"),
                Components.field(
                    Form.name(.individualMeetings), label: context.t(.decisionsIndividualMeetings), type: .number,
                    value: form.individualMeetings ?? "", required: true, error: error, context),
                Components.field(
                    Form.name(.groupSessions), label: context.t(.decisionsGroupSessions), type: .number,
                    value: form.groupSessions ?? "", required: true, error: error, context)),
            Components.textarea(
                Form.name(.goals), label: context.t(.decisionsGoals), value: form.goals ?? "", rows: 4, error: error,
                context),
            Components.select(
                Form.name(.resolution), label: context.t(.decisionsResolution),
                options: [
                    ("positive", context.t(.decisionsResolutionPositive)),
                    ("negative", context.t(.decisionsResolutionNegative)),
                ],
                selected: form.resolution ?? "positive", error: error, context),
            Components.select(
                Form.name(.opinionHeard), label: context.t(.decisionsOpinionHeard),
                options: [("true", context.t(.commonYes)), ("false", context.t(.commonNo))],
                selected: form.opinionHeard ?? "true", context),
            Components.field(
                Form.name(.opinionMethod), label: context.t(.decisionsOpinionMethod), value: form.opinionMethod ?? "",
                autocomplete: "off", error: error, context),
            Components.checkbox(
                Form.name(.travelTicket), label: context.t(.decisionsTravelTicket), checked: form.travelTicket),
            .div(
                .class("field-row"),
                Components.select(
                    Form.name(.zones), label: context.t(.decisionsZones),
                    options: DecisionTexts.zones.map { ($0, $0) }, selected: form.zones ?? "AB", error: error, context),
                Components.select(
                    Form.name(.discount), label: context.t(.decisionsDiscount),
                    options: [("", context.t(.decisionsNoDiscount))] + DecisionTexts.discounts.map { ($0, $0) },
                    selected: form.discount ?? "", error: error, context)),
            Components.textarea(
                Form.name(.text), label: context.t(.decisionsText), value: form.text ?? "", rows: 14,
                hint: context.t(.decisionsTextHint), error: error, context),
            .div(
                .class("button-row"),
                .button(
                    .type(.submit), .name("action"), .value("preview"), .class("button secondary"),
                    .id("preview-decision"),
                    .text(context.t(.decisionsPreview))),
                .button(
                    .type(.submit), .name("action"), .value("save"), .class("button"), .id("save-decision"),
                    .text(context.t(.decisionsSave))))
        )
    }

    struct Page: Sendable {
        let id: UUID
        let periodID: UUID
        let kind: String
        let number: String
        let range: String
        let clientName: String
        let text: String
        let madeBy: String
        let madeAt: Date?
    }

    static func page(_ context: PageContext, _ model: Page) -> HTML {
        let title = L10nKey(rawValue: "decisions.kind.\(model.kind)").map { context.t($0) } ?? model.kind
        return Layout.page(
            title: "\(title) \(model.number)", context, bodyClass: "document",
            content: .article(
                .class("card document"),
                .p(
                    .class("no-print"),
                    .a(
                        .href(SiteRoute.period(model.periodID, .show).href(fragment: "decisions")),
                        .text("← " + context.t(.commonBack)))),
                .h1(.text(title)),
                .dl(
                    .class("details"),
                    .dt(.text(context.t(.clientName))), .dd(.text(model.clientName)),
                    .dt(.text(context.t(.decisionsNumber))), .dd(.text(model.number)),
                    .if(
                        model.kind != Decision.Kind.rehabilitation.rawValue,
                        .group(
                            .dt(.text(context.t(.decisionsLegalBasis))), .dd(.text(AllowanceDecisionText.legalBasis)))),
                    .dt(.text(context.t(.decisionsValidity))), .dd(.text(model.range)),
                    .dt(.text(context.t(.decisionsMadeBy))),
                    .dd(.text(model.madeBy + (model.madeAt.map { ", " + context.date($0) } ?? "")))),
                .div(
                    .class("decision-text"),
                    .forEach(model.text.components(separatedBy: "\n")) { line in
                        line.isEmpty ? .br() : .p(.text(line))
                    }),
                .p(.class("hint no-print"), .text(context.t(.decisionsReadOnly))),
                .p(
                    .class("no-print"),
                    .a(
                        .class("button"), .id("print-decision"), .href(SiteRoute.decision(model.id, .print).href),
                        .text(context.t(.decisionsPrint))))
            ))
    }
}
