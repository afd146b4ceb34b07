import Foundation
import Plot
import RinnallaCore

/// The public inclusion form at `/o/<token>`: no login, phone first, big radio buttons,
/// the indicator's wording in Finnish or an installed official translation. The page
/// around the form follows the browser's language.
enum InclusionFormViews {
    typealias Form = InclusionResponseService.Submission

    struct Values: Sendable {
        var answers: [String] = Array(repeating: "", count: InclusionIndicator.statementCount)
        var gender = ""
        var ageGroup = ""
        var labourStatus = ""
        var pairingCode = ""
    }

    /// A language the form can be answered in: Finnish and each installed translation.
    struct FormLanguage: Sendable {
        let code: String
        let name: String
    }

    static func languageName(_ code: String) -> String {
        Locale(identifier: code).localizedString(forLanguageCode: code).map {
            $0.prefix(1).uppercased() + $0.dropFirst()
        }
            ?? code
    }

    /// A plain form without a CSRF field: see `InclusionPublicController` for why.
    static func form(
        _ context: PageContext, token: String, round: InclusionRound, evaluation: InclusionEvaluation,
        wording: InclusionIndicatorWording, languages: [FormLanguage], values: Values = .init(),
        missing: [Int] = [], error: FieldError? = nil
    ) -> HTML {
        let title = context.t(.surveyFormTitle)
        let finnishOnly = languages.count == 1
        let explainFinnish = wording.language == "fi" && context.language != .fi
        return Layout.page(
            title: title, context, bodyClass: "public-form",
            content: .div(
                .class("card narrow esis-form"),
                .h1(.text(title)),
                .p(.class("lead"), .text(evaluation.activityName)),
                .p(.text(context.t(.surveyFormIntro))),
                .p(.class("hint"), .id("inclusion-privacy"), .text(context.t(.surveyFormPrivacy))),
                .if(
                    explainFinnish,
                    .p(
                        .class("notice-inline"), .id("finnish-only"),
                        .text(
                            context.t(finnishOnly ? .surveyFormFinnishOnly : .surveyFormFinnishChosen)))),
                .if(
                    !finnishOnly,
                    .nav(
                        .class("form-languages"),
                        .attribute(named: "aria-label", value: context.t(.surveyFormLanguages)),
                        .ul(
                            .forEach(languages) { language in
                                .li(
                                    .if(
                                        language.code == wording.language,
                                        .span(
                                            .attribute(named: "aria-current", value: "true"),
                                            .attribute(named: "lang", value: language.code), .text(language.name)),
                                        else: .a(
                                            .href(
                                                SiteRoute.survey(token, .form).href([
                                                    Form.name(.language): "\(language.code)",
                                                    PageLanguageQuery.name(.lang): context.language.rawValue,
                                                ])
                                            ),
                                            .attribute(named: "lang", value: language.code),
                                            .attribute(named: "hreflang", value: language.code),
                                            .text(language.name))))
                            }))),
                missingSummary(context, missing: missing, wording: wording, error: error),
                .form(
                    .method(.post),
                    .action(
                        SiteRoute.survey(token, .form).href([PageLanguageQuery.name(.lang): context.language.rawValue])),
                    .id("inclusion-form"),
                    .attribute(named: "novalidate", value: "novalidate"),
                    .input(.type(.hidden), .name(Form.name(.language)), .value(wording.language)),
                    .div(
                        .class("esis-items"), .attribute(named: "lang", value: wording.language),
                        .p(.class("esis-question"), .strong(.text(wording.question))),
                        .p(.class("esis-guiding"), .text(wording.guidingSentence)),
                        .forEach(Array(wording.statements.enumerated())) { index, statement in
                            statementField(
                                number: index + 1, statement: statement, options: wording.options,
                                selected: values.answers[index], missing: missing.contains(index + 1),
                                missingText: context.t(.surveyFormMissingOne, ["number": "\(index + 1)"]),
                                wordingLanguage: wording.language, pageLanguage: context.language.rawValue)
                        },
                        .unwrap(wording.language == "fi" ? InclusionIndicator.copyright : nil) {
                            .p(.class("hint esis-copyright"), .text($0))
                        }),
                    .h2(.text(context.t(.surveyBackgroundTitle))),
                    .p(.class("hint"), .text(context.t(.surveyBackgroundIntro))),
                    backgroundField(
                        context, .gender, name: Form.name(.gender), selected: values.gender, error: error),
                    backgroundField(
                        context, .ageGroup, name: Form.name(.ageGroup), selected: values.ageGroup, error: error),
                    backgroundField(
                        context, .labourStatus, name: Form.name(.labourStatus), selected: values.labourStatus,
                        error: error),
                    .h2(.text(context.t(.surveyPairingTitle))),
                    Components.field(
                        Form.name(.pairingCode), label: context.t(.fieldPairingCode), value: values.pairingCode,
                        autocomplete: "off", hint: context.t(.surveyPairingHowTo), error: error, context),
                    Components.submit(context.t(.surveyFormSubmit), id: "inclusion-submit", class: "button wide")
                )
            ))
    }

