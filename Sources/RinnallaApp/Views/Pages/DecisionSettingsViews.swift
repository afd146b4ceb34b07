import Foundation
import Plot
import RinnallaCore

/// The admin's page for the decision frame: the texts in Finnish and Swedish side by side
/// with the defaults marked, and the confirmation.
enum DecisionSettingsViews {
    /// `typed` holds what the admin sent when the form was refused.
    static func page(
        _ context: PageContext, frame: DecisionFrameSettings, typed: DecisionFrameForm?, error: FieldError? = nil
    ) -> HTML {
        let title = context.t(.decisionSettingsTitle)
        return Layout.page(
            title: title, context,
            content: .group(
                .p(.a(.href(SiteRoute.admin(.settings).href), .text("← " + context.t(.settingsTitle)))),
                .h1(.text(title)),
                Components.errorSummary(error, context),
                .div(
                    .class("card"), .id("decision-settings-status"),
                    .p(.text(context.t(.decisionSettingsIntro))),
                    .p(.class("hint"), .text(context.t(.decisionSettingsSwedishReview))),
                    .p(
                        .strong(
                            .text(
                                frame.isConfirmed
                                    ? context.t(
                                        .decisionSettingsConfirmedBy,
                                        [
                                            "name": frame.confirmedByName ?? "",
                                            "date": frame.confirmedAt.map { context.dateTime($0) } ?? "",
                                        ]) : context.t(.decisionSettingsNotConfirmed))))
                ),
                Components.postForm(
                    action: SiteRoute.admin(.decisionSettings).href, context, id: "decision-settings-form",
                    .forEach(DecisionLanguage.allCases) { language in
                        fieldset(context, language: language, frame: frame, typed: typed, error: error)
                    },
                    Components.field(
                        DecisionFrameForm.name(.framePhone), label: context.t(.fieldFramePhone), type: .tel,
                        value: typed?.framePhone ?? frame.phone, autocomplete: "off", error: error, context),
                    Components.checkbox(
                        DecisionFrameForm.name(.confirm), label: context.t(.decisionSettingsConfirm), checked: false),
                    Components.submit(context.t(.decisionSettingsSave), id: "confirm-decision-settings"))
            ))
    }

    private static func fieldset(
        _ context: PageContext, language: DecisionLanguage, frame: DecisionFrameSettings, typed: DecisionFrameForm?,
        error: FieldError?
    ) -> Node<HTML.FormContext> {
        let texts = frame.texts(language)
        let defaults = DecisionFrameSettings.Texts.defaults(language)
        return .fieldset(
            .class("card"),
            .element(
                named: "legend",
                nodes: [.text(context.t(language == .sv ? .decisionSettingsSwedish : .decisionSettingsFinnish))]),
            .forEach(DecisionFrameSettings.textFields) { field -> Node<HTML.FormContext> in
                let name = DecisionFrameSettings.field(field.name, language)
                let value = typed?.texts[name] ?? texts[keyPath: field.keyPath]
                let label = L10nKey(rawValue: "field.\(name)").map { context.t($0) } ?? name
                // Marked while the text is still the shipped default, so the admin knows to check it.
                let hint =
                    !defaults[keyPath: field.keyPath].isEmpty && value == defaults[keyPath: field.keyPath]
                    ? context.t(.decisionSettingsDefaultNote) : nil
                return field.maximum >= 500
                    ? Components.textarea(
                        name, label: label, value: value,
                        rows: field.name == "reviewInstructions" ? 14 : field.name == "service" ? 5 : 3,
                        hint: hint, error: error, context)
                    : Components.field(
                        name, label: label, value: value, required: field.required, autocomplete: "off", hint: hint,
                        error: error, context)
            }
        )
    }
}
