import Foundation
import Plot
import RinnallaCore

/// The areas list with ordering buttons and the add form; one area's rename and delete.
enum AdminAreasPage {
    struct Row: Sendable {
        let id: UUID
        let name: String
        let places: Int
    }

    static func list(_ context: PageContext, rows: [Row], name: String, error: FieldError?) -> HTML {
        Layout.page(
            title: context.t(.areaAdminTitle), context,
            content: .group(
                .h1(.id("adminareas-table-heading"), .text(context.t(.areaAdminTitle))),
                .p(.class("hint"), .text(context.t(.areaAdminIntro))),
                DataTable.unlessEmpty(rows, empty: context.t(.areaAdminNone)) {
                    DataTable.render(
                        Array(rows.enumerated()),
                        columns: [context.t(.areaAdminName), context.t(.areaAdminPlaces), context.t(.areaAdminOrder)],
                        name: .heading("adminareas-table-heading")
                    ) { item in
                        let (index, row) = (item.offset, item.element)
                        return .tr(
                            .id("area-\(row.id)"),
                            .td(.a(.href(SiteRoute.admin(.area(row.id)).href), .text(row.name))),
                            .td(.text(String(row.places))),
                            .td(
                                .if(
                                    index > 0,
                                    moveButton(context, row, up: true)),
                                .if(
                                    index < rows.count - 1,
                                    moveButton(context, row, up: false)))
                        )
                    }
                },
                .section(
                    .class("card"), .attribute(named: "aria-labelledby", value: "new-area-heading"),
                    .h2(.id("new-area-heading"), .text(context.t(.areaAdminAdd))),
                    Components.errorSummary(error, context),
                    Components.postForm(
                        action: SiteRoute.admin(.areas).href, context, id: "new-area-form",
                        Components.field(
                            AreaForm.name(.name), label: context.t(.areaAdminName), value: name, required: true,
                            autocomplete: "off", error: error, context),
                        Components.submit(context.t(.areaAdminAdd), id: "create-area")))
            ))
    }

    static func moveButton(_ context: PageContext, _ row: Row, up: Bool) -> Node<HTML.BodyContext> {
        Components.postForm(
            action: SiteRoute.admin(.moveArea(row.id)).href, context, class: "inline-form",
            .input(
                .type(.hidden), .name(AreaMoveForm.name(.direction)), .value(up ? AreaMoveForm.up : AreaMoveForm.down)),
            .button(
                .type(.submit), .class("button secondary"), .id("move-\(up ? "up" : "down")-\(row.id)"),
                .attribute(
                    named: "aria-label",
                    value: context.t(up ? .areaAdminMoveUp : .areaAdminMoveDown, ["name": row.name])),
                .text(up ? "↑" : "↓")))
    }

    static func area(
        _ context: PageContext, id: UUID, current: String, name: String, used: Int, error: FieldError?
    ) -> HTML {
        Layout.page(
            title: context.t(.areaAdminEditTitle, ["name": current]), context,
            content: .div(
                .class("card narrow"),
                .p(.a(.href(SiteRoute.admin(.areas).href), .text("← " + context.t(.areaAdminTitle)))),
                .h1(.text(context.t(.areaAdminEditTitle, ["name": current]))),
                Components.errorSummary(error, context),
                Components.postForm(
                    action: SiteRoute.admin(.area(id)).href, context, id: "rename-area-form",
                    Components.field(
                        AreaForm.name(.name), label: context.t(.areaAdminName), value: name, required: true,
                        autocomplete: "off",
                        error: error, context),
                    Components.submit(context.t(.areaAdminRename), id: "rename-area")),
                .h2(.text(context.t(.areaAdminDelete))),
                .if(
                    used > 0,
                    .p(.class("hint"), .text(context.t(.areaAdminInUse, ["count": String(used)]))),
                    else: Components.postForm(
                        action: SiteRoute.admin(.deleteArea(id)).href, context, id: "delete-area-form",
                        .button(
                            .type(.submit), .class("button danger"), .id("delete-area"),
                            .attribute(
                                named: "data-confirm", value: context.t(.areaAdminDeleteConfirm, ["name": current])),
                            .text(context.t(.areaAdminDelete)))))
            ))
    }
}
