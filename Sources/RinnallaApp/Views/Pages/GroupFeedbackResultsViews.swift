import Plot
import RinnallaCore

/// `/groups/:id/feedback/results` and the feedback part of the group report: the number
/// of responses, the rating distribution as an SVG chart with its data table, the mean and
/// the answers — each only as far as small-cell protection allows.
enum GroupFeedbackResultsViews {
    static func page(_ context: PageContext, group: ActivityGroup, results: GroupFeedbackService.Results) -> HTML {
        let groupID = group.id ?? .pattern
        let title = context.t(.groupfeedbackResultsTitle, ["name": group.name])
        return Layout.page(
            title: title, context,
            content: .group(
                GroupFeedbackViews.nav(context, groupID: groupID),
                .h1(.text(title)),
                summary(context, results.summary, headingLevel: 2),
                texts(context, results)
            ))
    }

    static func number(_ value: Double, _ context: PageContext) -> String {
        SelfAssessmentViews.number(value, context)
    }

    /// Counts, chart with its table and mean.
    static func summary(_ context: PageContext, _ summary: GroupFeedback.Summary, headingLevel: Int)
        -> Node<HTML.BodyContext>
    {
        let language = context.language
        let threshold = String(summary.threshold)
        let responses = ProtectedCountText.text(summary.responses, language: language)
        let labels =
            GroupFeedback.ratings.map { context.t(GroupFeedbackViews.ratingKey($0)) } + [
                context.t(.groupfeedbackNoRating)
            ]
        return .section(
            .class("feedback-summary"), .id("feedback-summary"),
            .dl(
                .class("facts"),
                .dt(.text(context.t(.groupfeedbackResponses))), .dd(.id("feedback-responses"), .text(responses)),
                .unwrap(summary.mean.value) { mean in
                    .group(
                        .dt(.text(context.t(.groupfeedbackMean))),
                        .dd(
                            .id("feedback-mean"),
                            .text(context.t(.groupfeedbackMeanValue, ["mean": number(mean, context)]))))
                }),
            .unwrap(
                summary.distribution,
                { list in
                    let largest = max(list.cells.compactMap(\.shownValue).max() ?? 0, 1)
                    let bars = zip(labels, list.cells).map { label, cell in
                        BarChart.Bar(
                            label: label, fraction: cell.shownValue.map { Double($0) / Double(largest) },
                            valueText: ProtectedCountText.text(cell, language: language))
                    }
                    return .div(
                        .class("chart-and-table"),
                        heading(headingLevel, context.t(.groupfeedbackDistribution)),
                        .div(
                            .class("chart"),
                            .raw(
                                BarChart.svg(
                                    bars, id: "feedback-chart", title: context.t(.groupfeedbackChartTitle),
                                    description: context.t(.groupfeedbackChartDescription)))),
                        .table(
                            .id("feedback-distribution"), .class("data-table"),
                            .caption(.text(context.t(.groupfeedbackDistribution))),
                            .thead(
                                .tr(
                                    .columnHeader(context.t(.groupfeedbackRatingColumn)),
                                    .columnHeader(context.t(.groupfeedbackCountColumn)))),
                            .tbody(
                                .forEach(Array(zip(labels, list.cells))) { label, cell in
                                    .tr(
                                        .th(.attribute(named: "scope", value: "row"), .text(label)),
                                        .td(.text(ProtectedCountText.text(cell, language: language))))
                                },
                                .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"), .text(context.t(.groupfeedbackTotal))),
                                    .td(.text(ProtectedCountText.text(list.total, language: language)))))
                        ),
                        .if(
                            list.cells.contains(.hidden),
                            .p(.class("hint"), .text(context.t(.privacyHiddenNote))))
                    )
                }, else: .p(.id("feedback-too-few"), .text(context.t(.groupfeedbackTooFew, ["threshold": threshold])))),
            .p(.class("hint"), .text(context.t(.groupfeedbackThresholdNote, ["threshold": threshold]))),
            // Issue 13, item 7: new answers join in groups (`AnswerRelease`).
            .p(.class("hint"), .id("feedback-release-note"), .text(context.t(.groupfeedbackReleaseNote)))
        )
    }

    static func heading(_ level: Int, _ text: String) -> Node<HTML.BodyContext> {
        level <= 2 ? .h2(.text(text)) : .h3(.text(text))
    }

    static func texts(_ context: PageContext, _ results: GroupFeedbackService.Results) -> Node<HTML.BodyContext> {
        guard results.summary.showsTexts else { return .empty }
        func list(_ id: String, _ title: L10nKey, _ answers: [String]) -> Node<HTML.BodyContext> {
            .section(
                .id(id), .h2(.text(context.t(title))),
                .if(
                    answers.isEmpty, .p(.text(context.t(.groupfeedbackTextsNone))),
                    else: .ul(.class("feedback-texts"), .forEach(answers) { .li(.class("pre-line"), .text($0)) })))
        }
        return .group(
            list("feedback-good", .groupfeedbackTextsGood, results.good),
            list("feedback-change", .groupfeedbackTextsChange, results.change),
            .p(.class("hint"), .text(context.t(.groupfeedbackTextsOrder))))
    }
}
