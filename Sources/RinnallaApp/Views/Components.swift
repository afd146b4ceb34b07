import Plot
import RinnallaCore

/// Small building blocks shared by pages, so every form field is labelled and every
/// error names its field the same way.
enum Components {
    static func csrfField(_ context: PageContext) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(context.csrfToken))
    }

    /// A POST form with the CSRF token.
    static func postForm(
        action: String, _ context: PageContext, id: String? = nil,
        class className: String? = nil, _ nodes: Node<HTML.FormContext>...
    ) -> Node<HTML.BodyContext> {
        .form(
            .method(.post), .action(action),
            .unwrap(id) { .id($0) },
            .unwrap(className) { .class($0) },
            csrfField(context),
            .group(nodes))
    }

    /// A labelled input with its hint and error, linked with `aria-describedby`;
    /// `suggestions` (when given) as a `datalist` the browser offers while typing.
    static func field(
        _ name: String, label: String, type: HTMLInputType = .text, value: String? = nil,
        required: Bool = false, autocomplete: String? = nil, hint: String? = nil, error: FieldError? = nil,
        suggestions: [String]? = nil, _ context: PageContext
    ) -> Node<HTML.FormContext> {
        let id = "field-\(name)"
        let hasError = error?.field == name
        let described = [hint != nil ? "\(id)-hint" : nil, hasError ? "\(id)-error" : nil].compactMap { $0 }
        return .div(
            .class(hasError ? "field field-error" : "field"),
            .label(
                .attribute(named: "for", value: id), .text(label),
                .if(required, .span(.class("required"), .text(" (\(context.t(.formRequired)))")))),
            .unwrap(hint) { .p(.class("hint"), .id("\(id)-hint"), .text($0)) },
            .if(hasError, .p(.class("error-message"), .id("\(id)-error"), .text(error?.message ?? ""))),
            .input(
                .type(type), .name(name), .id(id),
                .attribute(named: "value", value: value),
                required ? .required(true) : .empty,
                .attribute(named: "autocomplete", value: autocomplete),
                .attribute(named: "list", value: suggestions == nil ? nil : "\(id)-codes"),
                .attribute(
                    named: "aria-describedby", value: described.isEmpty ? nil : described.joined(separator: " ")),
                .attribute(named: "aria-invalid", value: hasError ? "true" : nil)
            ),
            .unwrap(suggestions) { suggestions in
                .raw(
                    "<datalist id=\"\(id)-codes\">"
                        + suggestions.map { "<option value=\"\(BarChart.escape($0))\"></option>" }.joined()
                        + "</datalist>")
            }
        )
    }

    static func select(
        _ name: String, label: String, options: [(value: String, label: String)], selected: String?,
        required: Bool = false, error: FieldError? = nil, _ context: PageContext
    ) -> Node<HTML.FormContext> {
        let id = "field-\(name)"
        let hasError = error?.field == name
        return .div(
            .class(hasError ? "field field-error" : "field"),
            .label(.attribute(named: "for", value: id), .text(label)),
            .if(hasError, .p(.class("error-message"), .id("\(id)-error"), .text(error?.message ?? ""))),
            .select(
                .attribute(named: "name", value: name), .id(id),
                .attribute(named: "required", value: required ? "required" : nil),
                .attribute(named: "aria-describedby", value: hasError ? "\(id)-error" : nil),
                .forEach(options) { option in
                    optionNode(value: option.value, label: option.label, selected: option.value == selected)
                }
            )
        )
    }

    /// The summary at the top of a form with an error: focusable and announced.
    static func errorSummary(_ error: FieldError?, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard let error else { return .empty }
        return .div(
            .class("error-summary"), .attribute(named: "role", value: "alert"),
            .attribute(named: "tabindex", value: "-1"),
            .id("error-summary"),
            .h2(.text(context.t(.formErrorSummary))),
            .p(
                .if(
                    error.field != nil,
                    .a(.href("#field-\(error.field ?? "")"), .text(error.message)),
                    else: .text(error.message)))
        )
    }

    /// A labelled multi-line text field.
    static func textarea(
        _ name: String, label: String, value: String, rows: Int = 4, hint: String? = nil, error: FieldError? = nil,
        _ context: PageContext
    ) -> Node<HTML.FormContext> {
        let id = "field-\(name)"
        let hasError = error?.field == name
        // The error is read with the field, as `field` does.
        let described = [hint != nil ? "\(id)-hint" : nil, hasError ? "\(id)-error" : nil].compactMap { $0 }
        return .div(
            .class(hasError ? "field field-error" : "field"),
            .label(.attribute(named: "for", value: id), .text(label)),
            .unwrap(hint) { .p(.class("hint"), .id("\(id)-hint"), .text($0)) },
            .if(hasError, .p(.class("error-message"), .id("\(id)-error"), .text(error?.message ?? ""))),
            .textarea(
                .name(name), .id(id), .attribute(named: "rows", value: String(rows)),
                .attribute(
                    named: "aria-describedby", value: described.isEmpty ? nil : described.joined(separator: " ")),
                .attribute(named: "aria-invalid", value: hasError ? "true" : nil),
                .text(value))
        )
    }

    /// A checkbox with its label after it.
    static func checkbox(_ name: String, label: String, checked: Bool) -> Node<HTML.FormContext> {
        .div(
            .class("checkbox"),
            .input(
                .type(.checkbox), .name(name), .id("field-\(name)"), .value("on"), checked ? .checked(true) : .empty),
            .label(.attribute(named: "for", value: "field-\(name)"), .text(label))
        )
    }

    static func notice(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard let notice = context.notice else { return .empty }
        return .div(.class("notice"), .attribute(named: "role", value: "status"), .text(notice))
    }

    static func submit(_ label: String, id: String? = nil, class className: String = "button") -> Node<HTML.FormContext>
    {
        .button(.type(.submit), .class(className), .unwrap(id) { .id($0) }, .text(label))
    }

    /// An `<option>` with its label as text content (Plot's own puts it in an attribute).
    static func optionNode(value: String, label: String, selected: Bool, lang: String? = nil) -> Node<
        HTML.SelectContext
    > {
        .element(
            named: "option",
            nodes: [
                // Kept even when empty: an option without a value submits its label instead.
                .attribute(Attribute(name: "value", value: value, ignoreIfValueIsEmpty: false)),
                .attribute(named: "lang", value: lang),
                .attribute(named: "selected", value: selected ? "selected" : nil),
                .text(label),
            ])
    }

    static func roleLabel(_ role: Role, _ context: PageContext) -> String {
        context.t(role.l10nKey)
    }

    static func auditActionLabel(_ raw: String, _ context: PageContext) -> String {
        L10nKey(rawValue: "audit.action.\(raw)").map { context.t($0) } ?? raw
    }
}
