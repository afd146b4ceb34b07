import Foundation
import Plot
import RinnallaCore

/// A unit's evidence of an operating model (issue 17): the model drawn with each core
/// element and outcome coloured by its latest quarter (with the band as text, never
/// colour alone), then every indicator's definition, chart and table over four quarters.
enum EvidenceViews {
    static func kindTitle(_ kind: EvidenceIndicator.Kind) -> L10nKey {
        kind == .fidelity ? .evidenceFidelity : .evidenceOutcomes
    }

    /// A unit's three evidence pages, for the dashboard and the logic model pages.
    static func links(_ context: PageContext, unitID: UUID, period: ReportingPeriod? = nil) -> Node<HTML.BodyContext> {
        .nav(
            .class("evidence-links no-print"), .attribute(named: "aria-label", value: context.t(.evidenceUnitsHeading)),
            .h2(.text(context.t(.evidenceUnitsHeading))),
            .ul(
                .forEach(OperatingModel.allCases) { model in
                    let route = SiteRoute.unit(unitID, .evidence(model))
                    return .li(
                        .a(
                            .id("evidence-\(model.rawValue)-\(unitID.uuidString.prefix(8))"),
                            .href(period.map { DashboardViews.href(route, period: $0) } ?? route.href),
                            .text(context.t(model.title))))
                }))
    }

    static func page(_ context: PageContext, _ evidence: UnitEvidence) -> HTML {
        let model = LogicModels.model(evidence.model)
        let modelTitle = context.t(evidence.model.title)
        let title = context.t(.evidenceUnitTitle, ["model": modelTitle, "unit": evidence.unitName])
        let latest = evidence.latest.quarter
        return Layout.page(
            title: title, context, bodyClass: "evidence-page",
            content: .group(
                .p(
                    .class("no-print"),
                    .a(.href(SiteRoute.logicModel(evidence.model).href), .text(context.t(.evidenceBackToModel)))),
                .h1(.text(title)),
                .p(
                    .text(
                        context.t(
                            .evidenceIntro,
                            [
                                "first": DashboardText.period(evidence.quarters[0].quarter, context.language),
                                "last": DashboardText.period(latest, context.language),
                                "threshold": String(evidence.threshold),
                            ]))),
                navigation(context, evidence),
                diagram(context, evidence, model),
                section(context, evidence, kind: .fidelity),
                section(context, evidence, kind: .outcome),
                feedback(context, evidence),
                channels(context, evidence)
            ))
    }

    private static func navigation(_ context: PageContext, _ evidence: UnitEvidence) -> Node<HTML.BodyContext> {
        let latest = evidence.latest.quarter
        func link(_ period: ReportingPeriod, _ page: SiteRoute.UnitPage, format: InclusionCSV.Format? = nil) -> String {
            DashboardViews.href(.unit(evidence.unitID, page), period: period, format: format)
        }
        return .nav(
            .class("period-nav no-print"), .attribute(named: "aria-label", value: context.t(.evidenceQuarters)),
            .ul(
                .unwrap(latest.previous) { previous in
                    .li(
                        .a(
                            .id("evidence-previous"), .href(link(previous, .evidence(evidence.model))),
                            .text(context.t(.evidencePrevious))))
                },
                .unwrap(latest.next) { next in
                    .li(
                        .a(
                            .id("evidence-next"), .href(link(next, .evidence(evidence.model))),
                            .text(context.t(.evidenceNext))))
                },
                .li(
                    .a(
                        .id("evidence-csv"),
                        .href(link(latest, .evidenceExport(evidence.model))), .text(context.t(.evidenceCsv))))
            ))
    }

