import Foundation
import Plot
import RinnallaCore

/// `/rounds/:roundID/results` and `/evaluations/:evaluationID/results`: a round's ESIS
/// results and the start-vs-end comparison, every figure protected for small numbers,
/// every chart an SVG with its numbers in a table beside it, the guide's reference figures
/// beside the results. `reportSection` renders an evaluation's ESIS results as one section
/// of a combined printable report.
enum InclusionResultsViews {
    typealias Body = Node<HTML.BodyContext>
    typealias Query = InclusionResultsQuery

    // MARK: Formatting

    static func number(_ value: Double, _ context: PageContext) -> String {
        SelfAssessmentViews.number(value, context)
    }

    static func decimals(_ value: Double, _ places: Int, _ context: PageContext) -> String {
        var text = String(format: "%.\(places)f", value)
        if context.language != .en { text = text.replacingOccurrences(of: ".", with: ",") }
        return text.replacingOccurrences(of: "-", with: "−")
    }

    static func signed(_ value: Double, _ context: PageContext) -> String {
        (value > 0.05 ? "+" : "") + number(value, context)
    }

    static func percent(_ share: Double, _ context: PageContext) -> String {
        context.t(.inclusionresultsPercent, ["value": number(share * 100, context)])
    }

    /// One term and its value in a list of facts (`dl.facts`).
    static func fact(_ term: L10nKey, _ value: String, id: String? = nil, _ context: PageContext)
        -> Node<HTML.DescriptionListContext>
    {
        .group(.dt(.text(context.t(term))), .dd(.unwrap(id) { .id($0) }, .text(value)))
    }

    /// "t = …, df = …" of a t test.
    static func tValue(_ t: Double, degreesOfFreedom: Double, _ context: PageContext) -> String {
        context.t(
            .inclusionresultsTValue, ["t": decimals(t, 2, context), "df": number(degreesOfFreedom, context)])
    }

    static func interval(_ interval: ConfidenceInterval?, _ context: PageContext, percent: Bool = false) -> String {
        guard let interval else { return "–" }
        let scale = percent ? 100.0 : 1.0
        return context.t(
            .inclusionresultsIntervalValue,
            ["lower": number(interval.lower * scale, context), "upper": number(interval.upper * scale, context)])
    }

    static func p(_ value: Double, _ context: PageContext) -> String {
        value < 0.001
            ? context.t(.inclusionresultsPBelow, ["value": decimals(0.001, 3, context)]) : decimals(value, 3, context)
    }

    static func count(_ count: ProtectedCount, _ context: PageContext) -> String {
        ProtectedCountText.text(count, language: context.language)
    }

    static func suppressed(_ threshold: Int, _ context: PageContext) -> String {
        context.t(.privacySummarySuppressed, ["threshold": String(threshold)])
    }

    /// "0–10", …, "90–100" (the last bar includes 100).
    static func binLabel(_ bin: ScoreBin) -> String {
        "\(Int(bin.lower))–\(Int(bin.upper))"
    }

    static func measureKey(_ measure: InclusionReferenceFigure.Measure) -> L10nKey {
        switch measure {
        case .meanScore: .inclusionresultsReferenceMeanScore
        case .percentVeryWeak: .inclusionresultsReferencePercentVeryWeak
        }
    }

    /// Who a reference figure is about, in the page's language (the guide's Finnish words
    /// are kept in `InclusionReferenceFigure.population`).
    static func populationKey(_ figure: InclusionReferenceFigure) -> L10nKey {
        switch figure.population {
        case "Aikuisten (yli 20-vuotiaat)": .inclusionresultsPopulationAdults
        case "Suomen työttömistä": .inclusionresultsPopulationUnemployed
        case "Kaikkien vastaajien": .inclusionresultsPopulationPupils
        case "koko pääkaupunkiseudulla": .inclusionresultsPopulationCapitalRegion
        case "Kauniaisissa": .inclusionresultsPopulationKauniainen
        case "Vantaalla": .inclusionresultsPopulationVantaa
        default: .inclusionresultsPopulationOther
        }
    }

    // MARK: Round page

