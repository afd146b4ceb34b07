import Foundation
import Plot
import RinnallaCore

/// Staff entry of paper forms in batches: one row per paper form — the ten answers as
/// digits 1–5 (empty = left unanswered), the background answers and the pairing code.
enum InclusionPaperEntryViews {
    typealias Form = PaperEntryForm
    typealias Row = InclusionResponseService.Submission

    static func page(
        _ context: PageContext, round: InclusionRound, evaluation: InclusionEvaluation, rows: [Row],
        selfCompleted: Bool, note: String, error: FieldError?
    ) -> HTML {
        let roundID = round.id ?? .pattern
        let title = context.t(.surveyPaperEntryTitle, ["round": round.name, "evaluation": evaluation.name])
        return Layout.page(
            title: title, context,
            content: .group(
                InclusionRoundViews.nav(context, round: round),
                .h1(.text(title)),
                .p(.text(context.t(.surveyPaperEntryIntro))),
                .p(
                    .class("guide"), .attribute(named: "lang", value: "fi"),
                    .element(named: "q", text: InclusionIndicator.Guidance.selfCompletion)),
                .details(
                    .summary(.text(context.t(.surveyPaperEntryStatements))),
                    .ol(
                        .attribute(named: "lang", value: "fi"),
                        .forEach(InclusionIndicator.statements) { .li(.text($0)) }),
                    .p(
                        .attribute(named: "lang", value: "fi"),
                        .text(
                            InclusionIndicator.options.map { "\($0.value) = \($0.text)" }.joined(separator: ", ")))),
                Components.errorSummary(error, context),
                Components.postForm(
                    action: SiteRoute.round(roundID, .paperEntry).href, context, id: "paper-entry-form",
                    DataTable.scrollRegion(
                        .caption(context.t(.surveyPaperEntryTable)),
                        .table(
                            .class("data-table paper-entry"),
                            .caption(.text(context.t(.surveyPaperEntryTable))),
                            .thead(
                                .tr(
                                    .columnHeader(context.t(.surveyPaperEntryRow)),
                                    .forEach(1...InclusionIndicator.statementCount) { number in
                                        .th(.attribute(named: "scope", value: "col"), .text("\(number)."))
                                    },
                                    .columnHeader(context.t(.inclusionBackgroundGender)),
                                    .columnHeader(context.t(.inclusionBackgroundAgeGroup)),
                                    .columnHeader(context.t(.inclusionBackgroundLabourStatus)),
                                    .columnHeader(context.t(.fieldPairingCode)))),
                            .tbody(
                                .forEach(Array(rows.enumerated())) { index, row in
                                    rowNode(context, index: index + 1, row: row, error: error)
                                }))),
                    .input(.type(.hidden), .name(Form.name(.rows)), .value("\(rows.count)")),
                    Components.textarea(
                        Form.name(.note), label: context.t(.fieldNote), value: note, rows: 2,
                        hint: context.t(.surveyPaperEntryNoteHint), error: error, context),
                    .div(
                        .class(error?.field == Form.name(.selfCompleted) ? "field field-error" : "field"),
                        .id("field-\(Form.name(.selfCompleted))-wrap"),
                        Components.checkbox(
                            Form.name(.selfCompleted), label: context.t(.surveyPaperEntrySelfCompleted),
                            checked: selfCompleted)),
                    Components.submit(context.t(.surveyPaperEntrySubmit), id: "paper-entry-submit")),
                .p(
                    .class("no-print"),
                    .a(
                        .href(
                            SiteRoute.round(roundID, .paperEntry).href([
                                Form.name(.rows): "\(min(rows.count + 10, Form.maxRows))"
                            ])),
                        .text(context.t(.surveyPaperEntryMoreRows))))
            ))
    }

    static func rowNode(_ context: PageContext, index: Int, row: Row, error: FieldError?) -> Node<HTML.TableContext> {
        let pairingCode = Form.name(row: index, Row.name(.pairingCode))
        func select(_ question: InclusionBackgroundQuestion, _ name: Row.CodingKeys, _ selected: String?) -> Node<
            HTML.TableRowContext
        > {
            let field = Form.name(row: index, Row.name(name))
            let selected = selected ?? ""
            return .td(
                .select(
                    .attribute(named: "name", value: field), .id("field-\(field)"),
                    .attribute(
                        named: "aria-label",
                        value:
                            "\(context.t(.surveyPaperEntryRow)) \(index): \(context.t(InclusionLabels.question(question)))"
                    ),
                    Components.optionNode(value: "", label: "–", selected: selected.isEmpty),
                    .forEach(question.answers) { answer in
                        Components.optionNode(
                            value: answer, label: context.t(InclusionLabels.answer(question, answer)),
                            selected: answer == selected)
                    }))
        }
        return .tr(
            .th(.attribute(named: "scope", value: "row"), .text("\(index)")),
            .forEach(Array(row.answers.enumerated())) { number, value in
                let field = Form.name(row: index, Row.name(statement: number + 1))
                return .td(
                    .input(
                        .type(.text), .name(field), .id("field-\(field)"), .value(value ?? ""),
                        .class(error?.field == field ? "answer-cell input-error" : "answer-cell"),
                        .attribute(named: "inputmode", value: "numeric"), .attribute(named: "maxlength", value: "1"),
                        .attribute(named: "size", value: "1"), .attribute(named: "autocomplete", value: "off"),
                        .attribute(
                            named: "aria-label",
                            value: context.t(.surveyPaperEntryCell, ["row": "\(index)", "number": "\(number + 1)"])),
                        .attribute(named: "aria-invalid", value: error?.field == field ? "true" : nil)))
            },
            select(.gender, .gender, row.gender),
            select(.ageGroup, .ageGroup, row.ageGroup),
            select(.labourStatus, .labourStatus, row.labourStatus),
            .td(
                .input(
                    .type(.text), .name(pairingCode), .id("field-\(pairingCode)"),
                    .value(row.pairingCode ?? ""), .attribute(named: "autocomplete", value: "off"),
                    .attribute(named: "size", value: "8"),
                    .attribute(
                        named: "aria-label",
                        value: "\(context.t(.surveyPaperEntryRow)) \(index): \(context.t(.fieldPairingCode))"))))
    }
}
