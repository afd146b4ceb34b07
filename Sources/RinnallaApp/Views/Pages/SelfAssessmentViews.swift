import Foundation
import Plot
import RinnallaCore

/// The self-assessment part of the period page, the recording form and one
/// administration's page. The chart is server-made SVG with the same figures in a table.
enum SelfAssessmentViews {
    struct Row: Sendable {
        let id: UUID
        let day: Day
        let stage: String
        let instrumentName: String
        let scores: String
    }

    typealias Form = SelfAssessmentForm

    static func stageLabel(_ raw: String, _ context: PageContext) -> String {
        L10nKey(rawValue: "selfassessment.stage.\(raw)").map { context.t($0) } ?? raw
    }

    static func stageOptions(_ context: PageContext) -> [(value: String, label: String)] {
        SelfAssessmentStage.allCases.map { ($0.rawValue, stageLabel($0.rawValue, context)) }
    }

    /// `70`, `3,5` (fi/sv) or `3.5` (en).
    static func number(_ value: Double, _ context: PageContext) -> String {
        let rounded = (value * 10).rounded() / 10
        var text =
            rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
        if context.language != .en { text = text.replacingOccurrences(of: ".", with: ",") }
        return text.replacingOccurrences(of: "-", with: "−")
    }

    static func signed(_ value: Double, _ context: PageContext) -> String {
        let text = number(abs(value), context)
        if abs(value) < 0.05 { return "0" }
        return (value > 0 ? "+" : "−") + text
    }

    static func scoreSummary(_ scores: [DimensionScore], _ definition: InstrumentDefinition?, _ context: PageContext)
        -> String
    {
        scores.map { score in
            let name = definition?.dimensions.first { $0.id == score.dimensionID }?.name ?? score.dimensionID
            return "\(name) \(number(score.value, context))"
        }.joined(separator: "; ")
    }

    // MARK: Period page section

    static func section(
        _ context: PageContext, periodID: UUID, rows: [Row], comparisons: [SelfAssessmentService.Comparison],
        instruments: [(code: String, name: String)], canWrite: Bool
    ) -> Node<HTML.BodyContext> {
        .section(
            .class("card"), .id("self-assessment"),
            .attribute(named: "aria-labelledby", value: "self-assessment-heading"),
            .h2(.id("self-assessment-heading"), .text(context.t(.selfassessmentTitle))),
            .p(.class("hint"), .text(context.t(.selfassessmentIntro))),
            DataTable.unlessEmpty(rows, empty: context.t(.selfassessmentNone)) {
                .group(
                    .h3(.id("self-assessment-list"), .text(context.t(.selfassessmentList))),
                    DataTable.render(
                        rows,
                        columns: [
                            context.t(.selfassessmentDay), context.t(.selfassessmentStage),
                            context.t(.selfassessmentInstrument), context.t(.selfassessmentScores),
                        ], name: .heading("self-assessment-list")
                    ) { row in
                        .tr(
                            .td(.a(.href(SiteRoute.selfAssessment(row.id).href), .text(row.day.finnish))),
                            .td(.text(stageLabel(row.stage, context))),
                            .td(.text(row.instrumentName)),
                            .td(.text(row.scores)))
                    },
                    .if(
                        comparisons.isEmpty, .p(.class("hint"), .text(context.t(.selfassessmentNeedTwo))),
                        else: .forEach(comparisons) { comparison(context, $0) })
                )
            },
            .if(
                canWrite,
                .if(
                    instruments.isEmpty, .p(.class("hint"), .text(context.t(.selfassessmentNoInstruments))),
                    else: .form(
                        .method(.get), .action(SiteRoute.period(periodID, .newSelfAssessment).href),
                        .id("self-assessment-start"),
                        Components.select(
                            Form.name(.instrument), label: context.t(.selfassessmentInstrument),
                            options: instruments.map { ($0.code, $0.name) }, selected: instruments.first?.code,
                            context),
                        Components.submit(context.t(.selfassessmentRecord), id: "record-self-assessment")
                    ))),
            esisNote(context)
        )
    }

    /// Where a worker would look for the inclusion indicator: why it is not here.
    static func esisNote(_ context: PageContext) -> Node<HTML.BodyContext> {
        .p(
            .class("hint"), .id("esis-not-for-clients"),
            .text(context.t(.selfassessmentEsisNotForClients) + " "),
            .a(.href(SiteRoute.evaluations(.list).href), .text(context.t(.selfassessmentEsisEvaluationsLink))))
    }

