import Foundation
import Plot
import RinnallaCore

/// Interim and final evaluations: the GAS rating of every goal, the T-score and its
/// change, and what the handbook asks to discuss at each.
enum EvaluationViews {
    typealias Form = EvaluationForm

    struct Model {
        let header: GoalViews.Header
        let evaluations: [EvaluationService.Entry]
        let goals: [GoalService.Entry]
        /// Realised group meetings of the period, for the group participation discussion.
        let groupMeetingsRealised: Int
        let interimDue: EvaluationSchedule.Due?
        /// The start self-assessment against the end one, per instrument, when both exist.
        var closingComparisons: [SelfAssessmentService.Comparison] = []
        /// A start self-assessment is recorded and the end one is not.
        var endSelfAssessmentMissing = false
        /// The period's unit: its client feedback link sits beside the closing feedback.
        var unitID: UUID? = nil
    }

    static func page(_ context: PageContext, _ model: Model, form: Form, error: FieldError?) -> HTML {
        let header = model.header
        return Layout.page(
            title: context.t(.evaluationsTitle), context,
            content: .group(
                PeriodNav.header(
                    context, periodID: header.periodID, clientID: header.clientID, clientName: header.clientName,
                    current: .evaluations, isOpen: header.isOpen),
                .unwrap(model.interimDue) { due in
                    .p(
                        .class("callout warning"), .id("interim-due"),
                        .text(
                            context.t(
                                due.isOverdue ? .evaluationInterimOverdue : .evaluationInterimDue,
                                ["date": due.dueBy.finnish])))
                },
                list(context, model),
                closingSelfAssessment(context, model),
                .if(header.isOpen && header.canWrite, formSection(context, model, form: form, error: error))
            ))
    }

    static func list(_ context: PageContext, _ model: Model) -> Node<HTML.BodyContext> {
        let goalTexts = Dictionary(
            model.goals.compactMap { entry in entry.goal.id.map { ($0, entry) } }, uniquingKeysWith: { a, _ in a })
        return .section(
            .class("card"), .attribute(named: "aria-labelledby", value: "evaluations-heading"),
            .h2(.id("evaluations-heading"), .text(context.t(.evaluationsTitle))),
            DataTable.unlessEmpty(model.evaluations, empty: context.t(.evaluationsNone)) {
                .group(
                    DataTable.render(
                        model.evaluations,
                        columns: [
                            context.t(.fieldDay), context.t(.fieldKind), context.t(.evaluationTScore),
                            context.t(.evaluationChangeFromStart),
                        ], name: .caption(context.t(.evaluationGasCaption)), id: "gas-summary"
                    ) { entry in
                        .tr(
                            .td(.text(Day(iso: entry.evaluation.day)?.finnish ?? "")),
                            .td(.text(context.t(entry.evaluation.evaluationKind.title))),
                            .td(
                                .text(
                                    entry.summary.map {
                                        GoalProgress.format($0.current, language: context.language)
                                    } ?? "–")),
                            .td(
                                .text(
                                    entry.summary.map {
                                        GoalProgress.formatChange($0.change, language: context.language)
                                    } ?? "–")))
                    },
                    .p(.class("hint"), .text(context.t(.evaluationTScoreHint))),
                    .forEach(model.evaluations) { entry in
                        details(context, entry, goals: goalTexts)
                    }
                )
            }
        )
    }

    static func details(
        _ context: PageContext, _ entry: EvaluationService.Entry, goals: [UUID: GoalService.Entry]
    ) -> Node<HTML.BodyContext> {
        let evaluation = entry.evaluation
        let title = "\(context.t(evaluation.evaluationKind.title)) \(Day(iso: evaluation.day)?.finnish ?? "")"
        return .element(
            named: "details",
            nodes: [
                .class("evaluation"), .id("evaluation-\(evaluation.id?.uuidString ?? "")"),
                .element(named: "summary", nodes: [.text(title)]),
                .ul(
                    .forEach(entry.ratings) { rating in
                        let goal = goals[rating.$goal.id]
                        let version = goal?.versions.first { $0.version == rating.goalVersion }
                        return .li(
                            .strong(.text((version?.text ?? "") + ": ")),
                            .text(GoalViews.gasLabel(rating.level, context)),
                            .unwrap(version) { version in
                                .text(" – " + version.description(ofLevel: rating.level))
                            },
                            .if(!rating.note.isEmpty, .p(.class("hint"), .text(rating.note))))
                    }),
                labelled(context, .fieldGroupParticipation, evaluation.groupParticipation),
                .unwrap(evaluation.continuation) { continues in
                    labelled(
                        context, .fieldContinuation,
                        context.t(continues ? .evaluationContinuationYes : .evaluationContinuationNo))
                },
                labelled(context, .fieldContinuationReasons, evaluation.continuationReasons),
                labelled(context, .fieldNextSteps, evaluation.nextSteps),
                labelled(context, .fieldAchieved, evaluation.achieved),
                .unwrap(evaluation.feedbackLanguage) { language in
                    labelled(
                        context, .fieldFeedbackLanguage,
                        RinnallaCore.Language(rawValue: language)?.nativeName ?? language)
                },
                .unwrap(evaluation.feedbackGiven) { given in
                    labelled(
                        context, .fieldFeedbackGiven,
                        context.t(given ? .evaluationFeedbackGivenYes : .evaluationFeedbackGivenNo))
                },
                labelled(context, .fieldClientView, evaluation.clientView),
                labelled(context, .fieldFollowUpPlan, evaluation.followUpPlan),
                labelled(context, .fieldTransition, evaluation.transition),
            ])
    }