    /// The summary naming every statement left unanswered (or the one bad field).
    static func missingSummary(
        _ context: PageContext, missing: [Int], wording: InclusionIndicatorWording, error: FieldError?
    ) -> Node<HTML.BodyContext> {
        if let error { return Components.errorSummary(error, context) }
        guard !missing.isEmpty else { return .empty }
        return .div(
            .class("error-summary"), .attribute(named: "role", value: "alert"),
            .attribute(named: "tabindex", value: "-1"), .id("error-summary"),
            .h2(.text(context.t(.surveyFormMissingTitle, ["count": "\(missing.count)"]))),
            .p(.text(context.t(.surveyFormMissingIntro))),
            .ul(
                .forEach(missing) { number in
                    .li(
                        .a(
                            .href("#field-\(Form.name(statement: number))"),
                            .text("\(number). "),
                            .span(
                                .attribute(named: "lang", value: wording.language),
                                .text(wording.statements[number - 1]))))
                }))
    }

    static func statementField(
        number: Int, statement: String, options: [String], selected: String, missing: Bool, missingText: String,
        wordingLanguage: String, pageLanguage: String
    ) -> Node<HTML.FormContext> {
        let name = Form.name(statement: number)
        return .fieldset(
            .id("field-\(name)"), .class(missing ? "field field-error esis-item" : "field esis-item"),
            .attribute(named: "aria-describedby", value: missing ? "field-\(name)-error" : nil),
            .element(named: "legend", nodes: [.text("\(number). \(statement)")]),
            .if(
                missing,
                .p(
                    .class("error-message"), .id("field-\(name)-error"), .attribute(named: "lang", value: pageLanguage),
                    .text(missingText))),
            .div(
                .class("esis-options"),
                .forEach(Array(options.enumerated())) { index, option in
                    let value = String(index + 1)
                    let id = "\(name)-\(value)"
                    return .div(
                        .class("esis-option"),
                        .input(
                            .type(.radio), .name(name), .id(id), .value(value),
                            selected == value ? .checked(true) : .empty),
                        .label(.attribute(named: "for", value: id), .text(option)))
                }))
    }

    static func backgroundField(
        _ context: PageContext, _ question: InclusionBackgroundQuestion, name: String, selected: String,
        error: FieldError?
    ) -> Node<HTML.FormContext> {
        let hasError = error?.field == name
        return .fieldset(
            .id("field-\(name)"), .class(hasError ? "field field-error esis-background" : "field esis-background"),
            .element(named: "legend", nodes: [.text(context.t(InclusionLabels.question(question)))]),
            .if(hasError, .p(.class("error-message"), .text(error?.message ?? ""))),
            .forEach(question.answers) { answer in
                let id = "\(name)-\(answer)"
                return .div(
                    .class("esis-option"),
                    .input(
                        .type(.radio), .name(name), .id(id), .value(answer),
                        selected == answer ? .checked(true) : .empty),
                    .label(
                        .attribute(named: "for", value: id), .text(context.t(InclusionLabels.answer(question, answer))))
                )
            })
    }

    static func thanks(_ context: PageContext) -> HTML {
        Layout.page(
            title: context.t(.surveyThanksTitle), context, bodyClass: "public-form",
            content: .div(
                .class("card narrow"), .id("inclusion-thanks"),
                .h1(.text(context.t(.surveyThanksTitle))),
                .p(.text(context.t(.surveyThanksText)))))
    }

    /// A round not open today: when it was or will be open, without a form.
    static func notOpen(_ context: PageContext, round: InclusionRound, state: InclusionRoundState) -> HTML {
        let days = InclusionEvaluationViews.days(round)
        let title = context.t(state == .closed ? .surveyClosedTitle : .surveyNotYetTitle)
        let text = context.t(state == .closed ? .surveyClosedText : .surveyNotYetText, ["days": days])
        return Layout.page(
            title: title, context, bodyClass: "public-form",
            content: .div(
                .class("card narrow"), .id("inclusion-not-open"),
                .h1(.text(title)),
                .p(.text(text))))
    }
}