    /// Start against latest for one instrument: the chart and, beside it, its data.
    static func comparison(_ context: PageContext, _ comparison: SelfAssessmentService.Comparison) -> Node<
        HTML.BodyContext
    > {
        let startDay = Day(iso: comparison.start.day)?.finnish ?? comparison.start.day
        let laterDay = Day(iso: comparison.later.day)?.finnish ?? comparison.later.day
        let id = "sa-\(comparison.start.id?.uuidString.prefix(8) ?? "x")"
        return .div(
            .h3(
                .id("\(id)-heading"),
                .text(context.t(.selfassessmentCompareTitle, ["instrument": comparison.definition.name]))),
            .div(
                .class("chart-pair"),
                .div(
                    .class("chart"),
                    .raw(
                        chart(
                            comparison.changes, id: id,
                            title: context.t(
                                .selfassessmentChartTitle,
                                ["instrument": comparison.definition.name, "start": startDay, "later": laterDay]),
                            description: context.t(.selfassessmentChartDesc),
                            startLabel: context.t(.selfassessmentStartScore, ["date": startDay]),
                            laterLabel: context.t(.selfassessmentLaterScore, ["date": laterDay]), context))),
                DataTable.scrollRegion(
                    .heading("\(id)-heading"),
                    .table(
                        .thead(
                            .tr(
                                .columnHeader(context.t(.selfassessmentDimension)),
                                .columnHeader(context.t(.selfassessmentStartScore, ["date": startDay])),
                                .columnHeader(context.t(.selfassessmentLaterScore, ["date": laterDay])),
                                .columnHeader(context.t(.selfassessmentChange)))),
                        .tbody(
                            .forEach(comparison.changes) { change in
                                .tr(
                                    // The scale and direction under the name keep the table narrow.
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .span(
                                            .attribute(named: "lang", value: comparison.definition.language),
                                            .text(change.name)),
                                        .br(),
                                        .span(
                                            .class("hint"),
                                            .text(
                                                "\(context.t(.selfassessmentRange)) \(number(change.start.min, context))–\(number(change.start.max, context)), \(directionLabel(change.better, context))"
                                            ))),
                                    .td(.text(number(change.start.value, context))),
                                    .td(.text(number(change.later.value, context))),
                                    .td(
                                        .span(
                                            .class("trend trend-\(change.trend.rawValue)"),
                                            .text(
                                                "\(signed(change.change, context)) (\(trendLabel(change.trend, context)))"
                                            ))))
                            })
                    ))
            )
        )
    }

    static func trendLabel(_ trend: DimensionChange.Trend, _ context: PageContext) -> String {
        switch trend {
        case .improved: context.t(.selfassessmentTrendImproved)
        case .worse: context.t(.selfassessmentTrendWorse)
        case .unchanged: context.t(.selfassessmentTrendUnchanged)
        }
    }

    static func directionLabel(_ direction: InstrumentDefinition.Direction, _ context: PageContext) -> String {
        direction == .higher ? context.t(.selfassessmentBetterHigher) : context.t(.selfassessmentBetterLower)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    /// Horizontal bars, two per dimension, each scaled on the dimension's own range so
    /// dimensions scored differently can share one chart. `role="img"` with title and
    /// description; the table beside it carries the figures for assistive technology.
    static func chart(
        _ changes: [DimensionChange], id: String, title: String, description: String, startLabel: String,
        laterLabel: String, _ context: PageContext
    ) -> String {
        let width = 440.0
        let barLeft = 8.0
        let barMax = 340.0
        let barHeight = 18.0
        let groupHeight = 22.0 + 2 * barHeight + 14
        let legendHeight = 30.0
        let height = legendHeight + Double(changes.count) * groupHeight + 8
        let startColour = "#6b7280"
        let laterColour = "#1d4ed8"
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" aria-labelledby=\"\(id)-title \(id)-desc\" focusable=\"false\">"
        svg += "<title id=\"\(id)-title\">\(escape(title))</title>"
        svg += "<desc id=\"\(id)-desc\">\(escape(description))</desc>"
        // Legend: colour and a text label, so the bars are not told apart by colour alone.
        svg += "<rect x=\"\(barLeft)\" y=\"6\" width=\"14\" height=\"14\" fill=\"\(startColour)\"/>"
        svg += "<text x=\"\(barLeft + 20)\" y=\"18\" font-size=\"13\" fill=\"#111827\">\(escape(startLabel))</text>"
        svg += "<rect x=\"\(barLeft + 200)\" y=\"6\" width=\"14\" height=\"14\" fill=\"\(laterColour)\"/>"
        svg += "<text x=\"\(barLeft + 220)\" y=\"18\" font-size=\"13\" fill=\"#111827\">\(escape(laterLabel))</text>"
        for (index, change) in changes.enumerated() {
            let top = legendHeight + Double(index) * groupHeight
            svg += "<text x=\"\(barLeft)\" y=\"\(top + 15)\" font-size=\"14\" font-weight=\"bold\" fill=\"#111827\">"
            svg += "\(escape(change.name))</text>"
            for (offset, score, colour, label) in [
                (0.0, change.start, startColour, startLabel), (1.0, change.later, laterColour, laterLabel),
            ] {
                let span = score.max - score.min
                let fraction = span > 0 ? Swift.min(Swift.max((score.value - score.min) / span, 0), 1) : 0
                let length = Swift.max(barMax * fraction, 2)
                let y = top + 22 + offset * barHeight
                svg +=
                    "<rect x=\"\(barLeft)\" y=\"\(y)\" width=\"\(String(format: "%.1f", length))\" height=\"\(barHeight - 3)\" fill=\"\(colour)\"><title>\(escape("\(change.name), \(label): \(number(score.value, context))"))</title></rect>"
                svg +=
                    "<text x=\"\(String(format: "%.1f", barLeft + length + 6))\" y=\"\(y + 12)\" font-size=\"12\" fill=\"#111827\">\(escape(number(score.value, context)))</text>"
            }
        }
        svg += "</svg>"
        return svg
    }

    // MARK: Recording form

    static func recordPage(
        _ context: PageContext, periodID: UUID, clientName: String, definition: InstrumentDefinition, form: Form,
        error: FieldError? = nil
    ) -> HTML {
        let title = context.t(.selfassessmentRecordWith, ["instrument": definition.name])
        return Layout.page(
            title: title, context,
            content: .div(
                .class("card"),
                .p(
                    .a(
                        .href(SiteRoute.period(periodID, .show).href(fragment: "self-assessment")),
                        .text("← " + context.t(.commonBack)))),
                .h1(.text(title)),
                .p(.text(clientName)),
                instrumentInfo(context, definition),
                Components.errorSummary(error, context),
                Components.postForm(
                    action: SiteRoute.period(periodID, .selfAssessments).href, context, id: "self-assessment-form",
                    .input(.type(.hidden), .name(Form.name(.instrument)), .value(definition.id)),
                    .div(
                        .class("field-row"),
                        Components.field(
                            Form.name(.day), label: context.t(.selfassessmentDay), value: form.day ?? "",
                            required: true,
                            autocomplete: "off", hint: context.t(.selfassessmentDayHint), error: error, context),
                        Components.select(
                            Form.name(.stage), label: context.t(.selfassessmentStage), options: stageOptions(context),
                            selected: form.stage ?? SelfAssessmentStage.start.rawValue, error: error, context)),
                    .h2(.text(context.t(.selfassessmentAnswers))),
                    .if(
                        definition.language != context.language.rawValue,
                        .p(.class("hint"), .text(context.t(.selfassessmentWordingLanguage)))),
                    .unwrap(definition.question) {
                        .p(.attribute(named: "lang", value: definition.language), .strong(.text($0)))
                    },
                    .unwrap(definition.instruction) {
                        .p(.attribute(named: "lang", value: definition.language), .text($0))
                    },
                    .forEach(Array(definition.items.enumerated())) { index, item in
                        itemFieldset(context, definition, number: index + 1, item: item, form: form, error: error)
                    },
                    Components.submit(context.t(.selfassessmentSave), id: "save-self-assessment")
                )
            ))
    }

    static func instrumentInfo(_ context: PageContext, _ definition: InstrumentDefinition) -> Node<HTML.BodyContext> {
        .group(
            .p(.class("hint"), .text(context.t(.selfassessmentSource, ["source": definition.source]))),
            .if(
                !definition.notes.isEmpty,
                .div(
                    .class("callout"),
                    .h2(.text(context.t(.selfassessmentNotes))),
                    .ul(
                        .attribute(named: "lang", value: definition.language),
                        .forEach(definition.notes) { .li(.text($0)) })
                )))
    }

    /// One item: a fieldset of radio buttons over the scale, its error inside the legend's group.
    static func itemFieldset(
        _ context: PageContext, _ definition: InstrumentDefinition, number: Int, item: InstrumentDefinition.Item,
        form: Form, error: FieldError?
    ) -> Node<HTML.FormContext> {
        let name = Form.name(answer: item.id)
        let hasError = error?.field == name
        return .fieldset(
            .class(hasError ? "field field-error answer" : "field answer"),
            .id("field-\(name)"),
            .attribute(named: "aria-describedby", value: hasError ? "field-\(name)-error" : nil),
            .element(
                named: "legend",
                nodes: [.attribute(named: "lang", value: definition.language), .text("\(number). \(item.text)")]),
            .if(hasError, .p(.class("error-message"), .id("field-\(name)-error"), .text(error?.message ?? ""))),
            .forEach(Array(definition.scale.values)) { value in
                let inputID = "field-\(name)-\(value)"
                let label = definition.scale.label(for: value).map { "\(value) \($0)" } ?? String(value)
                return .div(
                    .class("checkbox"),
                    .input(
                        .type(.radio), .name(name), .id(inputID), .value(String(value)),
                        form.answers[item.id] == String(value) ? .checked(true) : .empty),
                    .label(
                        .attribute(named: "for", value: inputID),
                        .attribute(named: "lang", value: definition.language), .text(label)))
            }
        )
    }

    // MARK: One administration

    static func detailPage(
        _ context: PageContext, record: SelfAssessment, definition: InstrumentDefinition?, clientName: String,
        answers: [String: Int], scores: [DimensionScore]
    ) -> HTML {
        let day = Day(iso: record.day)?.finnish ?? record.day
        let name = definition?.name ?? record.instrumentCode
        let title = context.t(.selfassessmentDetailTitle, ["date": day, "name": name])
        return Layout.page(
            title: title, context,
            content: .div(
                .class("card"),
                .p(
                    .a(
                        .href(SiteRoute.period(record.$period.id, .show).href(fragment: "self-assessment")),
                        .text("← " + context.t(.commonBack)))),
                .h1(.text(title)),
                .p(.text("\(clientName) · \(stageLabel(record.stage, context))")),
                .h2(.id("selfassessment-table-heading"), .text(context.t(.selfassessmentScores))),
                DataTable.render(
                    scores,
                    columns: [
                        context.t(.selfassessmentDimension), context.t(.selfassessmentScores),
                        context.t(.selfassessmentRange),
                    ], name: .heading("selfassessment-table-heading")
                ) { score in
                    let dimension = definition?.dimensions.first { $0.id == score.dimensionID }
                    return .tr(
                        .th(
                            .attribute(named: "scope", value: "row"),
                            .text(dimension?.name ?? score.dimensionID)),
                        .td(.text(number(score.value, context))),
                        .td(
                            .text(
                                "\(number(score.min, context))–\(number(score.max, context))"
                                    + (dimension.map { ", " + directionLabel($0.better, context) } ?? ""))))
                },
                .h2(.id("selfassessment-table2-heading"), .text(context.t(.selfassessmentAnswers))),
                DataTable.render(
                    Array((definition?.items ?? []).enumerated()),
                    columns: [context.t(.selfassessmentItem), context.t(.selfassessmentAnswer)],
                    name: .heading("selfassessment-table2-heading")
                ) { index, item in
                    let answer = answers[item.id]
                    let label = answer.flatMap { definition?.scale.label(for: $0) }
                    return .tr(
                        .td(
                            .attribute(named: "lang", value: definition?.language ?? "fi"),
                            .text("\(index + 1). \(item.text)")),
                        .td(
                            .text(
                                answer.map { value in label.map { "\(value) (\($0))" } ?? String(value) }
                                    ?? "–")))
                },
                .unwrap(definition) {
                    .p(.class("hint"), .text(context.t(.selfassessmentSource, ["source": $0.source])))
                }
            ))
    }
}
