import Fluent
import Foundation
import Plot
import RinnallaCore
import Vapor

/// `/evaluations/:evaluationID/stories`: the Small success stories of an evaluation as a
/// stepper through the guide's four steps, each with the guide's guidance beside it.
enum InclusionStoryViews {
    struct Model {
        let evaluation: InclusionEvaluation
        let plan: InclusionStoryPlan?
        let themes: [InclusionStoryService.Theme]
        let interviews: [InclusionInterview]
        let stories: [InclusionStory]
    }

    typealias PlanForm = StoryPlanForm
    typealias ThemeForm = StoryThemeForm

    static func route(_ evaluation: InclusionEvaluation, _ page: SiteRoute.EvaluationPage) -> String {
        SiteRoute.evaluation(evaluation.id ?? .pattern, page).href
    }

    static func themeTitle(_ key: String, _ themes: [InclusionStoryService.Theme]) -> String {
        themes.first { $0.key == key }?.title ?? key
    }

    static func page(
        _ context: PageContext, _ model: Model, planForm: PlanForm? = nil, themeForm: ThemeForm = .init(),
        error: FieldError? = nil
    ) -> HTML {
        let evaluation = model.evaluation
        let plan =
            planForm
            ?? PlanForm(
                aims: model.plan?.aims ?? evaluation.aims, interviewees: model.plan?.interviewees ?? "",
                consentText: model.plan?.consentText ?? "")
        let steps: [(SmallSuccessStories.StepKind, L10nKey)] = [
            (.preparation, .storiesStepPreparation), (.interview, .storiesStepInterview),
            (.analysis, .storiesStepAnalysis), (.reporting, .storiesStepReporting),
        ]
        let title = context.t(.storiesTitle)
        return Layout.page(
            title: "\(title): \(evaluation.name)", context,
            content: .group(
                .h1(.text(title), .span(.class("subtitle"), .text(" – \(evaluation.name)"))),
                .p(.text(context.t(.storiesIntro))),
                Components.errorSummary(error, context),
                .nav(
                    .class("stepper"), .attribute(named: "aria-label", value: context.t(.storiesStepsLabel)),
                    .ol(
                        .forEach(steps.enumerated().map { $0 }) { index, step in
                            .li(.a(.href("#step-\(step.0.rawValue)"), .text("\(index + 1). \(context.t(step.1))")))
                        })),
                preparation(context, model, plan: plan, themeForm: themeForm, error: error),
                interviews(context, model),
                analysis(context, model),
                reporting(context, model)
            ))
    }

    static func stepSection(
        _ kind: SmallSuccessStories.StepKind, number: Int, title: L10nKey, _ context: PageContext,
        extraGuidance: [String] = [], _ content: Node<HTML.BodyContext>
    ) -> Node<HTML.BodyContext> {
        .section(
            .class("step"), .id("step-\(kind.rawValue)"),
            .attribute(named: "aria-labelledby", value: "step-\(kind.rawValue)-heading"),
            .h2(.id("step-\(kind.rawValue)-heading"), .text("\(number). \(context.t(title))")),
            .div(
                .class("step-layout"),
                .div(.class("step-main"), content),
                InclusionGuideText.guidance(kind, context, extra: extraGuidance)))
    }

    // MARK: 1. Preparation

