import Foundation
import Plot
import RinnallaCore

/// `/groups`: the organisation's group catalogue, searched and filtered on one page.
enum GroupCatalogueViews {
    typealias Form = GroupSearchForm

    struct Model {
        let filter: GroupCatalogue.Filter
        let result: GroupCatalogue.Result
        let areas: [(id: UUID, name: String)]
        let canCreate: Bool
        /// The client a group is being looked for, from the period page.
        let client: (id: UUID, name: String)?
        let today: Day
    }

    static func page(_ context: PageContext, _ model: Model) -> HTML {
        page(context, content: content(context, model))
    }

    static func page(_ context: PageContext, content: Node<HTML.BodyContext>) -> HTML {
        Layout.page(title: context.t(.groupsTitle), context, content: content)
    }

    /// The page without its layout: what `GroupController.list` caches.
    static func content(_ context: PageContext, _ model: Model) -> Node<HTML.BodyContext> {
        let areaNames = Dictionary(uniqueKeysWithValues: model.areas.map { ($0.id, $0.name) })
        return .group(
            .h1(.text(context.t(.groupsTitle))),
            .p(.class("lead"), .text(context.t(.groupsIntro))),
            .unwrap(model.client) { client in
                .p(.class("callout"), .text(context.t(.groupsForClient, ["name": client.name])))
            },
            .ul(
                .class("tool-links"),
                .li(.a(.href(SiteRoute.groups(.today).href), .text(context.t(.groupsToday)))),
                .if(
                    model.canCreate,
                    .li(.a(.href(SiteRoute.groups(.new).href), .id("new-group"), .text(context.t(.groupsNew)))))
            ),
            filterForm(context, model),
            .h2(.id("results-heading"), .text(context.t(.groupsCount, ["count": String(model.result.total)]))),
            DataTable.unlessEmpty(model.result.rows, empty: context.t(.groupsNone)) {
                .ul(
                    .class("group-list"), .attribute(named: "aria-labelledby", value: "results-heading"),
                    .forEach(model.result.rows) { row in
                        item(
                            context, row, areaName: areaNames[row.areaID] ?? "", client: model.client?.id,
                            today: model.today)
                    })
            },
            pagination(context, model)
        )
    }

    private static func filterForm(_ context: PageContext, _ model: Model) -> Node<HTML.BodyContext> {
        let filter = model.filter
        let any = [("", context.t(.groupsFilterAny))]
        return .form(
            .method(.get), .action(SiteRoute.groups(.list).href), .class("card filters"), .id("group-filters"),
            .attribute(named: "aria-label", value: context.t(.groupsFilters)),
            .unwrap(model.client) { .input(.type(.hidden), .name(Form.name(.client)), .value($0.id.uuidString)) },
            Components.field(
                Form.name(.q), label: context.t(.groupsSearchText), type: .search, value: filter.text ?? "",
                autocomplete: "off",
                hint: context.t(.groupsSearchHint), context),
            .group(
                Components.select(
                    Form.name(.area), label: context.t(.groupsFilterArea),
                    options: any + model.areas.map { ($0.id.uuidString, $0.name) },
                    selected: filter.areaID?.uuidString ?? "", context),
                Components.select(
                    Form.name(.aim), label: context.t(.groupsFilterAim),
                    options: any + GroupAim.allCases.map { ($0.rawValue, context.t($0.key)) },
                    selected: filter.aim?.rawValue ?? "", context),
                Components.select(
                    Form.name(.weekday), label: context.t(.groupsFilterWeekday),
                    options: any + (1...7).map { (String($0), GroupText.weekday($0) { context.t($0) }) },
                    selected: filter.weekday.map(String.init) ?? "", context),
                Components.select(
                    Form.name(.language), label: context.t(.groupsFilterLanguage),
                    options: any + GroupLanguage.allCases.map { ($0.rawValue, context.t($0.key)) },
                    selected: filter.language?.rawValue ?? "", context)
            ),
            .group(
                Components.checkbox(Form.name(.open), label: context.t(.groupsFilterOpenNow), checked: filter.openNow),
                Components.checkbox(Form.name(.today), label: context.t(.groupsFilterToday), checked: filter.today),
                Components.checkbox(
                    Form.name(.places), label: context.t(.groupsFilterPlacesLeft), checked: filter.placesLeft),
                Components.checkbox(
                    Form.name(.ended), label: context.t(.groupsFilterEnded), checked: filter.includeEnded)
            ),
            Components.submit(context.t(.groupsSearch), id: "search-groups")
        )
    }

    private static func item(
        _ context: PageContext, _ row: GroupCatalogue.Row, areaName: String, client: UUID?, today: Day
    ) -> Node<HTML.ListContext> {
        let link = SiteRoute.group(row.id, .show).href + (client.map { "?client=\($0)" } ?? "")
        let ended = (Day(iso: row.lastDay) ?? Day(9999, 12, 31)) < today
        return .li(
            .class("group-item"),
            .h3(.a(.href(link), .text(row.name))),
            .p(
                .text(
                    [
                        areaName,
                        GroupText.when(
                            weekdays: row.weekdays, start: row.startMinutes, end: row.endMinutes,
                            intervalWeeks: row.intervalWeeks, context.t),
                        GroupText.language(row.language, context),
                    ].joined(separator: " · "))),
            .p(
                .text(
                    [
                        GroupText.aim(row.aim, context), context.t(row.isOpen ? .groupsOpen : .groupsClosed),
                        GroupText.places(capacity: row.capacity, enrolled: row.enrolled, context),
                    ].joined(separator: " · "))),
            .p(
                .class("hint"),
                .text("\(row.place) · \(GroupText.runs(first: row.firstDay, last: row.lastDay))"),
                .if(ended, .text(" (\(context.t(.groupsEnded)))")),
                .unwrap(row.nextSession) { next in
                    .text(" · " + context.t(.groupsNextSession, ["day": GroupText.day(next, context)]))
                })
        )
    }

    private static func pagination(_ context: PageContext, _ model: Model) -> Node<HTML.BodyContext> {
        let result = model.result
        guard result.pages > 1 else { return .empty }
        func link(_ page: Int) -> String {
            SiteRoute.groups(.list).href(rawQuery: model.filter.queryString(page: page, client: model.client?.id))
        }
        return .nav(
            .class("pagination"), .attribute(named: "aria-label", value: context.t(.groupsPagination)),
            .if(
                result.page > 1,
                .a(
                    .href(link(result.page - 1)), .attribute(named: "rel", value: "prev"),
                    .text(context.t(.groupsPrevious)))
            ),
            .span(
                .text(context.t(.groupsPage, ["page": String(result.page), "pages": String(result.pages)]))),
            .if(
                result.page < result.pages,
                .a(.href(link(result.page + 1)), .attribute(named: "rel", value: "next"), .text(context.t(.groupsNext)))
            )
        )
    }
}
