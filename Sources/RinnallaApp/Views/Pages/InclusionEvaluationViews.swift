import Foundation
import Plot
import RinnallaCore

/// Staff pages of inclusion evaluations: the list, the new-evaluation form and an
/// evaluation's page with its collection rounds.
enum InclusionEvaluationViews {
    typealias Form = InclusionEvaluationForm
    typealias RoundForm = InclusionRoundForm

    /// The guide's word on individual use, where someone looking at results would look.
    static func notPerPersonNote(_ context: PageContext) -> Node<HTML.BodyContext> {
        .div(
            .class("guide"), .id("inclusion-not-per-person"),
            .p(.text(context.t(.surveyNotPerPerson))),
            .p(
                .attribute(named: "lang", value: "fi"),
                .element(named: "q", text: InclusionIndicator.Guidance.notForIndividualAssessment),
                .text(" (\(InclusionIndicator.source))")))
    }

    static func list(
        _ context: PageContext, evaluations: [InclusionEvaluation], unitNames: [UUID: String], canCreate: Bool
    ) -> HTML {
        let title = context.t(.surveyEvaluationsTitle)
        return Layout.page(
            title: title, context,
            content: .group(
                .h1(.text(title)),
                .p(.text(context.t(.surveyEvaluationsIntro))),
                .if(
                    canCreate,
                    .p(
                        .a(
                            .href(SiteRoute.evaluations(.new).href), .class("button"), .id("new-evaluation"),
                            .text(context.t(.surveyEvaluationNew))))),
                .if(
                    evaluations.isEmpty,
                    .p(.id("no-evaluations"), .text(context.t(.surveyEvaluationsNone))),
                    else: .table(
                        .class("data-table"), .id("evaluations"),
                        .thead(
                            .tr(
                                .columnHeader(context.t(.surveyEvaluationName)),
                                .columnHeader(context.t(.surveyActivity)),
                                .columnHeader(context.t(.surveyUnit)))),
                        .tbody(
                            .forEach(evaluations) { evaluation in
                                .tr(
                                    .td(
                                        .a(
                                            .href(SiteRoute.evaluation(evaluation.id ?? .pattern, .show).href),
                                            .text(evaluation.name))),
                                    .td(
                                        .text(
                                            "\(context.t(InclusionLabels.activity(evaluation.kind))): \(evaluation.activityName)"
                                        )),
                                    .td(.text(unitNames[evaluation.$unit.id] ?? "")))
                            }))),
                notPerPersonNote(context)))
    }

    static func newPage(
        _ context: PageContext, units: [(id: UUID, name: String)], groups: [ActivityGroup], form: Form,
        error: FieldError?
    ) -> HTML {
        let title = context.t(.surveyEvaluationNew)
        let kinds = InclusionActivityKind.allCases.map { ($0.rawValue, context.t(InclusionLabels.activity($0))) }
        let groupOptions =
            [("", context.t(.surveyNoGroup))]
            + groups.map { ($0.id?.uuidString ?? "", $0.name) }
        return Layout.page(
            title: title, context,
            content: .div(
                .class("card"),
                .h1(.text(title)),
                Components.errorSummary(error, context),
                Components.postForm(
                    action: SiteRoute.evaluations(.list).href, context, id: "evaluation-form",
                    .if(
                        units.count > 1,
                        Components.select(
                            Form.name(.unitID), label: context.t(.surveyUnit),
                            options: units.map { ($0.id.uuidString, $0.name) },
                            selected: form.unitID ?? "", required: true, error: error, context),
                        else: .input(
                            .type(.hidden), .name(Form.name(.unitID)), .value(units.first?.id.uuidString ?? ""))),
                    Components.field(
                        Form.name(.name), label: context.t(.fieldName), value: form.name ?? "", required: true,
                        error: error, context),
                    Components.select(
                        Form.name(.activityKind), label: context.t(.fieldActivityKind), options: kinds,
                        selected: form.activityKind ?? "", required: true, error: error, context),
                    Components.field(
                        Form.name(.activityName), label: context.t(.fieldActivityName), value: form.activityName ?? "",
                        required: true,
                        hint: context.t(.surveyActivityNameHint), error: error, context),
                    .if(
                        !groups.isEmpty,
                        Components.select(
                            Form.name(.groupID), label: context.t(.fieldGroupID), options: groupOptions,
                            selected: form.groupID ?? "",
                            error: error, context)),
                    Components.textarea(
                        Form.name(.aims), label: context.t(.fieldAims), value: form.aims ?? "", rows: 4,
                        hint: context.t(.surveyAimsHint), error: error, context),
                    Components.submit(context.t(.surveyEvaluationCreate), id: "evaluation-submit")))
        )
    }

    static func stateText(_ summary: InclusionEvaluationService.RoundSummary, _ context: PageContext) -> String {
        context.t(InclusionLabels.state(summary.state))
    }

    static func days(_ round: InclusionRound) -> String {
        let first = Day(parsing: round.opensOn)?.finnish ?? round.opensOn
        let last = Day(parsing: round.closesOn)?.finnish ?? round.closesOn
        return "\(first)–\(last)"
    }

