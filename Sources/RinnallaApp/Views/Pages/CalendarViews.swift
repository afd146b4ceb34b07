import Foundation
import Plot
import RinnallaCore

enum CalendarViews {
    static func page(_ context: PageContext, createdAt: Date?, newURL: String?) -> HTML {
        Layout.page(
            title: context.t(.calendarTitle), context,
            content: .group(
                .h1(.text(context.t(.calendarTitle))),
                .p(.text(context.t(.calendarIntro))),
                .p(.class("hint"), .text(context.t(.calendarPrivacy))),
                .unwrap(newURL) { url in
                    .div(
                        .class("notice"), .attribute(named: "role", value: "status"),
                        .p(.text(context.t(.calendarCreated))),
                        .label(.attribute(named: "for", value: "feed-url"), .text(context.t(.calendarUrlLabel))),
                        .input(
                            .type(.text), .id("feed-url"), .attribute(named: "readonly", value: "readonly"),
                            .attribute(named: "value", value: url), .class("wide")))
                },
                .if(
                    newURL == nil,
                    .p(
                        .id("feed-state"),
                        .text(
                            createdAt.map { context.t(.calendarActive, ["date": context.date($0)]) }
                                ?? context.t(.calendarNone)))),
                Components.postForm(
                    action: SiteRoute.account(.calendar).href, context, id: "create-feed", class: "inline-form",
                    Components.submit(
                        context.t(createdAt == nil ? .calendarCreate : .calendarReplace), id: "create-feed-button")),
                .if(
                    createdAt != nil,
                    Components.postForm(
                        action: SiteRoute.account(.revokeCalendar).href, context, id: "revoke-feed",
                        class: "inline-form",
                        Components.submit(
                            context.t(.calendarRevoke), id: "revoke-feed-button", class: "button secondary")))
            ))
    }
}
