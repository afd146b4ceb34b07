import Foundation
import Plot
import RinnallaCore

/// The organisation's own client feedback (issue 17, item 3): the anonymous form at
/// `/p/<token>` (phone-sized, fi/sv/en), the same form for entering a paper answer, and
/// the unit's page with its two links and posters. The form always says these are the
/// organisation's own questions, not a validated instrument.
enum ClientFeedbackViews {
    static func form(
        _ context: PageContext, feedback: ClientFeedbackContext, questions: [ClientFeedbackQuestion], action: String,
        values: ClientFeedbackForm = .init(), error: FieldError? = nil, paperFor unitName: String? = nil
    ) -> HTML {
        let title =
            unitName.map { context.t(.clientfeedbackPaperTitle, ["unit": $0]) }
            ?? context.t(.clientfeedbackFormTitle)
        return Layout.page(
            title: title, context, bodyClass: unitName == nil ? "public-form" : "",
            content: .div(
                .class("card narrow"),
                .h1(.text(title)),
                .p(.text(context.t(feedback == .closing ? .clientfeedbackIntroClosing : .clientfeedbackIntroContact))),
                .p(.class("hint"), .id("client-feedback-privacy"), .text(context.t(.clientfeedbackPrivacy))),
                .p(.class("hint"), .id("client-feedback-own"), .text(context.t(.clientfeedbackNotValidated))),
                Components.errorSummary(error, context),
                Components.postForm(
                    action: action, context, id: "client-feedback-form",
                    .forEach(questions) { question in
                        scale(
                            context, question, selected: question.id.flatMap { values.answers[$0] } ?? "", error: error)
                    },
                    Components.submit(context.t(.clientfeedbackSubmit), id: "client-feedback-submit"))
            ))
    }

    /// A question as a fieldset: its text the legend, the five agreement steps and
    /// "cannot say" as radio buttons with visible labels.
    static func scale(_ context: PageContext, _ question: ClientFeedbackQuestion, selected: String, error: FieldError?)
        -> Node<HTML.FormContext>
    {
        let name = ClientFeedbackForm.name(question.id ?? .pattern)
        let hasError = error?.field == name
        let values = Array(1...5) + [ClientFeedbackAnswer.cannotSay]
        return .fieldset(
            .id("field-\(name)"), .class(hasError ? "field field-error rating" : "field rating"),
            .attribute(named: "aria-describedby", value: hasError ? "field-\(name)-error" : nil),
            .element(named: "legend", nodes: [.text(question.text(context.language))]),
            .if(hasError, .p(.class("error-message"), .id("field-\(name)-error"), .text(error?.message ?? ""))),
            .forEach(values) { value in
                let id = "\(name)-\(value)"
                return .div(
                    .class("checkbox"),
                    .input(
                        .type(.radio), .name(name), .id(id), .value(String(value)),
                        selected == String(value) ? .checked(true) : .empty),
                    .label(.attribute(named: "for", value: id), .text(context.t(ClientFeedbackAnswer.label(value)))))
            })
    }

    static func thanks(_ context: PageContext) -> HTML {
        Layout.page(
            title: context.t(.clientfeedbackThanksTitle), context, bodyClass: "public-form",
            content: .div(
                .class("card narrow"), .id("client-feedback-thanks"),
                .h1(.text(context.t(.clientfeedbackThanksTitle))),
                .p(.text(context.t(.clientfeedbackThanksText)))))
    }

    static func gone(_ context: PageContext) -> HTML {
        Layout.page(
            title: context.t(.clientfeedbackGoneTitle), context, bodyClass: "public-form",
            content: .div(
                .class("card narrow"), .id("client-feedback-gone"),
                .h1(.text(context.t(.clientfeedbackGoneTitle))),
                .p(.text(context.t(.clientfeedbackGoneText)))))
    }

    /// The unit's page: for each context its link and poster (or a button to make one),
    /// and the paper form.
    static func unitPage(
        _ context: PageContext, unitID: UUID, unitName: String, links: [ClientFeedbackContext: String]
    ) throws -> HTML {
        let title = context.t(.clientfeedbackUnitTitle, ["unit": unitName])
        return Layout.page(
            title: title, context,
            content: .group(
                .h1(.class("no-print"), .text(title)),
                .p(.class("no-print"), .text(context.t(.clientfeedbackUnitIntro))),
                .p(.class("hint no-print"), .text(context.t(.clientfeedbackNotValidated))),
                .forEach(ClientFeedbackContext.allCases) { feedback in
                    let link = links[feedback]
                    let poster: Node<HTML.BodyContext> =
                        (try? link.map {
                            try QRPoster.node(
                                link: $0, heading: context.t(.clientfeedbackPosterHeading),
                                id: "poster-\(feedback.rawValue)",
                                context)
                        } ?? nil) ?? .empty
                    return .section(
                        .class("card"), .id("client-feedback-\(feedback.rawValue)"),
                        .attribute(named: "aria-labelledby", value: "client-feedback-\(feedback.rawValue)-heading"),
                        .h2(.id("client-feedback-\(feedback.rawValue)-heading"), .text(context.t(feedback.title))),
                        .if(link == nil, .p(.class("no-print"), .text(context.t(.clientfeedbackNoLink)))),
                        poster,
                        .div(
                            .class("no-print"),
                            Components.postForm(
                                action: SiteRoute.unit(unitID, .clientFeedbackLink(feedback)).href, context,
                                id: "client-feedback-link-\(feedback.rawValue)",
                                Components.submit(
                                    context.t(link == nil ? .clientfeedbackCreateLink : .clientfeedbackRegenerate),
                                    id: "client-feedback-link-\(feedback.rawValue)-submit",
                                    class: link == nil ? "button" : "button secondary")),
                            .p(
                                .a(
                                    .id("client-feedback-paper-\(feedback.rawValue)"),
                                    .href(SiteRoute.unit(unitID, .clientFeedbackPaper(feedback)).href),
                                    .text(context.t(.clientfeedbackEnterPaper)))))
                    )
                }
            ))
    }
}