    static func roundPage(
        _ context: PageContext, report: InclusionResultsService.RoundReport, canManage: Bool
    ) -> HTML {
        let roundID = report.round.id ?? .pattern
        let evaluationID = report.evaluation.id ?? .pattern
        let title = context.t(.inclusionresultsRoundTitle, ["round": report.round.name])
        return Layout.page(
            title: "\(title) – \(report.evaluation.name)", context,
            content: .article(
                .class("document inclusion-results"), .id("inclusion-round-results"),
                .p(
                    .class("breadcrumbs no-print"),
                    .a(.href(SiteRoute.evaluation(evaluationID, .show).href), .text(report.evaluation.name)),
                    .text(" › "),
                    .a(.href(SiteRoute.round(roundID, .show).href), .text(report.round.name))),
                .h1(.text(title)),
                .p(.class("lead"), .text(report.evaluation.name)),
                notPerPerson(context),
                actions(context, report: report, canManage: canManage),
                roundBody(context, report: report, headingLevel: 2, idPrefix: "round"),
                thresholdNote(context, report.threshold)
            ))
    }

    /// What the page says where someone would look: results are never per person.
    static func notPerPerson(_ context: PageContext) -> Body {
        .aside(
            .class("card inclusion-not-per-person"), .id("not-per-person"),
            .p(.strong(.text(context.t(.inclusionresultsNotPerPerson)))),
            .p(
                .class("hint"), .text(context.t(.inclusionresultsGuideSays)), .text(" "),
                .element(
                    named: "q",
                    nodes: [
                        .attribute(named: "lang", value: "fi"),
                        .text(InclusionIndicator.Guidance.notForIndividualAssessment),
                    ])
            ))
    }

    /// The small-cell rule, and how answers of an open round join the figures (issue 13,
    /// item 7: `AnswerRelease`).
    static func thresholdNote(_ context: PageContext, _ threshold: Int) -> Body {
        .group(
            .p(
                .class("hint"), .id("threshold-note"),
                .text(context.t(.inclusionresultsThresholdNote, ["threshold": String(threshold)]))),
            .p(.class("hint"), .id("release-note"), .text(context.t(.inclusionresultsReleaseNote))))
    }

    static func actions(_ context: PageContext, report: InclusionResultsService.RoundReport, canManage: Bool) -> Body {
        let roundID = report.round.id ?? .pattern
        let evaluationID = report.evaluation.id ?? .pattern
        let others = report.rounds.filter { $0.id != report.round.id }
        return .ul(
            .class("actions no-print"),
            .unwrap(others.first) { other in
                let (first, second) =
                    other.position < report.round.position ? (other, report.round) : (report.round, other)
                return .li(
                    .a(
                        .id("link-comparison"),
                        .href(
                            SiteRoute.evaluation(evaluationID, .results).href([
                                Query.name(.first): "\(first.id?.uuidString ?? "")",
                                Query.name(.second): "\(second.id?.uuidString ?? "")",
                            ])
                        ), .text(context.t(.inclusionresultsCompareLink))))
            },
            .if(
                canManage,
                .group(
                    .li(
                        .a(
                            .id("export-results-semicolon"),
                            .href(
                                SiteRoute.round(roundID, .resultsExport).href([
                                    Query.name(.format): InclusionCSV.Format.semicolon.rawValue
                                ])),
                            .text(context.t(.inclusionresultsExportResultsExcel)))),
                    .li(
                        .a(
                            .href(
                                SiteRoute.round(roundID, .resultsExport).href([
                                    Query.name(.format): InclusionCSV.Format.comma.rawValue
                                ])),
                            .text(context.t(.inclusionresultsExportResultsComma)))),
                    .li(
                        .a(
                            .id("link-import"), .href(SiteRoute.round(roundID, .importFile).href),
                            .text(context.t(.inclusionimportLink))))
                ))
        )
    }

    static func heading(_ level: Int, _ text: String, id: String? = nil) -> Body {
        switch level {
        case ...2: .h2(.unwrap(id) { .id($0) }, .text(text))
        case 3: .h3(.unwrap(id) { .id($0) }, .text(text))
        default: .h4(.unwrap(id) { .id($0) }, .text(text))
        }
    }

