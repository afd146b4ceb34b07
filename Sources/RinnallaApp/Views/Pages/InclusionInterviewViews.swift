import Foundation
import Plot
import RinnallaCore

/// A success-story interview: the form that records it (with the interview guide's themes,
/// questions and follow-up prompts shown while recording) and its page, where excerpts are
/// marked as small success stories.
enum InclusionInterviewViews {
    typealias Form = InterviewForm
    typealias StoryForm = RinnallaApp.StoryForm

    static func newPage(
        _ context: PageContext, evaluation: InclusionEvaluation, themes: [InclusionStoryService.Theme], form: Form,
        error: FieldError?
    ) -> HTML {
        let title = context.t(.storiesNewInterview)
        let languages = InclusionStoryService.languages.map { ($0, InclusionGuideText.languageLabel($0, context)) }
        return Layout.page(
            title: title, context,
            content: .group(
                .p(
                    .a(
                        .href(
                            SiteRoute.evaluation(evaluation.id ?? .pattern, .stories).href(fragment: "step-haastattelu")
                        ), .text("← \(context.t(.storiesBack))"))),
                .h1(.text(title), .span(.class("subtitle"), .text(" – \(evaluation.name)"))),
                Components.errorSummary(error, context),
                .div(
                    .class("step-layout"),
                    .div(
                        .class("step-main"),
                        Components.postForm(
                            action: InclusionStoryViews.route(evaluation, .interviews), context, id: "interview-form",
                            Components.field(
                                Form.name(.pseudonym), label: context.t(.storiesFieldPseudonym),
                                value: form.pseudonym ?? "",
                                required: true, autocomplete: "off", hint: context.t(.storiesPseudonymNote),
                                error: error, context),
                            Components.field(
                                Form.name(.interviewer), label: context.t(.storiesFieldInterviewer),
                                value: form.interviewer ?? "",
                                required: true, error: error, context),
                            Components.field(
                                Form.name(.day), label: context.t(.storiesFieldDay), value: form.day ?? "",
                                required: true,
                                hint: context.t(.storiesDayHint), error: error, context),
                            Components.select(
                                Form.name(.language), label: context.t(.storiesFieldLanguage),
                                options: languages.map { (value: $0.0, label: $0.1) }, selected: form.language ?? "fi",
                                error: error, context),
                            Components.field(
                                Form.name(.activity), label: context.t(.storiesFieldActivity),
                                value: form.activity ?? "",
                                required: true, error: error, context),
                            .div(
                                .class(error?.field == Form.name(.consentRecorded) ? "field field-error" : "field"),
                                .if(
                                    error?.field == Form.name(.consentRecorded),
                                    .p(
                                        .class("error-message"), .id("field-\(Form.name(.consentRecorded))-error"),
                                        .text(error?.message ?? ""))),
                                Components.checkbox(
                                    Form.name(.consentRecorded), label: context.t(.storiesFieldConsentLabel),
                                    checked: form.consentRecorded)),
                            .h2(.text(context.t(.storiesNotesHeading))),
                            .p(.class("hint guide-wording"), .text(context.t(.storiesGuideWording))),
                            .forEach(themes) { theme in
                                .element(
                                    named: "fieldset",
                                    nodes: [
                                        .class("theme-notes"),
                                        .element(
                                            named: "legend",
                                            nodes: [
                                                theme.fromGuide
                                                    ? .span(.attribute(named: "lang", value: "fi"), .text(theme.title))
                                                    : .text("\(theme.title) (\(context.t(.storiesOwnTheme)))")
                                            ]),
                                        .ul(
                                            .class("theme-questions"),
                                            .attribute(named: "lang", value: theme.fromGuide ? "fi" : nil),
                                            .forEach(theme.questions) { .li(.text($0)) }),
                                        Components.textarea(
                                            Form.name(notes: theme.key),
                                            label: context.t(.storiesFieldNotesFor, ["theme": theme.title]),
                                            value: form.notes[theme.key] ?? "", rows: 6, error: error, context),
                                    ])
                            },
                            Components.submit(context.t(.storiesSaveInterview), id: "save-interview"))),
                    .aside(
                        .class("step-guidance"),
                        .h2(.text(context.t(.storiesGuidanceHeading))),
                        InclusionGuideText.note(context),
                        InclusionGuideText.list(SmallSuccessStories.step(.interview).guidance),
                        .h3(.text(context.t(.storiesFollowUpHeading))),
                        InclusionGuideText.list(SmallSuccessStories.followUpQuestions),
                        .h3(.text(context.t(.storiesEverydayHeading))),
                        InclusionGuideText.list(SmallSuccessStories.everydayLifeQuestions),
                        .h3(.text(context.t(.storiesEncouragingHeading))),
                        InclusionGuideText.list(SmallSuccessStories.encouragingComments)))
            ))
    }