    static func preparation(
        _ context: PageContext, _ model: Model, plan: PlanForm, themeForm: ThemeForm, error: FieldError?
    ) -> Node<HTML.BodyContext> {
        return stepSection(
            .preparation, number: 1, title: .storiesStepPreparation, context,
            .group(
                Components.postForm(
                    action: route(model.evaluation, .storyPlan), context, id: "story-plan",
                    Components.textarea(
                        PlanForm.name(.aims), label: context.t(.storiesFieldAims), value: plan.aims ?? "", rows: 3,
                        hint: context.t(.storiesFieldAimsHint), error: error, context),
                    Components.textarea(
                        PlanForm.name(.interviewees), label: context.t(.storiesFieldInterviewees),
                        value: plan.interviewees ?? "",
                        rows: 3, hint: context.t(.storiesFieldIntervieweesHint), error: error, context),
                    Components.textarea(
                        PlanForm.name(.consentText), label: context.t(.storiesFieldConsentText),
                        value: plan.consentText ?? "",
                        rows: 5, hint: context.t(.storiesFieldConsentTextHint), error: error, context),
                    Components.submit(context.t(.storiesSavePlan))),
                .div(
                    .class("principles"),
                    .h3(.text(context.t(.storiesPrinciplesHeading))),
                    InclusionGuideText.note(context),
                    InclusionGuideText.list(SmallSuccessStories.goodInterviewPrinciples)),
                .h3(.text(context.t(.storiesInterviewGuideHeading))),
                InclusionGuideText.note(context),
                .forEach(model.themes) { theme in
                    .div(
                        .class("story-theme"),
                        .h4(
                            theme.fromGuide ? InclusionGuideText.text(theme.title) : .text(theme.title),
                            .if(
                                !theme.fromGuide,
                                .span(.class("badge"), .text(" \(context.t(.storiesOwnTheme))")))),
                        theme.fromGuide
                            ? InclusionGuideText.list(theme.questions)
                            : .ul(.forEach(theme.questions) { .li(.text($0)) }))
                },
                .h4(.text(context.t(.storiesFollowUpHeading))),
                InclusionGuideText.list(SmallSuccessStories.followUpQuestions),
                .p(.class("hint"), InclusionGuideText.text(SmallSuccessStories.ownThemesNote)),
                .h3(.text(context.t(.storiesAddTheme))),
                Components.postForm(
                    action: route(model.evaluation, .storyThemes), context, id: "story-theme",
                    Components.field(
                        ThemeForm.name(.title), label: context.t(.storiesFieldThemeTitle), value: themeForm.title ?? "",
                        required: true, error: error, context),
                    Components.textarea(
                        ThemeForm.name(.questions), label: context.t(.storiesFieldThemeQuestions),
                        value: themeForm.questions ?? "",
                        rows: 4, hint: context.t(.storiesFieldThemeQuestionsHint), error: error, context),
                    Components.submit(context.t(.storiesAddTheme), class: "button secondary"))
            ))
    }

    // MARK: 2. Interviews

    static func interviews(_ context: PageContext, _ model: Model) -> Node<HTML.BodyContext> {
        let counts = Dictionary(grouping: model.stories, by: { $0.$interview.id }).mapValues(\.count)
        return stepSection(
            .interview, number: 2, title: .storiesStepInterview, context,
            extraGuidance: SmallSuccessStories.encouragingComments,
            .group(
                .p(
                    .a(
                        .class("button"), .id("new-interview"), .href(route(model.evaluation, .newInterview)),
                        .text(context.t(.storiesNewInterview)))),
                .p(.class("hint"), .text(context.t(.storiesPseudonymNote))),
                model.interviews.isEmpty
                    ? .p(.text(context.t(.storiesNoInterviews)))
                    : .table(
                        .caption(.text(context.t(.storiesInterviewsCaption))),
                        .thead(
                            .tr(
                                .th(.text(context.t(.storiesFieldPseudonym))), .th(.text(context.t(.storiesFieldDay))),
                                .th(.text(context.t(.storiesFieldInterviewer))),
                                .th(.text(context.t(.storiesFieldLanguage))),
                                .th(.text(context.t(.storiesStoriesCount))))),
                        .tbody(
                            .forEach(model.interviews) { interview in
                                .tr(
                                    .td(
                                        .a(
                                            .href(route(model.evaluation, .interview(interview.id ?? .pattern))),
                                            .text(interview.pseudonym))),
                                    .td(.text(Day(parsing: interview.day)?.finnish ?? interview.day)),
                                    .td(.text(interview.interviewer)),
                                    .td(.text(InclusionGuideText.languageLabel(interview.language, context))),
                                    .td(.text("\(counts[interview.id ?? UUID()] ?? 0)")))
                            }))
            ))
    }

    // MARK: 3. Analysis