    /// The seed's five columns; the core elements and outcomes carry their band.
    private static func diagram(_ context: PageContext, _ evidence: UnitEvidence, _ model: LogicModel)
        -> Node<HTML.BodyContext>
    {
        .section(
            .attribute(named: "aria-labelledby", value: "evidence-diagram-heading"),
            .h2(
                .id("evidence-diagram-heading"),
                .text(
                    context.t(
                        .evidenceDiagram, ["quarter": DashboardText.period(evidence.latest.quarter, context.language)]
                    ))),
            .ol(
                .class("logic-model evidence-model"), .id("evidence-diagram"),
                .forEach(LogicModelColumn.allCases) { column in
                    .li(
                        .class("logic-model-column"), .id("evidence-column-\(column.rawValue)"),
                        .h3(.text(context.t(column.title))),
                        .ul(
                            .forEach(model.items(column)) { item in
                                let band = band(evidence, column: column, item: item.id)
                                return .li(
                                    .unwrap(band) { .class("band band-\($0.rawValue)") },
                                    .unwrap(band) { _ in .id("band-\(item.id)") },
                                    .span(.class("item-text"), .text(context.t(item.text))),
                                    .unwrap(band) { band in
                                        .span(.class("band-label"), .text(context.t(band.title)))
                                    },
                                    .unwrap(evidence.ratings[item.id]) { rating in
                                        .span(
                                            .class("band-label self-rating"), .id("self-rating-\(item.id)"),
                                            .text(
                                                context.t(.evidenceSelfRating, ["year": String(rating.year)]) + " "
                                                    + context.t(rating.rating.l10nKey)))
                                    })
                            }))
                }),
            legend(context),
            .div(
                .class("logic-model-adaptations"), .id("evidence-adaptations"),
                .h3(.text(context.t(.logicModelUnitAdaptationsHeading))),
                DataTable.unlessEmpty(evidence.adaptations, empty: context.t(.logicModelUnitAdaptationsNone)) {
                    .ul(.forEach(evidence.adaptations) { .li(.text("\($0.day.finnish): \($0.text)")) })
                },
                .p(
                    .class("no-print"),
                    .a(
                        .id("evidence-own-page"),
                        .href(SiteRoute.unit(evidence.unitID, .logicModel(evidence.model)).href),
                        .text(context.t(.evidenceOwnPage)))))
        )
    }

    /// Only core elements and outcomes are measured; the other columns are the frame.
    private static func band(_ evidence: UnitEvidence, column: LogicModelColumn, item: String) -> EvidenceBand? {
        switch column {
        case .coreElements, .outcomes: evidence.bands[item] ?? .notMeasured
        default: nil
        }
    }

    private static func legend(_ context: PageContext) -> Node<HTML.BodyContext> {
        .div(
            .class("evidence-legend"),
            .h3(.id("evidence-legend-heading"), .text(context.t(.evidenceLegend))),
            .p(
                .class("hint"),
                .text(
                    context.t(
                        .evidenceLegendNote,
                        ["high": String(EvidenceBand.highFrom), "middle": String(EvidenceBand.middleFrom)]))),
            .ul(
                .attribute(named: "aria-labelledby", value: "evidence-legend-heading"),
                .forEach(EvidenceBand.allCases) { band in
                    .li(
                        .class("band band-\(band.rawValue)"),
                        .span(.class("band-label"), .text(context.t(band.title))))
                })
        )
    }

    private static func section(_ context: PageContext, _ evidence: UnitEvidence, kind: EvidenceIndicator.Kind)
        -> Node<HTML.BodyContext>
    {
        let indicators = evidence.indicators.filter { $0.kind == kind }
        let logic = LogicModels.model(evidence.model)
        let told = evidence.feedback.compactMap { $0.question.feedbackTopic?.outcome(in: evidence.model) }
        let measured = Set(indicators.flatMap { $0.items(in: evidence.model) } + told)
        let unmeasured = kind == .outcome ? logic.outcomes.filter { !measured.contains($0.id) } : []
        return .section(
            .id("evidence-\(kind.rawValue)"),
            .attribute(named: "aria-labelledby", value: "evidence-\(kind.rawValue)-heading"),
            .h2(.id("evidence-\(kind.rawValue)-heading"), .text(context.t(kindTitle(kind)))),
            .forEach(indicators) { indicator($0, context, evidence) },
            .if(
                !unmeasured.isEmpty,
                .div(
                    .id("evidence-not-measured"),
                    .h3(.text(context.t(.evidenceNotMeasuredHeading))),
                    .p(.class("hint"), .text(context.t(.evidenceNotMeasuredNote))),
                    .ul(.forEach(unmeasured) { .li(.text(context.t($0.text))) })))
        )
    }