    /// The round's counts, figures, histogram, statements and subgroups.
    static func roundBody(
        _ context: PageContext, report: InclusionResultsService.RoundReport, headingLevel: Int, idPrefix: String
    ) -> Body {
        .group(
            summarySection(
                context, results: report.results, threshold: report.threshold, headingLevel: headingLevel,
                idPrefix: idPrefix),
            histogramSection(
                context, report.results, threshold: report.threshold, headingLevel: headingLevel, idPrefix: idPrefix),
            statementsSection(
                context, report.results, threshold: report.threshold, headingLevel: headingLevel, idPrefix: idPrefix),
            subgroupsSection(context, report, headingLevel: headingLevel, idPrefix: idPrefix)
        )
    }

    /// Counts and the figures of the scores, with the guide's reference figures beside.
    static func summarySection(
        _ context: PageContext, results: InclusionRoundResults, threshold: Int, headingLevel: Int, idPrefix: String
    ) -> Body {
        .section(
            .class("inclusion-summary chart-and-table"), .id("\(idPrefix)-summary"),
            heading(headingLevel, context.t(.inclusionresultsSummaryHeading)),
            .dl(
                .class("facts"),
                fact(.inclusionresultsComplete, count(results.complete, context), id: "\(idPrefix)-complete", context),
                fact(
                    .inclusionresultsIncomplete, count(results.incomplete, context), id: "\(idPrefix)-incomplete",
                    context),
                .unwrap(
                    results.summary.value,
                    { summary in
                        .group(
                            fact(.inclusionresultsMean, number(summary.mean, context), id: "\(idPrefix)-mean", context),
                            fact(.inclusionresultsMeanInterval, interval(summary.meanInterval, context), context),
                            fact(
                                .inclusionresultsSd, summary.standardDeviation.map { number($0, context) } ?? "–",
                                context),
                            fact(.inclusionresultsMedian, number(summary.median, context), context),
                            fact(
                                .inclusionresultsVeryWeakShare,
                                context.t(
                                    .inclusionresultsShareOf,
                                    [
                                        "share": percent(summary.veryWeak.proportion, context),
                                        "count": String(summary.veryWeak.count), "total": String(summary.n),
                                    ]), id: "\(idPrefix)-very-weak", context),
                            fact(
                                .inclusionresultsVeryWeakInterval,
                                interval(summary.veryWeak.interval, context, percent: true), context)
                        )
                    },
                    else: fact(
                        .inclusionresultsFigures, suppressed(threshold, context), id: "\(idPrefix)-suppressed", context)
                )
            ),
            referenceTable(context, idPrefix: idPrefix),
            .p(.class("hint"), .text(context.t(.inclusionresultsSummaryExplanation)))
        )
    }