    static func analysis(_ context: PageContext, _ model: Model) -> Node<HTML.BodyContext> {
        let pseudonyms = Dictionary(
            uniqueKeysWithValues: model.interviews.compactMap { i in i.id.map { ($0, i.pseudonym) } })
        return stepSection(
            .analysis, number: 3, title: .storiesStepAnalysis, context,
            extraGuidance: [SmallSuccessStories.storyDefinition, SmallSuccessStories.typologyGuidance],
            .group(
                model.stories.isEmpty
                    ? .p(.text(context.t(.storiesNoStories)))
                    : .group(
                        .h3(.text(context.t(.storiesTypologyHeading))),
                        groupedTable(
                            context, InclusionStoryService.grouped(model.stories, by: \.storyType),
                            heading: .storiesFieldStoryType, id: "typology"),
                        .h3(.text(context.t(.storiesByThemeHeading))),
                        groupedTable(
                            context,
                            InclusionStoryService.grouped(model.stories) { themeTitle($0.theme, model.themes) },
                            heading: .storiesFieldTheme, id: "by-theme"),
                        .h3(.text(context.t(.storiesByMechanismHeading))),
                        groupedTable(
                            context, InclusionStoryService.grouped(model.stories, by: \.mechanism),
                            heading: .storiesFieldMechanism, id: "by-mechanism"),
                        .h3(.text(context.t(.storiesByInterpretationHeading))),
                        groupedTable(
                            context, InclusionStoryService.grouped(model.stories, by: \.interpretation),
                            heading: .storiesFieldInterpretation, id: "by-interpretation"),
                        .h3(.text(context.t(.storiesAllStoriesHeading))),
                        .ul(
                            .class("story-list"),
                            .forEach(model.stories) { story in
                                .li(
                                    .id("story-\(story.id?.uuidString ?? "")"),
                                    storyBody(
                                        context, story, themes: model.themes, pseudonym: pseudonyms[story.$interview.id]
                                    ),
                                    chooseForm(context, story, evaluation: model.evaluation))
                            }))
            ))
    }