    static func page(
        _ context: PageContext, evaluation: InclusionEvaluation, interview: InclusionInterview,
        themes: [InclusionStoryService.Theme], stories: [InclusionStory], codes: InclusionStoryService.Codes,
        form: StoryForm, error: FieldError?
    ) -> HTML {
        let interviewID = interview.id ?? .pattern
        let title = "\(context.t(.storiesInterviewTitle)): \(interview.pseudonym)"
        let domainOptions = InclusionStoryService.domains.map { (value: $0.kind.rawValue, label: $0.title) }
        return Layout.page(
            title: title, context,
            content: .group(
                .p(
                    .a(
                        .href(
                            SiteRoute.evaluation(evaluation.id ?? .pattern, .stories).href(fragment: "step-haastattelu")
                        ), .text("← \(context.t(.storiesBack))"))),
                .h1(.text(title)),
                Components.errorSummary(error, context),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t(.storiesFieldDay))),
                    .dd(.text(Day(parsing: interview.day)?.finnish ?? interview.day)),
                    .dt(.text(context.t(.storiesFieldInterviewer))), .dd(.text(interview.interviewer)),
                    .dt(.text(context.t(.storiesFieldLanguage))),
                    .dd(.text(InclusionGuideText.languageLabel(interview.language, context))),
                    .dt(.text(context.t(.storiesFieldActivity))), .dd(.text(interview.activity)),
                    .dt(.text(context.t(.storiesFieldConsent))), .dd(.text(context.t(.storiesConsentYes)))),
                .h2(.text(context.t(.storiesNotesHeading))),
                .forEach(themes) { theme in
                    let note = interview.notes.first { $0.theme == theme.key }?.notes ?? ""
                    return .group(
                        .h3(theme.fromGuide ? InclusionGuideText.text(theme.title) : .text(theme.title)),
                        note.isEmpty
                            ? .p(.class("hint"), .text(context.t(.storiesNoNotes)))
                            : .div(
                                .class("notes"),
                                .forEach(note.split(separator: "\n").map(String.init)) { .p(.text($0)) }))
                },
                .h2(.text(context.t(.storiesFromInterviewHeading))),
                stories.isEmpty
                    ? .p(.text(context.t(.storiesNoStories)))
                    : .ul(
                        .class("story-list"),
                        .forEach(stories) { story in
                            .li(InclusionStoryViews.storyBody(context, story, themes: themes, pseudonym: nil))
                        }),
                .div(
                    .class("step-layout"),
                    .div(
                        .class("step-main"),
                        .h2(.id("mark-story"), .text(context.t(.storiesMarkStory))),
                        Components.postForm(
                            action: InclusionStoryViews.route(evaluation, .interviewStories(interviewID)), context,
                            id: "story-form",
                            Components.textarea(
                                StoryForm.name(.excerpt), label: context.t(.storiesFieldExcerpt),
                                value: form.excerpt ?? "", rows: 6,
                                hint: context.t(.storiesFieldExcerptHint), error: error, context),
                            Components.select(
                                StoryForm.name(.theme), label: context.t(.storiesFieldTheme),
                                options: [(value: "", label: context.t(.storiesChooseTheme))]
                                    + themes.map { (value: $0.key, label: $0.title) },
                                selected: form.theme ?? "", required: true, error: error, context),
                            .div(
                                .class(
                                    error?.field == StoryForm.name(.sequenceConfirmed) ? "field field-error" : "field"),
                                .p(
                                    .class("hint"),
                                    .span(
                                        .attribute(named: "lang", value: "fi"),
                                        .text(SmallSuccessStories.storyDefinition))),
                                .if(
                                    error?.field == StoryForm.name(.sequenceConfirmed),
                                    .p(
                                        .class("error-message"),
                                        .id("field-\(StoryForm.name(.sequenceConfirmed))-error"),
                                        .text(error?.message ?? ""))),
                                Components.checkbox(
                                    StoryForm.name(.sequenceConfirmed), label: context.t(.storiesFieldSequenceLabel),
                                    checked: form.sequenceConfirmed)),
                            InclusionGuideText.codeField(
                                StoryForm.name(.storyType), label: context.t(.storiesFieldStoryType),
                                value: form.storyType ?? "",
                                suggestions: codes.storyTypes, hint: context.t(.storiesCodeHint), error: error,
                                context),
                            InclusionGuideText.codeField(
                                StoryForm.name(.interpretation), label: context.t(.storiesFieldInterpretation),
                                value: form.interpretation ?? "", suggestions: codes.interpretations,
                                hint: context.t(.storiesFieldInterpretationHint), error: error, context),
                            InclusionGuideText.codeField(
                                StoryForm.name(.mechanism), label: context.t(.storiesFieldMechanism),
                                value: form.mechanism ?? "",
                                suggestions: codes.mechanisms, hint: context.t(.storiesFieldMechanismHint),
                                error: error, context),
                            .p(.class("hint"), .text(context.t(.storiesDomainsOwnNote))),
                            ContactViews.chips(
                                StoryForm.name(.domains),
                                legend: "\(context.t(.storiesFieldDomains)) (\(context.t(.storiesDomainsOwn)))",
                                multiple: true, options: domainOptions, checked: Set(form.domains), error: error,
                                context),
                            Components.submit(context.t(.storiesSaveStory), id: "save-story"))),
                    .aside(
                        .class("step-guidance"),
                        .h2(.text(context.t(.storiesGuidanceHeading))),
                        InclusionGuideText.note(context),
                        InclusionGuideText.list(
                            SmallSuccessStories.step(.analysis).guidance + [SmallSuccessStories.typologyGuidance])))
            ))
    }
}