    static func page(
        _ context: PageContext, evaluation: InclusionEvaluation, unitName: String, groupName: String?,
        rounds: [InclusionEvaluationService.RoundSummary], canManage: Bool, roundForm: RoundForm,
        error: FieldError?
    ) -> HTML {
        let id = evaluation.id ?? .pattern
        return Layout.page(
            title: evaluation.name, context,
            content: .group(
                .p(
                    .class("no-print"),
                    .a(.href(SiteRoute.evaluations(.list).href), .text("← " + context.t(.surveyEvaluationsTitle)))),
                .h1(.text(evaluation.name)),
                .element(
                    named: "dl",
                    nodes: [
                        .class("details"),
                        .element(named: "dt", text: context.t(.surveyActivity)),
                        .element(
                            named: "dd",
                            text: "\(context.t(InclusionLabels.activity(evaluation.kind))): \(evaluation.activityName)"),
                        .element(named: "dt", text: context.t(.surveyUnit)),
                        .element(named: "dd", text: unitName),
                        .unwrap(groupName) {
                            .group(
                                .element(named: "dt", text: context.t(.fieldGroupID)),
                                .element(named: "dd", text: $0))
                        },
                        .if(
                            !evaluation.aims.isEmpty,
                            .group(
                                .element(named: "dt", text: context.t(.fieldAims)),
                                .element(named: "dd", text: evaluation.aims))),
                    ]),
                notPerPersonNote(context),
                .h2(.text(context.t(.surveyRoundsTitle))),
                .if(
                    rounds.isEmpty, .p(.id("no-rounds"), .text(context.t(.surveyRoundsNone))),
                    else: .table(
                        .class("data-table"), .id("rounds"),
                        .thead(
                            .tr(
                                .columnHeader(context.t(.surveyRoundName)),
                                .columnHeader(context.t(.surveyRoundDays)),
                                .columnHeader(context.t(.surveyRoundState)),
                                .columnHeader(context.t(.surveyRoundComplete)),
                                .columnHeader(context.t(.surveyRoundIncomplete)),
                                .columnHeader(context.t(.surveyRoundLinks)))),
                        .tbody(
                            .forEach(rounds) { summary in
                                let roundID = summary.round.id ?? .pattern
                                return .tr(
                                    .th(.attribute(named: "scope", value: "row"), .text(summary.round.name)),
                                    .td(.text(days(summary.round))),
                                    .td(.text(stateText(summary, context))),
                                    .td(.text("\(summary.complete)")),
                                    .td(.text("\(summary.incomplete)")),
                                    .td(
                                        .ul(
                                            .class("inline-links"),
                                            .li(
                                                .a(
                                                    .href(SiteRoute.round(roundID, .show).href),
                                                    .text(context.t(.surveyRoundLinkPage)))),
                                            .li(
                                                .a(
                                                    .href(SiteRoute.round(roundID, .results).href),
                                                    .text(context.t(.surveyRoundResults)))))))
                            }))),
                parts(context, evaluationID: id, canManage: canManage),
                .if(
                    canManage,
                    .div(
                        .class("card no-print"),
                        .h2(.text(context.t(.surveyRoundAdd))),
                        Components.errorSummary(error, context),
                        Components.postForm(
                            action: SiteRoute.evaluation(id, .rounds).href, context, id: "round-form",
                            Components.field(
                                RoundForm.name(.name), label: context.t(.fieldRoundName), value: roundForm.name ?? "",
                                required: true,
                                hint: context.t(.surveyRoundNameHint), error: error, context),
                            Components.field(
                                RoundForm.name(.opensOn), label: context.t(.fieldOpensOn),
                                value: roundForm.opensOn ?? "", required: true,
                                hint: context.t(.surveyDateHint), error: error, context),
                            Components.field(
                                RoundForm.name(.closesOn), label: context.t(.fieldClosesOn),
                                value: roundForm.closesOn ?? "",
                                required: true, hint: context.t(.surveyDateHint), error: error, context),
                            Components.submit(context.t(.surveyRoundAddSubmit), id: "round-submit")))))
        )
    }

    /// Links to the evaluation's other parts: the comparison of rounds for everyone who sees
    /// results; stories, the 24 questions and the combined report for those who manage
    /// evaluations (interview notes are not aggregates).
    static func parts(_ context: PageContext, evaluationID id: UUID, canManage: Bool) -> Node<HTML.BodyContext> {
        .nav(
            .class("no-print"), .id("evaluation-parts"), .attribute(named: "aria-labelledby", value: "parts-title"),
            .h2(.id("parts-title"), .text(context.t(.inclusionPartsTitle))),
            .ul(
                .li(.a(.href(SiteRoute.evaluation(id, .results).href), .text(context.t(.inclusionPartsComparison)))),
                .if(
                    canManage,
                    .group(
                        .li(.a(.href(SiteRoute.evaluation(id, .stories).href), .text(context.t(.storiesTitle)))),
                        .li(.a(.href(SiteRoute.evaluation(id, .selfEvaluations).href), .text(context.t(.auxqTitle)))),
                        .li(
                            .a(
                                .href(SiteRoute.evaluation(id, .report).href), .id("link-report"),
                                .text(context.t(.inclusionPartsReport))))
                    ))))
    }
}
