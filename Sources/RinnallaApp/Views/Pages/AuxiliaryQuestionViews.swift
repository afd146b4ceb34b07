import Foundation
import Plot
import RinnallaCore
import Vapor

/// `/evaluations/:evaluationID/self-evaluations`: the team's self-evaluation with the guide's
/// 24 auxiliary questions, verbatim in the guide's groups; a round set beside an earlier one.
enum AuxiliaryQuestionViews {
    typealias Form = SelfEvaluationForm

    static func route(_ evaluation: InclusionEvaluation, _ page: SiteRoute.EvaluationPage) -> String {
        SiteRoute.evaluation(evaluation.id ?? .pattern, page).href
    }

    static func ratingLabel(_ rating: Int, _ context: PageContext) -> String {
        let key: L10nKey =
            switch rating {
            case 1: .auxqScale1
            case 2: .auxqScale2
            case 3: .auxqScale3
            case 4: .auxqScale4
            default: .auxqScale5
            }
        return "\(rating) – \(context.t(key))"
    }

    /// One decimal, with the decimal comma in Finnish and Swedish.
    static func decimal(_ value: Double, _ language: RinnallaCore.Language) -> String {
        let text = String(format: "%.1f", value)
        return language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    static func scaleNote(_ context: PageContext) -> Node<HTML.BodyContext> {
        .p(
            .class("hint scale-note"),
            .text(
                context.t(
                    .auxqScaleNote,
                    [
                        "scale": InclusionSelfEvaluationService.ratings.map { ratingLabel($0, context) }.joined(
                            separator: ", ")
                    ])))
    }

    static func groupHeading(_ group: AuxiliaryQuestions.Group, level: Int) -> Node<HTML.BodyContext> {
        let text = InclusionGuideText.text(group.title)
        return level == 2 ? .h2(.class("auxq-group"), text) : .h3(.class("auxq-group"), text)
    }

    static func questionText(_ question: AuxiliaryQuestions.Question) -> Node<HTML.BodyContext> {
        .div(
            .class("auxq-question"), .attribute(named: "lang", value: "fi"),
            .p(.strong(.text("\(question.number). ")), .text(question.text)),
            .unwrap(question.examples) { .p(.class("auxq-examples"), .text($0)) })
    }

    // MARK: List

    static func listPage(
        _ context: PageContext, evaluation: InclusionEvaluation, rounds: [InclusionSelfEvaluation]
    ) -> HTML {
        let title = context.t(.auxqTitle)
        return Layout.page(
            title: "\(title): \(evaluation.name)", context,
            content: .group(
                .h1(.text(title), .span(.class("subtitle"), .text(" – \(evaluation.name)"))),
                .p(.text(context.t(.auxqIntro))),
                .p(
                    .a(
                        .class("button"), .id("new-self-evaluation"), .href(route(evaluation, .newSelfEvaluation)),
                        .text(context.t(.auxqNew)))),
                rounds.isEmpty
                    ? .p(.text(context.t(.auxqNoRounds)))
                    : .table(
                        .caption(.text(context.t(.auxqRoundsCaption))),
                        .thead(
                            .tr(
                                .th(.text(context.t(.auxqFieldDay))), .th(.text(context.t(.auxqFieldNote))),
                                .th(.text(context.t(.auxqRatedCount))))),
                        .tbody(
                            .forEach(rounds.reversed()) { round in
                                .tr(
                                    .td(
                                        .a(
                                            .href(route(evaluation, .selfEvaluation(round.id ?? .pattern))),
                                            .text(Day(parsing: round.day)?.finnish ?? round.day))),
                                    .td(.text(round.note)),
                                    .td(.text("\(round.answers.compactMap(\.rating).count) / 24")))
                            }))
            ))
    }

    // MARK: Form

    static func formPage(_ context: PageContext, evaluation: InclusionEvaluation, form: Form, error: FieldError?)
        -> HTML
    {
        let title = context.t(.auxqNew)
        return Layout.page(
            title: title, context,
            content: .group(
                .p(.a(.href(route(evaluation, .selfEvaluations)), .text("← \(context.t(.auxqBack))"))),
                .h1(.text(title), .span(.class("subtitle"), .text(" – \(evaluation.name)"))),
                Components.errorSummary(error, context),
                .p(InclusionGuideText.text(AuxiliaryQuestions.title)),
                InclusionGuideText.note(context),
                scaleNote(context),
                Components.postForm(
                    action: route(evaluation, .selfEvaluations), context, id: "self-evaluation-form",
                    Components.field(
                        Form.name(.day), label: context.t(.auxqFieldDay), value: form.day ?? "", required: true,
                        hint: context.t(.storiesDayHint), error: error, context),
                    Components.textarea(
                        Form.name(.note), label: context.t(.auxqFieldNote), value: form.note ?? "", rows: 2,
                        hint: context.t(.auxqFieldNoteHint), error: error, context),
                    .forEach(AuxiliaryQuestions.groups) { group in
                        .element(
                            named: "fieldset",
                            nodes: [
                                .class("auxq-group"),
                                .element(
                                    named: "legend",
                                    nodes: [.span(.attribute(named: "lang", value: "fi"), .text(group.title))]),
                                .unwrap(group.introduction) {
                                    .p(.attribute(named: "lang", value: "fi"), .text($0))
                                },
                                .forEach(group.sections) { section in
                                    .group(
                                        .unwrap(section.title) {
                                            .h3(.attribute(named: "lang", value: "fi"), .text($0))
                                        },
                                        .forEach(section.questions) { question in
                                            questionFields(context, question, form: form, error: error)
                                        })
                                },
                            ])
                    },
                    Components.submit(context.t(.auxqSave), id: "save-self-evaluation"))
            ))
    }

    static func questionFields(
        _ context: PageContext, _ question: AuxiliaryQuestions.Question, form: Form, error: FieldError?
    ) -> Node<HTML.FormContext> {
        let n = question.number
        return .div(
            .class("auxq-item"), .id("question-\(n)"),
            .div(
                .class("auxq-question"), .attribute(named: "lang", value: "fi"),
                .p(.strong(.text("\(n). ")), .text(question.text)),
                .unwrap(question.examples) { .p(.class("auxq-examples"), .text($0)) }),
            Components.textarea(
                Form.name(answer: n), label: context.t(.auxqAnswerFor, ["number": "\(n)"]),
                value: form.answers[n] ?? "",
                rows: 3, error: error, context),
            ContactViews.chips(
                Form.name(rating: n), legend: context.t(.auxqRatingFor, ["number": "\(n)"]), multiple: false,
                options: [(value: "", label: context.t(.auxqNotRated))]
                    + InclusionSelfEvaluationService.ratings.map { (value: "\($0)", label: ratingLabel($0, context)) },
                checked: [form.ratings[n] ?? ""], error: error, context))
    }

    // MARK: A round, with the comparison

    static func roundPage(
        _ context: PageContext, evaluation: InclusionEvaluation, round: InclusionSelfEvaluation,
        earlier: InclusionSelfEvaluation?, rounds: [InclusionSelfEvaluation]
    ) -> HTML {
        let day = Day(parsing: round.day)?.finnish ?? round.day
        let title = context.t(.auxqRoundTitle, ["day": day])
        let others = rounds.filter { $0.id != round.id }
        let compare = SelfEvaluationCompareQuery.name(.compare)
        return Layout.page(
            title: title, context,
            content: .group(
                .p(.a(.href(route(evaluation, .selfEvaluations)), .text("← \(context.t(.auxqBack))"))),
                .h1(.text(title), .span(.class("subtitle"), .text(" – \(evaluation.name)"))),
                .if(!round.note.isEmpty, .p(.text(round.note))),
                .if(
                    !others.isEmpty,
                    .form(
                        .method(.get), .action(route(evaluation, .selfEvaluation(round.id ?? .pattern))),
                        .class("inline-form no-print"),
                        .div(
                            .class("field"),
                            .label(
                                .attribute(named: "for", value: "field-\(compare)"), .text(context.t(.auxqCompareWith))),
                            .select(
                                .attribute(named: "name", value: compare), .id("field-\(compare)"),
                                .forEach(others) { other in
                                    Components.optionNode(
                                        value: other.id?.uuidString ?? "",
                                        label: Day(parsing: other.day)?.finnish ?? other.day,
                                        selected: other.id == earlier?.id)
                                })),
                        .button(.type(.submit), .class("button secondary"), .text(context.t(.auxqCompare))))),
                comparison(context, round: round, earlier: earlier, headingLevel: 2)
            ))
    }

    /// Ratings per group (chart and table) and every question's answers side by side.
    static func comparison(
        _ context: PageContext, round: InclusionSelfEvaluation, earlier: InclusionSelfEvaluation?, headingLevel: Int
    ) -> Node<HTML.BodyContext> {
        let later = Day(parsing: round.day)?.finnish ?? round.day
        let before = earlier.map { Day(parsing: $0.day)?.finnish ?? $0.day }
        let laterMeans = InclusionSelfEvaluationService.groupMeans(round)
        let earlierMeans = earlier.map(InclusionSelfEvaluationService.groupMeans)
        func mean(_ value: Double?) -> String {
            value.map { decimal($0, context.language) } ?? "–"
        }
        func h(_ text: String) -> Node<HTML.BodyContext> { headingLevel == 2 ? .h2(.text(text)) : .h3(.text(text)) }
        return .div(
            .class("auxq-comparison"),
            .if(
                earlier != nil,
                .p(.text(context.t(.auxqComparing, ["earlier": before ?? "", "later": later]))),
                else: .p(.text(context.t(.auxqNoEarlier)))),
            scaleNote(context),
            h(context.t(.auxqGroupMeansHeading)),
            .div(
                .class("chart-with-table"),
                .raw(
                    chart(
                        context, groups: AuxiliaryQuestions.groups.map(\.title), later: laterMeans.map(\.mean),
                        earlier: earlierMeans?.map(\.mean), laterLabel: later, earlierLabel: before)),
                .table(
                    .class("auxq-means"),
                    .caption(.text(context.t(.auxqGroupMeansCaption))),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(context.t(.auxqGroup))),
                            .unwrap(before) { .th(.attribute(named: "scope", value: "col"), .text($0)) },
                            .th(.attribute(named: "scope", value: "col"), .text(later)))),
                    .tbody(
                        .forEach(laterMeans.enumerated().map { $0 }) { index, item in
                            .tr(
                                .th(
                                    .attribute(named: "scope", value: "row"), InclusionGuideText.text(item.group.title)),
                                .unwrap(earlierMeans) { .td(.text(mean($0[index].mean))) },
                                .td(.text(mean(item.mean))))
                        }))),
            h(context.t(.auxqAnswersHeading)),
            InclusionGuideText.note(context),
            .forEach(AuxiliaryQuestions.groups) { group in
                .group(
                    headingLevel == 2
                        ? .h3(InclusionGuideText.text(group.title)) : .h4(InclusionGuideText.text(group.title)),
                    .table(
                        .class("auxq-answers"),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(context.t(.auxqQuestion))),
                                .unwrap(before) { .th(.attribute(named: "scope", value: "col"), .text($0)) },
                                .th(.attribute(named: "scope", value: "col"), .text(later)))),
                        .tbody(
                            .forEach(group.questions) { question in
                                .tr(
                                    .th(.attribute(named: "scope", value: "row"), questionText(question)),
                                    .unwrap(earlier) {
                                        answerCell(context, InclusionSelfEvaluationService.answer($0, question.number))
                                    },
                                    answerCell(context, InclusionSelfEvaluationService.answer(round, question.number)))
                            })))
            })
    }

    static func answerCell(_ context: PageContext, _ answer: InclusionSelfEvaluationAnswer?) -> Node<
        HTML.TableRowContext
    > {
        .td(
            .p(.strong(.text(answer?.rating.map { ratingLabel($0, context) } ?? context.t(.auxqNotRated)))),
            .unwrap(answer.flatMap { $0.answer.isEmpty ? nil : $0.answer }) { .p(.text($0)) })
    }

    /// Mean ratings per group as grouped bars (earlier and later round), SVG without script.
    static func chart(
        _ context: PageContext, groups: [String], later: [Double?], earlier: [Double?]?, laterLabel: String,
        earlierLabel: String?
    ) -> String {
        let barWidth = 28.0
        let groupWidth = 120.0
        let left = 36.0
        let top = 34.0
        let plotHeight = 150.0
        let width = left + Double(groups.count) * groupWidth + 12
        let height = top + plotHeight + 34
        func f(_ value: Double) -> String { String(format: "%.1f", value) }
        let colours = ("#9ca3af", "#1d4ed8")
        let title = BarChart.escape(context.t(.auxqGroupMeansHeading))
        let description = BarChart.escape(context.t(.auxqChartDescription))
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"bar-chart auxq-chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" aria-labelledby=\"auxq-chart-title auxq-chart-desc\" focusable=\"false\">"
        svg += "<title id=\"auxq-chart-title\">\(title)</title><desc id=\"auxq-chart-desc\">\(description)</desc>"
        let baseline = top + plotHeight
        for tick in 1...5 {
            let y = baseline - Double(tick) / 5 * plotHeight
            svg +=
                "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - 8))\" y2=\"\(f(y))\" stroke=\"#e5e7eb\"/><text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"#111827\">\(tick)</text>"
        }
        svg +=
            "<line x1=\"\(f(left))\" y1=\"\(f(baseline))\" x2=\"\(f(width - 8))\" y2=\"\(f(baseline))\" stroke=\"#374151\"/>"
        for (index, _) in groups.enumerated() {
            let x0 = left + Double(index) * groupWidth + 20
            var series: [(Double?, String, String)] = []
            if let earlier, let earlierLabel { series.append((earlier[index], colours.0, earlierLabel)) }
            series.append((later[index], colours.1, laterLabel))
            for (offset, item) in series.enumerated() {
                let x = x0 + Double(offset) * (barWidth + 6)
                let valueText = item.0.map { decimal($0, context.language) } ?? "–"
                if let value = item.0 {
                    let barHeight = value / 5 * plotHeight
                    svg +=
                        "<rect x=\"\(f(x))\" y=\"\(f(baseline - barHeight))\" width=\"\(f(barWidth))\" height=\"\(f(barHeight))\" fill=\"\(item.1)\"><title>\(BarChart.escape("\(index + 1) · \(item.2): \(valueText)"))</title></rect>"
                }
                let y = baseline - (item.0 ?? 0) / 5 * plotHeight - 4
                svg +=
                    "<text x=\"\(f(x + barWidth / 2))\" y=\"\(f(y))\" font-size=\"10\" text-anchor=\"middle\" fill=\"#111827\">\(BarChart.escape(valueText))</text>"
            }
            svg +=
                "<text x=\"\(f(x0 + 30))\" y=\"\(f(baseline + 16))\" font-size=\"12\" text-anchor=\"middle\" fill=\"#111827\">\(index + 1)</text>"
        }
        // Legend
        var legendX = left
        for item in [(earlierLabel, colours.0), (Optional(laterLabel), colours.1)] {
            guard let label = item.0 else { continue }
            svg +=
                "<rect x=\"\(f(legendX))\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(item.1)\"/><text x=\"\(f(legendX + 16))\" y=\"16\" font-size=\"12\" fill=\"#111827\">\(BarChart.escape(label))</text>"
            legendX += 110
        }
        svg += "</svg>"
        return svg
    }

    /// The 24-question section of the combined evaluation report: the latest round set
    /// beside the one before it.
    static func reportSection(context: PageContext, evaluation: InclusionEvaluation, on request: Request)
        async throws -> Node<HTML.BodyContext>
    {
        let rounds = try await InclusionSelfEvaluationService.rounds(of: evaluation.requireID(), on: request.db)
        let content: Node<HTML.BodyContext>
        if let latest = rounds.last {
            content = comparison(
                context, round: latest, earlier: rounds.count > 1 ? rounds[rounds.count - 2] : nil, headingLevel: 3)
        } else {
            content = .p(.text(context.t(.auxqNoRounds)))
        }
        return .section(
            .class("report-section"), .id("report-self-evaluation"),
            .h2(.text(context.t(.auxqTitle))),
            content)
    }
}
