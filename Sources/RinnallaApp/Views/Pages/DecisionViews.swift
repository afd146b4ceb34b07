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
        _ context: PageContext, periodID: UUID, rows: [Row], form: Form?, language: DecisionLanguage,
        isContinuation: Bool, canDecide: Bool, error: FieldError? = nil
    ) -> Node<HTML.BodyContext> {
        .section(
            .class("card"), .id("decisions"), .attribute(named: "aria-labelledby", value: "decisions-heading"),
            .h2(.id("decisions-heading"), .text(context.t(.decisionsTitle))),
            DataTable.render(
                rows, empty: context.t(.decisionsNone),
                columns: [
                    context.t(.decisionsNumber), context.t(.decisionsTitle), context.t(.decisionsValidity),
                    context.t(.decisionsResolution),
                ], name: .heading("decisions-heading")
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
                        // Which official language the texts will be in, before anything is saved (issue 15).
                        .p(
                            .class("hint"), .id("decision-language"),
                            .text(
                                context.t(
                                    .decisionsLanguageUsed,
                                    [
                                        "language": context.t(
                                            language == .sv ? .decisionsLanguageSv : .decisionsLanguageFi)
                                    ]))),
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
                    .type(.submit), .name(Form.name(.action)), .value(DecisionForm.Action.preview.rawValue),
                    .class("button secondary"),
                    .id("preview-decision"),
                    .text(context.t(.decisionsPreview))),
                .button(
                    .type(.submit), .name(Form.name(.action)), .value(DecisionForm.Action.save.rawValue),
                    .class("button"), .id("save-decision"),
                    .text(context.t(.decisionsSave))))
        )
    }

    /// A decision as an official document: the handbook's text inside the frame an
    /// administrative decision needs, all in the decision's language (issue 15).
    struct Page: Sendable {
        let id: UUID
        let periodID: UUID
        let kind: DecisionDocument.Kind
        let rawKind: String
        let number: String
        let language: DecisionLanguage
        let range: DayRange?
        let decidedAt: Date?
        let isGranted: Bool
        /// The number of the decision this one corrects.
        let replaces: String?
        let clientName: String
        let identityCode: String?
        let birthDate: Day?
        let text: String
        let makerName: String
        let makerEmail: String
        let frame: DecisionFrameSettings
        /// The viewer may confirm the frame (an administrator), so the refusal links there.
        let canConfirm: Bool
    }

    static func page(_ context: PageContext, _ model: Page) -> HTML {
        let labels = DecisionDocument.labels(model.language)
        let title = DecisionDocument.title(model.kind, model.language)
        let printable = model.frame.isConfirmed
        let languageName = context.t(model.language == .sv ? .decisionsLanguageSv : .decisionsLanguageFi)
        let rootAttributes: KeyValuePairs<String, String> =
            printable
            ? [
                "data-print-header": DecisionDocument.pageHeader(number: model.number, model.language),
                "data-page-label": labels.page,
            ] : [:]
        let documentClass =
            printable ? "card document decision-document" : "card document decision-document unconfirmed"
        let back = SiteRoute.period(model.periodID, .show).href(fragment: "decisions")
        let nav: Node<HTML.BodyContext> = .div(
            .class("no-print"),
            .p(.a(.href(back), .text("← " + context.t(.commonBack)))),
            .p(.text(context.t(.decisionsDocumentLanguage, ["language": languageName]))))
        let document: Node<HTML.BodyContext> = .article(
            .class(documentClass),
            .attribute(named: "lang", value: model.language.rawValue),
            header(model, title: title),
            frame(model, labels: labels),
            .div(
                .class("decision-text"),
                .forEach(model.text.components(separatedBy: "\n")) { line in
                    line.isEmpty ? .br() : .p(.text(line))
                }),
            parts(model, labels: labels))
        let after: Node<HTML.BodyContext> = .group(
            .p(.class("hint no-print"), .text(context.t(.decisionsReadOnly))),
            .p(
                .class("no-print"),
                .a(
                    .href(SiteRoute.decision(model.id, .english).href), .id("english-copy"),
                    .attribute(named: "hreflang", value: "en"), .text(context.t(.decisionsEnglishCopy)))),
            .if(
                printable,
                .p(
                    .class("no-print"),
                    .a(
                        .class("button"), .id("print-decision"), .href(SiteRoute.decision(model.id, .print).href),
                        .text(context.t(.decisionsPrint))))))
        return Layout.page(
            title: "\(title) \(model.number)", context, bodyClass: "document", rootAttributes: rootAttributes,
            content: .group(nav, .if(!printable, blocked(context, canConfirm: model.canConfirm)), document, after))
    }

    private static func header(_ model: Page, title: String) -> Node<HTML.BodyContext> {
        let texts = model.frame.texts(model.language)
        return .header(
            .class("decision-header"),
            .div(
                .class("decision-organisation"),
                .p(.strong(.text(texts.organisation))),
                .if(!texts.unit.isEmpty, .p(.text(texts.unit)))),
            .h1(.text(title)))
    }

    /// Number, date, client, legal basis, validity and result.
    private static func frame(_ model: Page, labels: DecisionDocument.Labels) -> Node<HTML.BodyContext> {
        var rows: [(String, String)] = [
            (labels.decisionNumber, model.number),
            (labels.decisionDate, model.decidedAt.map { Day($0).finnish } ?? ""),
            (labels.client, model.clientName),
        ]
        if let code = model.identityCode {
            rows.append((labels.identityCode, code))
        } else if let day = model.birthDate {
            rows.append((labels.birthDate, day.finnish))
        }
        rows.append((labels.legalBasis, DecisionDocument.legalBasis(model.kind, model.language)))
        let validity = model.range.map { "\($0.first.finnish) - \($0.last.finnish)" } ?? ""
        rows.append((labels.validity, validity))
        rows.append((labels.result, model.isGranted ? labels.positiveResult : labels.negativeResult))
        if let replaces = model.replaces { rows.append((labels.replaces, replaces)) }
        return .dl(
            .class("details decision-frame"),
            .forEach(rows) { row -> Node<HTML.DescriptionListContext> in
                .group(.dt(.text(row.0)), .dd(.text(row.1)))
            })
    }

    /// The decision-maker, further information, service and the review instructions.
    private static func parts(_ model: Page, labels: DecisionDocument.Labels) -> Node<HTML.BodyContext> {
        let texts = model.frame.texts(model.language)
        let maker: String = [model.makerName, texts.makerTitle].filter { !$0.isEmpty }.joined(separator: ", ")
        let contactParts: [String] = [model.makerName, texts.makerTitle, model.frame.phone, model.makerEmail]
        let contact: String = contactParts.filter { !$0.isEmpty }.joined(separator: ", ")
        let address: String = texts.reviewAddress.replacingOccurrences(of: "\n", with: ", ")
        return .group(
            .section(.class("decision-part"), .h2(.text(labels.decisionMaker)), .p(.text(maker))),
            .section(.class("decision-part"), .h2(.text(labels.moreInformation)), .p(.text(contact))),
            .section(.class("decision-part"), .h2(.text(labels.service)), paragraphs(texts.service)),
            .section(
                .class("decision-part decision-review"),
                .h2(.text(labels.reviewHeading)),
                .p(.text("\(labels.reviewBody): \(texts.reviewBody)")),
                .p(.text("\(labels.reviewAddress): \(address)")),
                paragraphs(texts.reviewInstructions)))
    }

    /// The unofficial English courtesy copy: marked so at the top and on every printed page.
    static func englishCopy(
        _ context: PageContext, id: UUID, kind: DecisionDocument.Kind, number: String, range: DayRange,
        clientName: String, text: String
    ) -> HTML {
        let title = DecisionCourtesyCopy.title(kind)
        return Layout.page(
            title: "\(title) \(number)", context, bodyClass: "document",
            rootAttributes: [
                "data-print-header": DecisionCourtesyCopy.pageHeader(number: number),
                "data-page-label": DecisionCourtesyCopy.pageLabel,
            ],
            content: .group(
                .p(
                    .class("no-print"),
                    .a(.href(SiteRoute.decision(id, .show).href), .text("← " + context.t(.commonBack)))),
                .article(
                    .class("card document decision-document courtesy-copy"), .attribute(named: "lang", value: "en"),
                    .p(.class("print-blocked"), .id("courtesy-notice"), .strong(.text(DecisionCourtesyCopy.notice))),
                    .h1(.text(title)),
                    .dl(
                        .class("details decision-frame"),
                        .dt(.text("Decision number")), .dd(.text(number)),
                        .dt(.text("Client")), .dd(.text(clientName)),
                        .dt(.text("Legal basis")), .dd(.text(DecisionCourtesyCopy.legalBasis(kind))),
                        .dt(.text("Valid")), .dd(.text("\(range.first.finnish) - \(range.last.finnish)"))),
                    .div(
                        .class("decision-text"),
                        .forEach(text.components(separatedBy: "\n")) { line in
                            line.isEmpty ? .br() : .p(.text(line))
                        }))
            ))
    }

    /// Why the decision cannot be printed yet; shown on screen and in place of the document on paper.
    static func blocked(_ context: PageContext, canConfirm: Bool) -> Node<HTML.BodyContext> {
        .div(
            .class("print-blocked"), .id("print-blocked"), .attribute(named: "role", value: "status"),
            .p(.text(context.t(.decisionsPrintBlocked))),
            canConfirm
                ? .p(
                    .class("no-print"),
                    .a(.href(SiteRoute.admin(.decisionSettings).href), .text(context.t(.decisionsPrintBlockedAdmin))))
                : .p(.text(context.t(.decisionsPrintBlockedAsk))))
    }

    /// The refusal page of the print route.
    static func printRefused(_ context: PageContext, periodID: UUID, canConfirm: Bool) -> HTML {
        Layout.page(
            title: context.t(.decisionsPrint), context,
            content: .group(
                .p(
                    .a(
                        .href(SiteRoute.period(periodID, .show).href(fragment: "decisions")),
                        .text("← " + context.t(.commonBack)))),
                .h1(.text(context.t(.decisionsPrint))),
                blocked(context, canConfirm: canConfirm)))
    }

    /// Blank lines part paragraphs; single line breaks stay inside one.
    private static func paragraphs(_ text: String) -> Node<HTML.BodyContext> {
        .forEach(text.components(separatedBy: "\n\n").filter { !$0.isEmpty }) { paragraph -> Node<HTML.BodyContext> in
            .p(
                .forEach(Array(paragraph.components(separatedBy: "\n").enumerated())) {
                    (index, line) -> Node<HTML.BodyContext> in
                    index == 0 ? .text(line) : .group(.br(), .text(line))
                })
        }
    }
}