    /// At the closing, the start-vs-end change of the self-assessment, or a prompt to
    /// record the end one while it is missing (the controller fills both only then).
    static func closingSelfAssessment(_ context: PageContext, _ model: Model) -> Node<HTML.BodyContext> {
        guard !model.closingComparisons.isEmpty || model.endSelfAssessmentMissing else { return .empty }
        return .section(
            .class("card"), .id("closing-self-assessment"),
            .attribute(named: "aria-labelledby", value: "closing-self-assessment-heading"),
            .h2(.id("closing-self-assessment-heading"), .text(context.t(.evaluationSelfAssessmentChange))),
            .forEach(model.closingComparisons) { SelfAssessmentViews.comparison(context, $0) },
            .if(
                model.endSelfAssessmentMissing,
                .group(
                    .p(.class("callout warning"), .text(context.t(.evaluationSelfAssessmentMissingEnd))),
                    .if(
                        model.header.isOpen && model.header.canWrite,
                        .p(
                            .a(
                                .class("button secondary"), .id("record-end-self-assessment"),
                                .href(
                                    SiteRoute.period(model.header.periodID, .newSelfAssessment).href([
                                        SelfAssessmentForm.name(.stage): SelfAssessmentStage.end.rawValue
                                    ])),
                                .text(context.t(.evaluationRecordEndSelfAssessment)))))
                ))
        )
    }

    static func labelled(_ context: PageContext, _ key: L10nKey, _ text: String) -> Node<HTML.BodyContext> {
        guard !text.isEmpty else { return .empty }
        return .p(.strong(.text(context.t(key) + ": ")), .text(text))
    }