    static func groupedTable(
        _ context: PageContext, _ groups: [(code: String, stories: [InclusionStory])], heading: L10nKey, id: String
    ) -> Node<HTML.BodyContext> {
        .table(
            .id(id), .class("story-groups"),
            .thead(
                .tr(
                    .th(.attribute(named: "scope", value: "col"), .text(context.t(heading))),
                    .th(.attribute(named: "scope", value: "col"), .text(context.t(.storiesStoriesCount))),
                    .th(.attribute(named: "scope", value: "col"), .text(context.t(.storiesExcerptsColumn))))),
            .tbody(
                .forEach(groups) { group in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(group.code)),
                        .td(.text("\(group.stories.count)")),
                        .td(
                            .ul(
                                .forEach(group.stories) { story in
                                    .li(.a(.href("#story-\(story.id?.uuidString ?? "")"), .text(short(story.excerpt))))
                                })))
                }))
    }

    static func short(_ text: String) -> String {
        text.count <= 80 ? text : String(text.prefix(79)) + "…"
    }

    static func storyBody(
        _ context: PageContext, _ story: InclusionStory, themes: [InclusionStoryService.Theme], pseudonym: String?
    ) -> Node<HTML.BodyContext> {
        .group(
            .blockquote(.p(.text(story.excerpt))),
            .dl(
                .class("story-codes"),
                .unwrap(pseudonym) { .group(.dt(.text(context.t(.storiesFieldPseudonym))), .dd(.text($0))) },
                .dt(.text(context.t(.storiesFieldTheme))), .dd(.text(themeTitle(story.theme, themes))),
                .dt(.text(context.t(.storiesFieldStoryType))), .dd(.text(story.storyType)),
                .dt(.text(context.t(.storiesFieldInterpretation))), .dd(.text(story.interpretation)),
                .dt(.text(context.t(.storiesFieldMechanism))), .dd(.text(story.mechanism)),
                .if(
                    !story.domainKinds.isEmpty,
                    .group(
                        .dt(.text(context.t(.storiesFieldDomains))),
                        .dd(
                            InclusionGuideText.text(
                                story.domainKinds.compactMap { kind in
                                    AuxiliaryQuestions.groups.first { $0.kind == kind }?.title
                                }.joined(separator: ", ")),
                            .span(.class("hint"), .text(" (\(context.t(.storiesDomainsOwn)))")))))),
            .if(story.chosen, .p(.class("badge chosen"), .text(context.t(.storiesChosenBadge)))))
    }

    static func chooseForm(_ context: PageContext, _ story: InclusionStory, evaluation: InclusionEvaluation) -> Node<
        HTML.BodyContext
    > {
        Components.postForm(
            action: route(evaluation, .storyChosen(story.id ?? .pattern)), context, class: "inline-form",
            .input(.type(.hidden), .name(StoryChoiceForm.name(.chosen)), .value(story.chosen ? "false" : "true")),
            Components.submit(
                context.t(story.chosen ? .storiesUnchoose : .storiesChoose), class: "button secondary"))
    }

    // MARK: 4. Reporting

    static func reporting(_ context: PageContext, _ model: Model) -> Node<HTML.BodyContext> {
        stepSection(
            .reporting, number: 4, title: .storiesStepReporting, context,
            .group(
                .p(.text(context.t(.storiesReportingIntro))),
                section(context, stories: model.stories, themes: model.themes, headingLevel: 3)))
    }

    /// Chosen quotes and the typology, as the report shows them (no pseudonyms: the guide
    /// says the interviewees must not be identifiable from the report).
    static func section(
        _ context: PageContext, stories: [InclusionStory], themes: [InclusionStoryService.Theme], headingLevel: Int
    ) -> Node<HTML.BodyContext> {
        let chosen = stories.filter(\.chosen)
        let typology = InclusionStoryService.grouped(stories, by: \.storyType)
        func heading(_ key: L10nKey) -> Node<HTML.BodyContext> {
            headingLevel == 2 ? .h3(.text(context.t(key))) : .h4(.text(context.t(key)))
        }
        return .div(
            .class("story-report"),
            .p(.text(context.t(.storiesReportCounts, ["stories": "\(stories.count)", "types": "\(typology.count)"]))),
            heading(.storiesTypologyHeading),
            typology.isEmpty
                ? .p(.text(context.t(.storiesNoStories)))
                : .table(
                    .class("story-typology"),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(context.t(.storiesFieldStoryType))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t(.storiesStoriesCount))))),
                    .tbody(
                        .forEach(typology) { group in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(group.code)),
                                .td(.text("\(group.stories.count)")))
                        })),
            heading(.storiesChosenHeading),
            chosen.isEmpty
                ? .p(.text(context.t(.storiesNoChosen)))
                : .div(
                    .class("story-quotes"),
                    .forEach(chosen) { story in
                        .div(
                            .class("story-quote"),
                            .blockquote(.p(.text(story.excerpt))),
                            .p(
                                .class("story-quote-codes"),
                                .text(
                                    "\(themeTitle(story.theme, themes)) · \(story.storyType) · \(story.interpretation) · \(story.mechanism)"
                                )))
                    }))
    }

    /// The Small success stories section of the combined evaluation report: chosen quotes and
    /// the typology. The read is audited.
    static func reportSection(context: PageContext, evaluation: InclusionEvaluation, on request: Request)
        async throws -> Node<HTML.BodyContext>
    {
        let evaluationID = try evaluation.requireID()
        let stories = try await InclusionStoryService.stories(of: evaluationID, on: request.db)
        let themes = try await InclusionStoryService.themes(of: evaluationID, on: request.db)
        try await AuditLog.append(
            .view, unitID: evaluation.$unit.id, recordType: "inclusion-stories", recordID: evaluationID.uuidString,
            detail: "report", on: request)
        return .section(
            .class("report-section"), .id("report-stories"),
            .h2(.text(context.t(.storiesTitle))),
            section(context, stories: stories, themes: themes, headingLevel: 2))
    }
}
