import Foundation
import Plot
import RinnallaCore

/// `/admin/client-feedback`: the organisation's own questions by context, each editable
/// in place, and a form for a new one.
enum ClientFeedbackAdminViews {
    typealias Form = ClientFeedbackQuestionForm

    static func page(
        _ context: PageContext, questions: [ClientFeedbackContext: [ClientFeedbackQuestion]],
        values: Form?, editing: UUID?, error: FieldError?
    ) -> HTML {
        // The refused form keeps what was sent; the others show what is saved.
        func shown(_ question: ClientFeedbackQuestion) -> (Form, FieldError?) {
            if let values, editing == question.id { return (values, error) }
            var form = Form()
            form.context = question.context
            form.topic = question.topic
            form.position = String(question.position)
            form.textFi = question.textFi
            form.textSv = question.textSv
            form.textEn = question.textEn
            form.active = question.isActive ? "on" : nil
            return (form, nil)
        }
        let newValues = editing == nil ? values : nil
        return Layout.page(
            title: context.t(.clientfeedbackAdminTitle), context,
            content: .group(
                .h1(.text(context.t(.clientfeedbackAdminTitle))),
                .p(.class("hint"), .text(context.t(.clientfeedbackAdminIntro))),
                .if(editing != nil || newValues != nil, Components.errorSummary(error, context)),
                .forEach(ClientFeedbackContext.allCases) { feedback in
                    .section(
                        .attribute(named: "aria-labelledby", value: "questions-\(feedback.rawValue)"),
                        .h2(.id("questions-\(feedback.rawValue)"), .text(context.t(feedback.title))),
                        .forEach(Array((questions[feedback] ?? []).enumerated())) { index, question in
                            let (form, fieldError) = shown(question)
                            let id = question.id ?? .pattern
                            return .div(
                                .class("card"), .id("question-\(id)"),
                                .h3(
                                    .text(
                                        context.t(.clientfeedbackAdminQuestion, ["number": String(index + 1)]) + " – "
                                            + context.t(
                                                question.defaultID == nil
                                                    ? .clientfeedbackAdminOwn : .clientfeedbackAdminDefault)
                                            + (question.isActive ? "" : " – " + context.t(.clientfeedbackAdminRetired)))
                                ),
                                fields(
                                    context, form, error: fieldError,
                                    action: SiteRoute.admin(.clientFeedbackQuestion(id)).href,
                                    formID: "question-form-\(id)",
                                    submitID: "save-question-\(id)"))
                        })
                },
                .section(
                    .class("card"), .attribute(named: "aria-labelledby", value: "new-question-heading"),
                    .h2(.id("new-question-heading"), .text(context.t(.clientfeedbackAdminAdd))),
                    fields(
                        context, newValues ?? defaults, error: newValues == nil ? nil : error,
                        action: SiteRoute.admin(.clientFeedbackQuestions).href, formID: "new-question-form",
                        submitID: "create-question"))
            ))
    }

    private static var defaults: Form {
        var form = Form()
        form.context = ClientFeedbackContext.closing.rawValue
        form.position = "10"
        form.active = "on"
        return form
    }

    /// One question's fields. Ids carry the form's id, since every question's form is on the page.
    private static func fields(
        _ context: PageContext, _ form: Form, error: FieldError?, action: String, formID: String, submitID: String
    ) -> Node<HTML.BodyContext> {
        func id(_ key: Form.CodingKeys) -> String { "\(formID)-\(Form.name(key))" }
        func text(_ key: Form.CodingKeys, _ label: L10nKey, _ value: String?) -> Node<HTML.FormContext> {
            labelled(id(key), name: Form.name(key), label: context.t(label), error: error) { control in
                .textarea(
                    .attribute(named: "name", value: control.name), .attribute(named: "id", value: control.id),
                    .attribute(named: "aria-describedby", value: control.describedBy),
                    .attribute(named: "aria-invalid", value: control.invalid), .attribute(named: "rows", value: "2"),
                    .text(value ?? ""))
            }
        }
        func choice(_ key: Form.CodingKeys, _ label: L10nKey, _ options: [(String, String)], _ selected: String?)
            -> Node<HTML.FormContext>
        {
            labelled(id(key), name: Form.name(key), label: context.t(label), error: error) { control in
                .select(
                    .attribute(named: "name", value: control.name), .attribute(named: "id", value: control.id),
                    .attribute(named: "aria-describedby", value: control.describedBy),
                    .attribute(named: "aria-invalid", value: control.invalid),
                    .forEach(options) {
                        Components.optionNode(value: $0.0, label: $0.1, selected: $0.0 == (selected ?? ""))
                    })
            }
        }
        let topics =
            [("", context.t(.clientfeedbackTopicNone))]
            + ClientFeedbackTopic.allCases.map { ($0.rawValue, context.t($0.title)) }
        return Components.postForm(
            action: action, context, id: formID,
            choice(
                .context, .clientfeedbackFieldContext,
                ClientFeedbackContext.allCases.map { ($0.rawValue, context.t($0.title)) }, form.context),
            choice(.topic, .clientfeedbackFieldTopic, topics, form.topic),
            labelled(
                id(.position), name: Form.name(.position), label: context.t(.clientfeedbackFieldPosition), error: error
            ) { control in
                .input(
                    .type(.number), .attribute(named: "name", value: control.name),
                    .attribute(named: "id", value: control.id),
                    .attribute(named: "aria-describedby", value: control.describedBy),
                    .attribute(named: "aria-invalid", value: control.invalid),
                    .attribute(named: "value", value: form.position ?? ""))
            },
            text(.textFi, .clientfeedbackFieldTextFi, form.textFi),
            text(.textSv, .clientfeedbackFieldTextSv, form.textSv),
            text(.textEn, .clientfeedbackFieldTextEn, form.textEn),
            .div(
                .class("checkbox"),
                .input(
                    .type(.checkbox), .name(Form.name(.active)), .id(id(.active)),
                    form.active == "on" ? .checked(true) : .empty),
                .label(.attribute(named: "for", value: id(.active)), .text(context.t(.clientfeedbackFieldActive)))),
            Components.submit(context.t(.clientfeedbackAdminSave), id: submitID))
    }

    /// What a control carries: its name, id and, when it is the refused field, the error's id.
    struct Control {
        let name: String
        let id: String
        let describedBy: String?
        let invalid: String?
    }

    /// A control with its label and, when it is the refused field, its error.
    private static func labelled(
        _ id: String, name: String, label: String, error: FieldError?, control: (Control) -> Node<HTML.FormContext>
    ) -> Node<HTML.FormContext> {
        let hasError = error?.field == name
        return .div(
            .class(hasError ? "field field-error" : "field"),
            .label(.attribute(named: "for", value: id), .text(label)),
            .if(hasError, .p(.class("error-message"), .id("\(id)-error"), .text(error?.message ?? ""))),
            control(
                Control(
                    name: name, id: id, describedBy: hasError ? "\(id)-error" : nil, invalid: hasError ? "true" : nil)))
    }
}
