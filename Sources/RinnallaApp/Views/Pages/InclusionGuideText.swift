import Plot
import RinnallaCore

/// The guide's own wording (THL's guide, in Finnish) on inclusion pages: marked `lang="fi"`,
/// with a note in the user's language that it is the guide's text, never translated here.
enum InclusionGuideText {
    static func text(_ text: String) -> Node<HTML.BodyContext> {
        .span(.attribute(named: "lang", value: "fi"), .text(text))
    }

    static func note(_ context: PageContext) -> Node<HTML.BodyContext> {
        .p(.class("hint guide-wording"), .text(context.t(.storiesGuideWording)))
    }

    static func list(_ items: [String]) -> Node<HTML.BodyContext> {
        .ul(.attribute(named: "lang", value: "fi"), .forEach(items) { .li(.text($0)) })
    }

    /// A step's guidance from the guide, as an aside beside the step.
    static func guidance(_ kind: SmallSuccessStories.StepKind, _ context: PageContext, extra: [String] = [])
        -> Node<HTML.BodyContext>
    {
        let step = SmallSuccessStories.step(kind)
        return .aside(
            .class("step-guidance"), .attribute(named: "aria-labelledby", value: "guidance-\(kind.rawValue)"),
            .h3(.id("guidance-\(kind.rawValue)"), .text(context.t(.storiesGuidanceHeading))),
            note(context),
            list(step.guidance + extra))
    }

    /// A form field's label for refused input (the fields of the stories and self-evaluation forms).
    static func fieldLabel(_ field: String) -> L10nKey? {
        if field.hasPrefix("notes-") { return .storiesFieldNotes }
        if field.hasPrefix("rating-") { return .auxqRating }
        if field.hasPrefix("answer-") { return .auxqAnswer }
        switch field {
        case "storyAims": return .storiesFieldAims
        case "storyInterviewees": return .storiesFieldInterviewees
        case "storyConsentText": return .storiesFieldConsentText
        case "themeTitle": return .storiesFieldThemeTitle
        case "themeQuestions": return .storiesFieldThemeQuestions
        case "pseudonym": return .storiesFieldPseudonym
        case "interviewer": return .storiesFieldInterviewer
        case "interviewDay": return .storiesFieldDay
        case "consentRecorded": return .storiesFieldConsent
        case "interviewLanguage": return .storiesFieldLanguage
        case "activity": return .storiesFieldActivity
        case "excerpt": return .storiesFieldExcerpt
        case "storyTheme": return .storiesFieldTheme
        case "sequenceConfirmed": return .storiesFieldSequence
        case "storyType": return .storiesFieldStoryType
        case "interpretation": return .storiesFieldInterpretation
        case "mechanism": return .storiesFieldMechanism
        case "domains": return .storiesFieldDomains
        case "selfEvaluationDay": return .auxqFieldDay
        case "selfEvaluationNote": return .auxqFieldNote
        default: return nil
        }
    }

    /// The refused field's message, its `{field}` named in the user's language.
    static func fieldError(_ error: AppError, _ context: PageContext) -> FieldError {
        var arguments = error.arguments
        if let field = arguments["field"], let key = fieldLabel(field) { arguments["field"] = context.t(key) }
        return FieldError(field: error.field, message: context.t(error.key, arguments))
    }

    /// A text input with a list of suggestions (the team's codes so far).
    static func codeField(
        _ name: String, label: String, value: String, suggestions: [String], hint: String? = nil,
        error: FieldError?, _ context: PageContext
    ) -> Node<HTML.FormContext> {
        Components.field(
            name, label: label, value: value, required: true, autocomplete: "off", hint: hint, error: error,
            suggestions: suggestions, context)
    }

    static func languageLabel(_ code: String, _ context: PageContext) -> String {
        switch code {
        case "fi": context.t(.storiesLanguageFi)
        case "sv": context.t(.storiesLanguageSv)
        case "en": context.t(.storiesLanguageEn)
        default: context.t(.storiesLanguageOther)
        }
    }
}
