import Foundation
import Plot
import RinnallaCore

/// `/groups/:id/flyer`: one printed page about the group to give the client, in the
/// worker's language or the one chosen for the client. Print CSS hides everything else.
enum GroupFlyerViews {
    struct Model {
        let group: ActivityGroup
        let areaName: String
        let leaders: [String]
        let next: [Day]
    }

    static func page(_ context: PageContext, _ model: Model) -> HTML {
        let group = model.group
        let id = group.id ?? .pattern
        let facts: [(String, String)] = [
            (context.t(.groupsSchedule), GroupText.when(group, context)),
            (context.t(.groupsPlace), "\(group.place) (\(model.areaName))"),
            (context.t(.groupsPeriod), GroupText.runs(first: group.firstDay, last: group.lastDay)),
            (context.t(.groupsOpenOrClosed), context.t(group.isOpen ? .groupsOpen : .groupsClosed)),
            (context.t(.groupsLanguage), GroupText.language(group.language, context)),
            (context.t(.groupsLeaders), model.leaders.isEmpty ? "–" : model.leaders.joined(separator: ", ")),
            (context.t(.groupsAccessibility), group.accessibility.isEmpty ? "–" : group.accessibility),
        ]
        return Layout.page(
            title: "\(context.t(.groupsFlyer)): \(group.name)", context, bodyClass: "flyer-page",
            content: .group(
                .div(
                    .class("no-print card"),
                    .p(.a(.href(SiteRoute.group(id, .show).href), .text("← " + group.name))),
                    .form(
                        .method(.get), .action(SiteRoute.group(id, .flyer).href), .class("inline-form"),
                        Components.select(
                            PageLanguageQuery.name(.lang), label: context.t(.groupsFlyerLanguage),
                            options: Language.allCases.map { ($0.rawValue, $0.nativeName) },
                            selected: context.language.rawValue, context),
                        Components.submit(context.t(.groupsFlyerShow), id: "flyer-language", class: "button secondary")
                    ),
                    .button(
                        .type(.button), .class("button"), .id("print-flyer"),
                        .attribute(named: "data-print", value: "1"),
                        .text(context.t(.groupsFlyerPrint)))
                ),
                .article(
                    .class("flyer"), .attribute(named: "lang", value: context.language.rawValue),
                    .h1(.text(group.name)),
                    .p(.class("lead pre-line"), .text(group.about)),
                    .p(.text(context.t(.groupsFlyerWelcome))),
                    .dl(
                        .class("facts"),
                        .forEach(facts) { fact in .group(.dt(.text(fact.0)), .dd(.text(fact.1))) }),
                    .if(
                        !model.next.isEmpty,
                        .group(
                            .h2(.text(context.t(.groupsFlyerNext))),
                            .ul(.forEach(model.next) { .li(.text(GroupText.day($0, context))) }))),
                    .p(.class("flyer-contact"), .text(context.t(.groupsFlyerContact)))
                )
            ))
    }
}