    private static func indicator(_ indicator: EvidenceIndicator, _ context: PageContext, _ evidence: UnitEvidence)
        -> Node<HTML.BodyContext>
    {
        let language = context.language
        let id = "indicator-\(indicator.rawValue)"
        let rows = zip(evidence.quarters, evidence.values).compactMap { quarter, values in
            values[indicator].map { (quarter: quarter.quarter, value: $0) }
        }
        let counts = rows.compactMap { row -> Int? in
            if case .count(let count) = row.value { return count.shownValue }
            return nil
        }
        let scale = Double(max(counts.max() ?? 1, 1))
        let bars = rows.map { row in
            switch row.value {
            case .share(let share):
                BarChart.Bar(
                    label: shortQuarter(row.quarter), fraction: share.percent.map { Double($0) / 100 },
                    valueText: share.percent.map { "\($0) %" } ?? "–")
            case .count(let count):
                BarChart.Bar(
                    label: shortQuarter(row.quarter), fraction: count.shownValue.map { Double($0) / scale },
                    valueText: count.shownValue.map(String.init) ?? "–")
            }
        }
        let items = indicator.items(in: evidence.model).compactMap { item in
            itemTitle(evidence.model, item).map { context.t($0) }
        }
        return .div(
            .class("evidence-indicator"), .id(id),
            .h3(.id("\(id)-heading"), .text(context.t(indicator.title))),
            .p(.class("evidence-items"), .text(context.t(.evidenceSpeaksTo, ["items": items.joined(separator: "; ")]))),
            .p(.class("evidence-definition"), .text(context.t(indicator.definition))),
            chartAndTable(
                bars, id: id, title: context.t(indicator.title), description: context.t(indicator.definition),
                DataTable.render(
                    rows,
                    columns: indicator.isCount
                        ? [context.t(.evidenceColQuarter), context.t(.evidenceColCount), context.t(.evidenceColBand)]
                        : [
                            context.t(.evidenceColQuarter), context.t(.evidenceColPart), context.t(.evidenceColWhole),
                            context.t(.evidenceColPercent), context.t(.evidenceColBand),
                        ],
                    name: .heading("\(id)-heading"), id: "\(id)-table"
                ) { row in
                    let quarter = Node<HTML.TableRowContext>.th(
                        .attribute(named: "scope", value: "row"), .text(DashboardText.period(row.quarter, language)))
                    let band = Node<HTML.TableRowContext>.td(.text(context.t(row.value.band.title)))
                    switch row.value {
                    case .share(let share):
                        return .tr(
                            quarter, .td(.class("number"), .text(DashboardText.count(share.part, language))),
                            .td(.class("number"), .text(DashboardText.count(share.whole, language))),
                            .td(.class("number"), .text(share.percent.map { "\($0) %" } ?? "–")), band)
                    case .count(let count):
                        return .tr(quarter, .td(.class("number"), .text(DashboardText.count(count, language))), band)
                    }
                }
            )
        )
    }

