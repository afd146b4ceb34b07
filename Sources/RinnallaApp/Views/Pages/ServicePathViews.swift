import Foundation
import Plot
import RinnallaCore

/// The agreed service paths directory: the list with its search, a service's own page and
/// the service form. Plain server-rendered GET pages, so a service worker can keep them
/// for reading offline; the list shows every service in use on one page.
enum ServicePathViews {
    typealias Form = ServicePathForm

    static func kindLabel(_ raw: String, _ context: PageContext) -> String {
        ServicePathKind(rawValue: raw).map { context.t($0.l10nKey) } ?? raw
    }

    static func kindOptions(_ context: PageContext) -> [(value: String, label: String)] {
        ServicePathKind.allCases.map { ($0.rawValue, context.t($0.l10nKey)) }
    }

    static func areaLabel(_ service: ServicePath, _ context: PageContext) -> String {
        service.$area.value??.name ?? context.t(.servicePathNoArea)
    }

    // MARK: The list

    static func list(
        _ context: PageContext, filter: ServicePathService.Filter, areas: [PlaceViews.AreaOption],
        services: [ServicePath], canEdit: Bool
    ) -> HTML {
        Layout.page(
            title: context.t(.servicePathListTitle), context,
            content: .group(
                .h1(.text(context.t(.servicePathListTitle))),
                .p(.class("lead"), .text(context.t(.servicePathListIntro))),
                .form(
                    .method(.get), .action(SiteRoute.servicePaths(.list).href), .class("search-form"),
                    .attribute(named: "role", value: "search"),
                    Components.field(
                        ServicePathSearchForm.name(.q), label: context.t(.servicePathSearchText), type: .search,
                        value: filter.text ?? "",
                        autocomplete: "off", context),
                    .div(
                        .class("field-row"),
                        Components.select(
                            ServicePathSearchForm.name(.kind), label: context.t(.servicePathSearchKind),
                            options: [("", context.t(.servicePathSearchAnyKind))] + kindOptions(context),
                            selected: filter.kind?.rawValue ?? "", context),
                        Components.select(
                            ServicePathSearchForm.name(.area), label: context.t(.servicePathSearchArea),
                            options: [("", context.t(.servicePathSearchAnyArea))]
                                + areas.map { ($0.id.uuidString, $0.name) }
                                + [("none", context.t(.servicePathSearchNoArea))],
                            selected: filter.area.value, context)),
                    Components.checkbox(
                        ServicePathSearchForm.name(.inactive), label: context.t(.servicePathSearchInactive),
                        checked: filter.includeInactive),
                    Components.submit(context.t(.servicePathSearchSubmit), id: "service-path-search")
                ),
                .if(
                    canEdit,
                    .p(
                        .a(
                            .class("button secondary"), .id("new-service-path"),
                            .href(SiteRoute.servicePaths(.new).href),
                            .text(context.t(.servicePathNew))))),
                .h2(.id("results"), .text(context.t(.servicePathSearchResults, ["count": String(services.count)]))),
                DataTable.unlessEmpty(services, empty: context.t(.servicePathSearchNone)) {
                    .ul(
                        .class("service-path-list"), .id("service-paths"),
                        .forEach(services) { service in
                            .li(
                                .a(
                                    .href(SiteRoute.servicePath(service.id ?? .pattern, .show).href),
                                    .text(service.name)),
                                .if(
                                    !service.isActive,
                                    .span(.class("hint"), .text(" (\(context.t(.servicePathInactive)))"))),
                                .br(),
                                .span(
                                    .class("hint"),
                                    .text("\(kindLabel(service.kind, context)) · \(areaLabel(service, context))")),
                                .unwrap(service.phone) { phone in
                                    .group(
                                        .text(" · "),
                                        .a(.href("tel:\(phone.filter { !$0.isWhitespace })"), .text(phone)))
                                }
                            )
                        })
                }
            ))
    }

    // MARK: One service