    static func referenceTable(_ context: PageContext, idPrefix: String) -> Body {
        .table(
            .class("data-table inclusion-reference"), .id("\(idPrefix)-reference"),
            .caption(.text(context.t(.inclusionresultsReferenceHeading))),
            .thead(
                .tr(
                    .columnHeader(context.t(.inclusionresultsReferenceMeasure)),
                    .columnHeader(context.t(.inclusionresultsReferenceValue)),
                    .columnHeader(context.t(.inclusionresultsReferencePopulation)),
                    .columnHeader(context.t(.inclusionresultsReferenceSource)))),
            .tbody(
                .forEach(InclusionReferenceFigures.all) { figure in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(context.t(measureKey(figure.measure)))),
                        .td(
                            .text(
                                figure.measure == .meanScore
                                    ? number(figure.value, context) : percent(figure.value / 100, context))),
                        .td(.text(context.t(populationKey(figure)))),
                        .td(.text("\(figure.survey) (\(figure.year)); \(figure.reference)")))
                }))
    }

    static func histogramSection(
        _ context: PageContext, _ results: InclusionRoundResults, threshold: Int, headingLevel: Int, idPrefix: String
    ) -> Body {
        let title = context.t(.inclusionresultsHistogramHeading)
        guard let bins = results.bins.value else {
            return .section(
                .id("\(idPrefix)-histogram"), heading(headingLevel, title), .p(.text(suppressed(threshold, context))))
        }
        let labels = bins.bins.map(binLabel)
        return .section(
            .class("chart-and-table"), .id("\(idPrefix)-histogram"),
            heading(headingLevel, title),
            .div(
                .class("chart"),
                .raw(
                    BarChart.svg(
                        SocialReportViews.bars(labels, bins.counts.cells, context), id: "\(idPrefix)-histogram-chart",
                        title: title, description: context.t(.inclusionresultsHistogramDescription)))),
            countTable(
                context, id: "\(idPrefix)-histogram-table", caption: title,
                header: context.t(.inclusionresultsScoreRange), labels: labels, list: bins.counts),
            .p(.class("hint"), .text(context.t(.inclusionresultsHistogramExplanation)))
        )
    }

    static func countTable(
        _ context: PageContext, id: String, caption: String, header: String, labels: [String], list: ProtectedList,
        labelLanguage: String? = nil
    ) -> Body {
        .group(
            .table(
                .class("data-table"), .id(id),
                .caption(.text(caption)),
                .thead(.tr(.columnHeader(header), .columnHeader(context.t(.inclusionresultsCount)))),
                .tbody(
                    .forEach(Array(zip(labels, list.cells))) { label, cell in
                        .tr(
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .attribute(named: "lang", value: labelLanguage), .text(label)),
                            .td(.text(count(cell, context))))
                    },
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(context.t(.inclusionresultsTotal))),
                        .td(.text(count(list.total, context)))))),
            .if(list.cells.contains(.hidden), .p(.class("hint"), .text(context.t(.privacyHiddenNote))))
        )
    }

    /// Each statement's five answers, with the guide's words (Finnish, verbatim).
    static func statementsSection(
        _ context: PageContext, _ results: InclusionRoundResults, threshold: Int, headingLevel: Int, idPrefix: String
    ) -> Body {
        let title = context.t(.inclusionresultsStatementsHeading)
        guard let statements = results.statements.value else {
            return .section(
                .id("\(idPrefix)-statements"), heading(headingLevel, title), .p(.text(suppressed(threshold, context))))
        }
        return .section(
            .id("\(idPrefix)-statements"),
            heading(headingLevel, title),
            .p(.class("hint"), .text(context.t(.inclusionresultsStatementsExplanation))),
            .forEach(Array(statements.enumerated())) { index, list in
                let text = InclusionIndicator.statements[index]
                return .div(
                    .class("chart-and-table inclusion-statement"), .id("\(idPrefix)-statement-\(index + 1)"),
                    heading(headingLevel + 1, "\(index + 1). \(text)"),
                    .div(
                        .class("chart"),
                        .raw(
                            BarChart.svg(
                                SocialReportViews.bars(
                                    InclusionIndicator.options.map { String($0.value) }, list.cells, context),
                                id: "\(idPrefix)-statement-chart-\(index + 1)",
                                title: context.t(.inclusionresultsStatementChartTitle, ["number": String(index + 1)]),
                                description: text))),
                    countTable(
                        context, id: "\(idPrefix)-statement-table-\(index + 1)",
                        caption: context.t(.inclusionresultsStatementChartTitle, ["number": String(index + 1)]),
                        header: context.t(.inclusionresultsAnswer),
                        labels: InclusionIndicator.options.map { "\($0.value) \($0.text)" }, list: list,
                        labelLanguage: "fi")
                )
            }
        )
    }

    static func subgroupsSection(
        _ context: PageContext, _ report: InclusionResultsService.RoundReport, headingLevel: Int, idPrefix: String
    ) -> Body {
        .section(
            .id("\(idPrefix)-subgroups"),
            heading(headingLevel, context.t(.inclusionresultsSubgroupsHeading)),
            .p(.class("hint"), .text(context.t(.inclusionresultsSubgroupsExplanation))),
            .forEach(report.subgroups) { group in
                .group(
                    .table(
                        .class("data-table inclusion-subgroups"),
                        .id("\(idPrefix)-subgroups-\(group.question.rawValue)"),
                        .caption(.text(context.t(InclusionLabels.question(group.question)))),
                        .thead(
                            .tr(
                                .columnHeader(context.t(.inclusionresultsAnswer)),
                                .columnHeader(context.t(.inclusionresultsCount)),
                                .columnHeader(context.t(.inclusionresultsMean)),
                                .columnHeader(context.t(.inclusionresultsMeanInterval)),
                                .columnHeader(context.t(.inclusionresultsVeryWeakShare)))),
                        .tbody(
                            .forEach(Array(group.answers.enumerated())) { index, answer in
                                let summary = group.summaries[index].value
                                let none = summary == nil ? suppressed(report.threshold, context) : ""
                                return .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .text(context.t(InclusionLabels.answer(group.question, answer)))),
                                    .td(.text(count(group.sizes.cells[index], context))),
                                    .td(.text(summary.map { number($0.mean, context) } ?? none)),
                                    .td(.text(summary.map { interval($0.meanInterval, context) } ?? "")),
                                    .td(.text(summary.map { percent($0.veryWeak.proportion, context) } ?? "")))
                            },
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(context.t(.inclusionresultsTotal))),
                                .td(.text(count(group.sizes.total, context))), .td(), .td(), .td()))),
                    .if(group.sizes.cells.contains(.hidden), .p(.class("hint"), .text(context.t(.privacyHiddenNote))))
                )
            }
        )
    }

    // MARK: Comparison page

    static func comparisonPage(
        _ context: PageContext, evaluation: InclusionEvaluation, rounds: [InclusionRound],
        report: InclusionResultsService.ComparisonReport?, canManage: Bool, error: FieldError? = nil
    ) -> HTML {
        let evaluationID = evaluation.id ?? .pattern
        let title = context.t(.inclusionresultsComparisonTitle)
        return Layout.page(
            title: "\(title) – \(evaluation.name)", context,
            content: .article(
                .class("document inclusion-results"), .id("inclusion-comparison"),
                .p(
                    .class("breadcrumbs no-print"),
                    .a(.href(SiteRoute.evaluation(evaluationID, .show).href), .text(evaluation.name))),
                .h1(.text(title)),
                .p(.class("lead"), .text(evaluation.name)),
                notPerPerson(context),
                Components.errorSummary(error, context),
                chooser(context, evaluationID: evaluationID, rounds: rounds, report: report),
                .unwrap(
                    report,
                    { report in
                        .group(
                            .if(
                                canManage,
                                .ul(
                                    .class("actions no-print"),
                                    .li(
                                        .a(
                                            .id("export-comparison-semicolon"),
                                            .href(
                                                exportHref(evaluationID, report, .semicolon)
                                            ), .text(context.t(.inclusionresultsExportResultsExcel)))),
                                    .li(
                                        .a(
                                            .href(
                                                exportHref(evaluationID, report, .comma)
                                            ), .text(context.t(.inclusionresultsExportResultsComma)))))),
                            comparisonBody(context, report, headingLevel: 2),
                            thresholdNote(context, report.threshold))
                    }, else: .p(.id("comparison-needs-rounds"), .text(context.t(.inclusionresultsNeedsTwoRounds))))
            ))
    }

    /// The comparison's CSV file.
    static func exportHref(
        _ evaluationID: UUID, _ report: InclusionResultsService.ComparisonReport, _ format: InclusionCSV.Format
    ) -> String {
        SiteRoute.evaluation(evaluationID, .resultsExport).href([
            Query.name(.first): "\(report.first.id?.uuidString ?? "")",
            Query.name(.second): "\(report.second.id?.uuidString ?? "")",
            Query.name(.format): format.rawValue,
        ])
    }

    static func chooser(
        _ context: PageContext, evaluationID: UUID, rounds: [InclusionRound],
        report: InclusionResultsService.ComparisonReport?
    ) -> Body {
        guard rounds.count >= 2 else { return .empty }
        let options = rounds.map { (value: $0.id?.uuidString ?? "", label: $0.name) }
        return .form(
            .method(.get), .action(SiteRoute.evaluation(evaluationID, .results).href), .class("search-form no-print"),
            .id("comparison-chooser"),
            Components.select(
                Query.name(.first), label: context.t(.inclusionresultsFirstRound), options: options,
                selected: report?.first.id?.uuidString, context),
            Components.select(
                Query.name(.second), label: context.t(.inclusionresultsSecondRound), options: options,
                selected: report?.second.id?.uuidString, context),
            Components.submit(context.t(.inclusionresultsCompare), id: "compare-rounds")
        )
    }

    /// Both rounds side by side, the unpaired and paired comparisons and the moves across 50.
    static func comparisonBody(
        _ context: PageContext, _ report: InclusionResultsService.ComparisonReport, headingLevel: Int
    ) -> Body {
        let first = report.first.name
        let second = report.second.name
        func row(_ label: L10nKey, _ value: (InclusionRoundResults) -> String) -> Node<HTML.TableContext> {
            .tr(
                .th(.attribute(named: "scope", value: "row"), .text(context.t(label))),
                .td(.text(value(report.firstResults))), .td(.text(value(report.secondResults))))
        }
        func figure(_ results: InclusionRoundResults, _ value: (ScoreSummary) -> String) -> String {
            results.summary.value.map(value) ?? suppressed(report.threshold, context)
        }
        let unpaired = report.comparison.unpaired.value.flatMap { $0 }
        let paired = report.comparison.paired.value.flatMap { $0 }
        return .group(
            .section(
                .id("comparison-rounds"),
                heading(headingLevel, context.t(.inclusionresultsRoundsHeading)),
                .table(
                    .class("data-table"), .id("comparison-rounds-table"),
                    .caption(.text(context.t(.inclusionresultsRoundsHeading))),
                    .thead(.tr(.td(), .columnHeader(first), .columnHeader(second))),
                    .tbody(
                        row(.inclusionresultsComplete) { count($0.complete, context) },
                        row(.inclusionresultsIncomplete) { count($0.incomplete, context) },
                        row(.inclusionresultsMean) { figure($0) { number($0.mean, context) } },
                        row(.inclusionresultsMeanInterval) { figure($0) { interval($0.meanInterval, context) } },
                        row(.inclusionresultsSd) {
                            figure($0) { $0.standardDeviation.map { number($0, context) } ?? "–" }
                        },
                        row(.inclusionresultsMedian) { figure($0) { number($0.median, context) } },
                        row(.inclusionresultsVeryWeakShare) { figure($0) { percent($0.veryWeak.proportion, context) } },
                        row(.inclusionresultsVeryWeakInterval) {
                            figure($0) { interval($0.veryWeak.interval, context, percent: true) }
                        })),
                referenceTable(context, idPrefix: "comparison")),
            .section(
                .id("comparison-unpaired"),
                heading(headingLevel, context.t(.inclusionresultsUnpairedHeading)),
                .p(.class("hint"), .text(context.t(.inclusionresultsUnpairedExplanation))),
                .unwrap(
                    unpaired,
                    { value in
                        .dl(
                            .class("facts"),
                            fact(
                                .inclusionresultsMeanDifference, signed(value.meanDifference, context),
                                id: "unpaired-difference", context),
                            fact(.inclusionresultsDifferenceInterval, interval(value.interval, context), context),
                            fact(
                                .inclusionresultsWelchT,
                                tValue(value.t, degreesOfFreedom: value.degreesOfFreedom, context), context),
                            fact(.inclusionresultsP, p(value.p, context), id: "unpaired-p", context),
                            fact(.inclusionresultsHedgesG, decimals(value.hedgesG, 2, context), context))
                    }, else: .p(.id("unpaired-suppressed"), .text(suppressed(report.threshold, context))))),
            .section(
                .id("comparison-paired"),
                heading(headingLevel, context.t(.inclusionresultsPairedHeading)),
                .p(.class("hint"), .text(context.t(.inclusionresultsPairedExplanation))),
                .dl(
                    .class("facts"),
                    fact(.inclusionresultsPairs, count(report.pairs, context), id: "paired-count", context),
                    .unwrap(paired) { value in
                        .group(
                            fact(
                                .inclusionresultsMeanChange, signed(value.meanChange, context), id: "paired-change",
                                context),
                            fact(.inclusionresultsChangeInterval, interval(value.interval, context), context),
                            fact(
                                .inclusionresultsPairedT,
                                tValue(value.t, degreesOfFreedom: value.degreesOfFreedom, context), context),
                            fact(.inclusionresultsP, p(value.p, context), id: "paired-p", context),
                            fact(
                                .inclusionresultsWilcoxonP, value.wilcoxon.map { p($0.p, context) } ?? "–",
                                id: "wilcoxon-p", context),
                            fact(.inclusionresultsCohensDz, decimals(value.cohensDz, 2, context), context))
                    }),
                .if(paired == nil, .p(.id("paired-suppressed"), .text(suppressed(report.threshold, context)))),
                .p(.class("hint"), .text(context.t(.inclusionresultsEffectExplanation)))),
            crossingsSection(context, report, headingLevel: headingLevel)
        )
    }

    static func crossingsSection(
        _ context: PageContext, _ report: InclusionResultsService.ComparisonReport, headingLevel: Int
    ) -> Body {
        let title = context.t(.inclusionresultsCrossingsHeading)
        guard let table = report.comparison.crossings.value else {
            return .section(
                .id("comparison-crossings"), heading(headingLevel, title),
                .p(.text(suppressed(report.threshold, context))))
        }
        let rows = [context.t(.inclusionresultsStartUnder50), context.t(.inclusionresultsStart50OrMore)]
        return .section(
            .id("comparison-crossings"),
            heading(headingLevel, title),
            .p(.class("hint"), .text(context.t(.inclusionresultsCrossingsExplanation))),
            .table(
                .class("data-table"), .id("crossings-table"),
                .caption(.text(title)),
                .thead(
                    .tr(
                        .td(), .columnHeader(context.t(.inclusionresultsEndUnder50)),
                        .columnHeader(context.t(.inclusionresultsEnd50OrMore)),
                        .columnHeader(context.t(.inclusionresultsTotal)))),
                .tbody(
                    .forEach(Array(rows.enumerated())) { index, label in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(label)),
                            .td(.text(count(table.cells[index][0], context))),
                            .td(.text(count(table.cells[index][1], context))),
                            .td(.text(count(table.rowTotals[index], context))))
                    },
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(context.t(.inclusionresultsTotal))),
                        .td(.text(count(table.columnTotals[0], context))),
                        .td(.text(count(table.columnTotals[1], context))), .td(.text(count(table.total, context)))))),
            .if(
                table.cells.joined().contains(.hidden) || table.rowTotals.contains(.hidden)
                    || table.columnTotals.contains(.hidden),
                .p(.class("hint"), .text(context.t(.privacyHiddenNote))))
        )
    }

    // MARK: Combined report

    /// An evaluation's ESIS results as one section of a printable evaluation report (issue
    /// 6, "Evaluation report"): every round's results, then the comparison of the first
    /// two rounds. Headings start at h2. Build `summary` with
    /// `InclusionResultsService.evaluationSummary(_:on:)`, which checks access.
    static func reportSection(_ context: PageContext, summary: InclusionResultsService.EvaluationSummary) -> Body {
        .section(
            .class("inclusion-report-section"), .id("report-esis"),
            .h2(.text(context.t(.inclusionresultsReportHeading))),
            notPerPerson(context),
            .if(summary.rounds.isEmpty, .p(.text(context.t(.inclusionresultsNoRounds)))),
            .forEach(Array(summary.rounds.enumerated())) { index, report in
                .section(
                    .class("inclusion-report-round"),
                    .h3(.text(context.t(.inclusionresultsRoundTitle, ["round": report.round.name]))),
                    summarySection(
                        context, results: report.results, threshold: report.threshold, headingLevel: 4,
                        idPrefix: "report-round-\(index + 1)"),
                    histogramSection(
                        context, report.results, threshold: report.threshold, headingLevel: 4,
                        idPrefix: "report-round-\(index + 1)"),
                    subgroupsSection(context, report, headingLevel: 4, idPrefix: "report-round-\(index + 1)"))
            },
            .unwrap(summary.comparison) { comparison in
                .section(
                    .class("inclusion-report-comparison"),
                    .h3(
                        .text(
                            context.t(
                                .inclusionresultsReportComparison,
                                ["first": comparison.first.name, "second": comparison.second.name]))),
                    comparisonBody(context, comparison, headingLevel: 4))
            },
            .unwrap(summary.rounds.first) { thresholdNote(context, $0.threshold) }
        )
    }
}
