import Foundation
import Plot
import RinnallaCore

/// The anonymous feedback form at `/f/<token>` (no login, phone-sized, fi/sv/en), its
/// thank-you and closed pages, and the staff page with the link and its poster.
enum GroupFeedbackViews {
    typealias FormValues = GroupFeedbackForm

    static func form(
        _ context: PageContext, groupName: String, token: String, values: FormValues = .init(),
        error: FieldError? = nil
    ) -> HTML {
        let title = context.t(.groupfeedbackFormTitle, ["name": groupName])
        return Layout.page(
            title: title, context, bodyClass: "public-form",
            content: .div(
                .class("card narrow"),
                .h1(.text(title)),
                .p(.text(context.t(.groupfeedbackFormIntro))),
                .p(.class("hint"), .id("feedback-privacy"), .text(context.t(.groupfeedbackFormPrivacy))),
                Components.errorSummary(error, context),
                Components.postForm(
                    action: SiteRoute.groupFeedbackForm(token).href, context, id: "feedback-form",
                    Components.textarea(
                        FormValues.name(.good), label: context.t(.fieldFeedbackGood), value: values.good ?? "",
                        rows: 4,
                        error: error, context),
                    Components.textarea(
                        FormValues.name(.change), label: context.t(.fieldFeedbackChange), value: values.change ?? "",
                        rows: 4,
                        error: error, context),
                    ratingField(context, selected: values.rating ?? "", error: error),
                    Components.submit(context.t(.groupfeedbackSubmit), id: "feedback-submit")
                )
            ))
    }

    /// Five radio buttons with visible labels in a fieldset whose legend is the question.
    static func ratingField(_ context: PageContext, selected: String, error: FieldError?) -> Node<HTML.FormContext> {
        let name = FormValues.name(.rating)
        let hasError = error?.field == name
        let errorNode: Node<HTML.FormContext> =
            hasError ? .p(.class("error-message"), .id("field-\(name)-error"), .text(error?.message ?? "")) : .empty
        let radios: [Node<HTML.FormContext>] = GroupFeedback.ratings.map {
            radio(context, value: $0, selected: selected)
        }
        return .fieldset(
            .id("field-\(name)"), .class(hasError ? "field field-error rating" : "field rating"),
            .attribute(named: "aria-describedby", value: hasError ? "field-\(name)-error" : nil),
            .element(named: "legend", nodes: [.text(context.t(.fieldFeedbackRating))]),
            errorNode,
            .group(radios))
    }

    static func radio(_ context: PageContext, value: Int, selected: String) -> Node<HTML.FormContext> {
        let id = "rating-\(value)"
        let checked: Attribute<HTML.InputContext> = selected == String(value) ? .checked(true) : .empty
        let input: Node<HTML.FormContext> = .input(
            .type(.radio), .name(FormValues.name(.rating)), .id(id), .value(String(value)), checked)
        let label: Node<HTML.FormContext> = .label(
            .attribute(named: "for", value: id), .text(context.t(ratingKey(value))))
        return .div(.class("checkbox"), input, label)
    }

    static func ratingKey(_ value: Int) -> L10nKey {
        switch value {
        case 1: .groupfeedbackRating1
        case 2: .groupfeedbackRating2
        case 3: .groupfeedbackRating3
        case 4: .groupfeedbackRating4
        default: .groupfeedbackRating5
        }
    }

    static func thanks(_ context: PageContext) -> HTML {
        Layout.page(
            title: context.t(.groupfeedbackThanksTitle), context, bodyClass: "public-form",
            content: .div(
                .class("card narrow"), .id("feedback-thanks"),
                .h1(.text(context.t(.groupfeedbackThanksTitle))),
                .p(.text(context.t(.groupfeedbackThanksText))),
                .p(.text(context.t(.groupfeedbackThanksAgain)))))
    }

    /// 410: the group ended (`groupName`) or the link was replaced (nil).
    static func gone(_ context: PageContext, endedGroup groupName: String?) -> HTML {
        Layout.page(
            title: context.t(.groupfeedbackGoneTitle), context, bodyClass: "public-form",
            content: .div(
                .class("card narrow"), .id("feedback-gone"),
                .h1(.text(context.t(.groupfeedbackGoneTitle))),
                .p(
                    .text(
                        groupName.map { context.t(.groupfeedbackGoneEnded, ["name": $0]) }
                            ?? context.t(.groupfeedbackGoneRetired)))))
    }

    /// Links between the group's page, its feedback link, results and report.
    static func nav(_ context: PageContext, groupID: UUID) -> Node<HTML.BodyContext> {
        .ul(
            .class("tool-links no-print"),
            .li(.a(.href(SiteRoute.group(groupID, .show).href), .text("← " + context.t(.groupfeedbackBackToGroup)))),
            .li(.a(.href(SiteRoute.group(groupID, .feedback).href), .text(context.t(.groupfeedbackNavFeedback)))),
            .li(
                .a(
                    .href(SiteRoute.group(groupID, .feedbackResults).href), .id("feedback-results-link"),
                    .text(context.t(.groupfeedbackNavResults)))),
            .li(
                .a(
                    .href(SiteRoute.group(groupID, .report).href), .id("group-report-link"),
                    .text(context.t(.groupfeedbackNavReport))))
        )
    }

    /// The staff page: the link in use and its poster, or a button to make one.
    static func linkPage(_ context: PageContext, group: ActivityGroup, link: String?, ended: Bool) throws -> HTML {
        let groupID = group.id ?? .pattern
        let title = context.t(.groupfeedbackPageTitle, ["name": group.name])
        let poster: Node<HTML.BodyContext> =
            try link.map {
                try QRPoster.node(
                    link: $0, heading: context.t(.groupfeedbackPosterHeading, ["name": group.name]), context)
            } ?? .empty
        return Layout.page(
            title: title, context,
            content: .group(
                nav(context, groupID: groupID),
                .h1(.class("no-print"), .text(title)),
                .p(.class("no-print"), .text(context.t(.groupfeedbackPageIntro))),
                .if(ended, .p(.class("notice-inline no-print"), .text(context.t(.groupfeedbackGroupEnded)))),
                .if(link == nil, .p(.id("no-feedback-link"), .text(context.t(.groupfeedbackNoLink)))),
                poster,
                .div(
                    .class("card no-print"),
                    .if(link != nil, .p(.class("hint"), .text(context.t(.groupfeedbackRegenerateHint)))),
                    Components.postForm(
                        action: SiteRoute.group(groupID, .feedbackLink).href, context, id: "feedback-link-form",
                        Components.submit(
                            context.t(link == nil ? .groupfeedbackCreateLink : .groupfeedbackRegenerate),
                            id: "feedback-link-submit", class: link == nil ? "button" : "button secondary")))
            ))
    }
}