    /// The organisation's own client feedback questions, each a chart and table over the
    /// quarters: the share agreeing.
    private static func feedback(_ context: PageContext, _ evidence: UnitEvidence) -> Node<HTML.BodyContext> {
        guard !evidence.feedback.isEmpty else { return .empty }
        let language = context.language
        return .section(
            .id("evidence-feedback"), .attribute(named: "aria-labelledby", value: "evidence-feedback-heading"),
            .h2(.id("evidence-feedback-heading"), .text(context.t(.clientfeedbackEvidenceHeading))),
            .p(.class("hint"), .text(context.t(.clientfeedbackNotValidated))),
            .p(.class("evidence-definition"), .text(context.t(.clientfeedbackEvidenceDefinition))),
            .forEach(Array(evidence.feedback.enumerated())) { index, answer in
                let id = "feedback-\(index + 1)"
                let rows = Array(zip(evidence.quarters.map(\.quarter), answer.shares))
                let bars = rows.map { quarter, share in
                    BarChart.Bar(
                        label: shortQuarter(quarter), fraction: share.percent.map { Double($0) / 100 },
                        valueText: share.percent.map { "\($0) %" } ?? "–")
                }
                let text = answer.question.text(language)
                return .div(
                    .class("evidence-indicator"), .id(id),
                    .h3(.id("\(id)-heading"), .text(text)),
                    .unwrap(answer.question.feedbackTopic) { topic in
                        .p(
                            .class("evidence-items"),
                            .text(context.t(.clientfeedbackSpeaksTo, ["topic": context.t(topic.title)])))
                    },
                    chartAndTable(
                        bars, id: id, title: text, description: context.t(.clientfeedbackEvidenceDefinition),
                        DataTable.render(
                            rows,
                            columns: [
                                context.t(.evidenceColQuarter), context.t(.evidenceColPart),
                                context.t(.evidenceColWhole), context.t(.evidenceColPercent),
                            ],
                            name: .heading("\(id)-heading"), id: "\(id)-table"
                        ) { quarter, share in
                            .tr(
                                .th(
                                    .attribute(named: "scope", value: "row"),
                                    .text(DashboardText.period(quarter, language))),
                                .td(.class("number"), .text(DashboardText.count(share.part, language))),
                                .td(.class("number"), .text(DashboardText.count(share.whole, language))),
                                .td(.class("number"), .text(share.percent.map { "\($0) %" } ?? "–")))
                        }))
            })
    }

    /// Outreach's contacts by channel, quarter by quarter.
    private static func channels(_ context: PageContext, _ evidence: UnitEvidence) -> Node<HTML.BodyContext> {
        guard evidence.model == .outreach else { return .empty }
        let language = context.language
        return .section(
            .id("evidence-channels"), .attribute(named: "aria-labelledby", value: "evidence-channels-heading"),
            .h2(.id("evidence-channels-heading"), .text(context.t(.evidenceChannels))),
            DataTable.render(
                evidence.quarters,
                columns: [context.t(.evidenceColQuarter)] + ContactChannel.allCases.map { context.t($0.l10nKey) }
                    + [context.t(.evidenceColWhole)],
                name: .heading("evidence-channels-heading"), id: "evidence-channels-table"
            ) { quarter in
                let list = quarter.protectedChannels(threshold: evidence.threshold)
                return .tr(
                    .th(
                        .attribute(named: "scope", value: "row"), .text(DashboardText.period(quarter.quarter, language))
                    ),
                    .forEach(list.cells) { .td(.class("number"), .text(DashboardText.count($0, language))) },
                    .td(.class("number"), .text(DashboardText.count(list.total, language))))
            })
    }

    /// A bar chart over the quarters and the table with its figures, side by side.
    private static func chartAndTable(
        _ bars: [BarChart.Bar], id: String, title: String, description: String, _ table: Node<HTML.BodyContext>
    ) -> Node<HTML.BodyContext> {
        .div(
            .class("chart-and-table"),
            .div(.class("chart"), .raw(BarChart.svg(bars, id: "\(id)-chart", title: title, description: description))),
            table)
    }

    /// "Q4/26"
    private static func shortQuarter(_ period: ReportingPeriod) -> String {
        guard case .quarter(let year, let quarter) = period else { return period.iso }
        return "Q\(quarter)/\(year % 100)"
    }

    private static func itemTitle(_ model: OperatingModel, _ id: String) -> L10nKey? {
        let logic = LogicModels.model(model)
        return logic.coreElements.first { $0.id == id }?.title ?? logic.outcomes.first { $0.id == id }?.text
    }
}