    static func formSection(_ context: PageContext, _ model: Model, form: Form, error: FieldError?)
        -> Node<HTML.BodyContext>
    {
        let periodID = model.header.periodID
        let rated = model.goals.filter { $0.level.isRatedWithGAS }
        return .section(
            .class("card"), .id("new-evaluation"),
            .attribute(named: "aria-labelledby", value: "new-evaluation-heading"),
            .h2(
                .id("new-evaluation-heading"),
                .text(context.t(form.shownKind == .final ? .evaluationNewFinal : .evaluationNewInterim))),
            .p(
                .class("no-print"),
                .a(
                    .href(
                        SiteRoute.period(periodID, .evaluations).href(
                            [Form.name(.kind): (form.shownKind == .final ? EvaluationKind.interim : .final).rawValue],
                            fragment: "new-evaluation")
                    ),
                    .id("switch-kind"),
                    .text(context.t(form.shownKind == .final ? .evaluationSwitchToInterim : .evaluationSwitchToFinal)))),
            Components.errorSummary(error, context),
            .if(
                rated.isEmpty,
                .p(
                    .class("empty-state"),
                    .text(context.t(.evaluationErrorNoGoals) + " "),
                    .a(.href(SiteRoute.period(periodID, .goals).href), .text(context.t(.periodNavGoals)))),
                else: Components.postForm(
                    action: SiteRoute.period(periodID, .evaluations).href, context, id: "evaluation-form",
                    .input(.type(.hidden), .name(Form.name(.kind)), .value(form.shownKind.rawValue)),
                    Components.field(
                        Form.name(.day), label: context.t(.fieldDay), value: form.day ?? "", required: true,
                        error: error, context),
                    .forEach(rated) { goal in ratingFieldset(context, goal, form: form, error: error) },
                    .if(
                        form.shownKind == .interim,
                        .group(
                            .p(
                                .class("hint"), .id("group-attendance"),
                                .text(
                                    context.t(
                                        .evaluationGroupAttendance, ["count": String(model.groupMeetingsRealised)]))),
                            Components.textarea(
                                Form.name(.groupParticipation), label: context.t(.fieldGroupParticipation),
                                value: form.groupParticipation ?? "", rows: 3, hint: context.t(.evaluationGroupHint),
                                error: error, context),
                            radios(
                                Form.name(.continuation), legend: context.t(.fieldContinuation),
                                options: [
                                    ("yes", context.t(.evaluationContinuationYes)),
                                    ("no", context.t(.evaluationContinuationNo)),
                                ], selected: form.continuation ?? "", error: error),
                            Components.textarea(
                                Form.name(.continuationReasons), label: context.t(.fieldContinuationReasons),
                                value: form.continuationReasons ?? "", rows: 3, error: error, context),
                            Components.textarea(
                                Form.name(.nextSteps), label: context.t(.fieldNextSteps), value: form.nextSteps ?? "",
                                rows: 3,
                                error: error, context),
                            Components.submit(context.t(.evaluationSave), id: "save-evaluation")
                        ),
                        else: .group(
                            Components.textarea(
                                Form.name(.achieved), label: context.t(.fieldAchieved), value: form.achieved ?? "",
                                rows: 4,
                                hint: context.t(.evaluationAchievedHint), error: error, context),
                            Components.select(
                                Form.name(.feedbackLanguage), label: context.t(.fieldFeedbackLanguage),
                                options: [
                                    ("", context.t(.evaluationFeedbackNotRequested)),
                                    ("fi", RinnallaCore.Language.fi.nativeName),
                                    ("sv", RinnallaCore.Language.sv.nativeName),
                                ], selected: form.feedbackLanguage ?? "", error: error, context),
                            Components.select(
                                Form.name(.feedbackGiven), label: context.t(.fieldFeedbackGiven),
                                options: [
                                    ("", context.t(.evaluationFeedbackGivenUnknown)),
                                    ("yes", context.t(.evaluationFeedbackGivenYes)),
                                    ("no", context.t(.evaluationFeedbackGivenNo)),
                                ], selected: form.feedbackGiven ?? "", error: error, context),
                            .unwrap(model.unitID) { unitID in
                                .p(
                                    .class("hint"), .id("client-feedback-hint"),
                                    .text(context.t(.clientfeedbackClosingHint) + " "),
                                    .a(
                                        .href(SiteRoute.unit(unitID, .clientFeedback).href),
                                        .text(context.t(.clientfeedbackNavLink))))
                            },
                            Components.textarea(
                                Form.name(.clientView), label: context.t(.fieldClientView),
                                value: form.clientView ?? "", rows: 4, hint: context.t(.evaluationClientViewHint),
                                error: error, context),
                            Components.textarea(
                                Form.name(.followUpPlan), label: context.t(.fieldFollowUpPlan),
                                value: form.followUpPlan ?? "",
                                rows: 4, error: error, context),
                            Components.textarea(
                                Form.name(.transition), label: context.t(.fieldTransition),
                                value: form.transition ?? "", rows: 2,
                                error: error, context),
                            Components.textarea(
                                Form.name(.groupParticipation), label: context.t(.fieldGroupParticipation),
                                value: form.groupParticipation ?? "", rows: 2, error: error, context),
                            .p(.class("callout"), .text(context.t(.evaluationFinalClosesPeriod))),
                            .p(.class("hint"), .text(context.t(.evaluationThanks))),
                            Components.submit(context.t(.evaluationSaveFinal), id: "save-evaluation")
                        ))
                ))
        )
    }

    static func ratingFieldset(
        _ context: PageContext, _ goal: GoalService.Entry, form: Form, error: FieldError?
    ) -> Node<HTML.FormContext> {
        let id = goal.goal.id ?? UUID()
        let name = Form.name(rating: id)
        return .group(
            radios(
                name, legend: "\(GoalViews.levelLabel(goal.level, context)): \(goal.current.text)",
                options: GoalAttainment.levels.reversed().map { level in
                    let description = goal.current.description(ofLevel: level)
                    let label = GoalViews.gasLabel(level, context)
                    return (String(level), description.isEmpty ? label : "\(label): \(description)")
                }, selected: form.ratings[id] ?? "", error: error),
            Components.field(
                Form.name(note: id), label: context.t(.fieldNote), value: form.notes[id] ?? "", error: error, context)
        )
    }

    /// A group of radio buttons with a legend, its error in the fieldset.
    static func radios(
        _ name: String, legend: String, options: [(String, String)], selected: String, error: FieldError?
    ) -> Node<HTML.FormContext> {
        let hasError = error?.field == name
        return .element(
            named: "fieldset",
            nodes: [
                .class(hasError ? "radios field-error" : "radios"), .id("field-\(name)"),
                .element(named: "legend", nodes: [.text(legend)]),
                .if(hasError, .p(.class("error-message"), .text(error?.message ?? ""))),
                .group(
                    options.enumerated().map { index, option in
                        .div(
                            .class("radio"),
                            .input(
                                .type(.radio), .name(name), .id("\(name)-\(index)"), .value(option.0),
                                option.0 == selected ? .checked(true) : .empty),
                            .label(.attribute(named: "for", value: "\(name)-\(index)"), .text(option.1)))
                    }),
            ])
    }
}