    static func page(_ context: PageContext, service: ServicePath, canEdit: Bool) -> HTML {
        func row(_ label: L10nKey, _ value: Node<HTML.BodyContext>) -> Node<HTML.DescriptionListContext> {
            .group(.dt(.text(context.t(label))), .dd(value))
        }
        func text(_ value: String?) -> Node<HTML.BodyContext> {
            .text((value ?? "").isEmpty ? "–" : value ?? "")
        }
        let id = service.id ?? .pattern
        return Layout.page(
            title: service.name, context,
            content: .div(
                .class("card service-path"),
                .p(.a(.href(SiteRoute.servicePaths(.list).href), .text("← " + context.t(.servicePathBack)))),
                .h1(.text(service.name)),
                .if(!service.isActive, .p(.class("status status-cancelled"), .text(context.t(.servicePathInactive)))),
                .if(!service.description.isEmpty, .p(.class("lead"), .text(service.description))),
                .h2(.text(context.t(.servicePathHowToRefer))),
                .p(.id("how-to-refer"), text(service.howToRefer)),
                .dl(
                    .class("details"),
                    row(.servicePathKind, .text(kindLabel(service.kind, context))),
                    row(.servicePathArea, .text(areaLabel(service, context))),
                    row(
                        .servicePathPhone,
                        .unwrap(
                            service.phone,
                            { .a(.href("tel:\($0.filter { !$0.isWhitespace })"), .id("service-phone"), .text($0)) },
                            else: .text("–"))),
                    row(
                        .servicePathEmail,
                        .unwrap(service.email, { .a(.href("mailto:\($0)"), .text($0)) }, else: .text("–"))),
                    row(.servicePathAddress, text(service.address)),
                    row(.servicePathOpeningHours, text(service.openingHours)),
                    row(
                        .servicePathWebAddress,
                        .unwrap(service.webAddress, { .a(.href($0), .id("service-web"), .text($0)) }, else: .text("–")))
                ),
                .if(service.isActive, .p(.class("hint"), .text(context.t(.servicePathReferHere)))),
                .if(
                    canEdit,
                    .p(
                        .a(
                            .class("button secondary"), .id("edit-service-path"),
                            .href(SiteRoute.servicePath(id, .edit).href),
                            .text(context.t(.servicePathEdit)))))
            ))
    }

    // MARK: The form

    static func formPage(
        _ context: PageContext, title: String, action: String, form: Form, areas: [PlaceViews.AreaOption],
        deleteAction: String?, error: FieldError?
    ) -> HTML {
        Layout.page(
            title: title, context,
            content: .div(
                .class("card"),
                .p(.a(.href(SiteRoute.servicePaths(.list).href), .text("← " + context.t(.servicePathBack)))),
                .h1(.text(title)),
                Components.errorSummary(error, context),
                Components.postForm(
                    action: action, context, id: "service-path-form",
                    Components.field(
                        Form.name(.name), label: context.t(.servicePathName), value: form.name ?? "", required: true,
                        autocomplete: "off", error: error, context),
                    .div(
                        .class("field-row"),
                        Components.select(
                            Form.name(.kind), label: context.t(.servicePathKind), options: kindOptions(context),
                            selected: form.kind ?? "", required: true, error: error, context),
                        Components.select(
                            Form.name(.areaID), label: context.t(.servicePathArea),
                            options: [("", context.t(.servicePathNoArea))] + areas.map { ($0.id.uuidString, $0.name) },
                            selected: form.areaID ?? "", error: error, context)),
                    Components.textarea(
                        Form.name(.description), label: context.t(.servicePathDescription),
                        value: form.description ?? "", rows: 3,
                        error: error, context),
                    Components.textarea(
                        Form.name(.howToRefer), label: context.t(.servicePathHowToRefer), value: form.howToRefer ?? "",
                        rows: 4,
                        hint: context.t(.servicePathHowToReferHint), error: error, context),
                    Components.field(
                        Form.name(.phone), label: context.t(.servicePathPhone), type: .tel, value: form.phone ?? "",
                        autocomplete: "off", error: error, context),
                    Components.field(
                        Form.name(.email), label: context.t(.servicePathEmail), type: .email, value: form.email ?? "",
                        autocomplete: "off", error: error, context),
                    Components.field(
                        Form.name(.address), label: context.t(.servicePathAddress), value: form.address ?? "",
                        autocomplete: "off",
                        error: error, context),
                    Components.field(
                        Form.name(.webAddress), label: context.t(.servicePathWebAddress), type: .url,
                        value: form.webAddress ?? "",
                        autocomplete: "off", hint: context.t(.servicePathWebHint), error: error, context),
                    Components.textarea(
                        Form.name(.openingHours), label: context.t(.servicePathOpeningHours),
                        value: form.openingHours ?? "", rows: 2,
                        error: error, context),
                    Components.checkbox(Form.name(.active), label: context.t(.servicePathActive), checked: form.active),
                    .p(.class("hint"), .text(context.t(.servicePathActiveHint))),
                    Components.submit(context.t(.servicePathSave), id: "save-service-path")
                ),
                .unwrap(deleteAction) { action in
                    .group(
                        .p(.class("hint"), .text(context.t(.servicePathDeleteHint))),
                        Components.postForm(
                            action: action, context, id: "delete-service-path-form",
                            Components.submit(
                                context.t(.servicePathDelete), id: "delete-service-path", class: "button secondary")))
                }
            ))
    }
}
