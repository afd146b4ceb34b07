import Foundation
import Plot
import RinnallaCore

enum AdminUnitsPage {
    static func render(
        _ context: PageContext, units: [(id: UUID, name: String, members: Int)], name: String = "",
        error: FieldError? = nil
    ) -> HTML {
        Layout.page(
            title: context.t(.adminUnitsTitle), context,
            content: .group(
                .h1(.id("adminunits-table-heading"), .text(context.t(.adminUnitsTitle))),
                DataTable.render(
                    units, empty: context.t(.adminUnitsEmpty),
                    columns: [context.t(.adminUnitsName), context.t(.adminUnitsMembers)],
                    name: .heading("adminunits-table-heading")
                ) { unit in
                    .tr(
                        .td(.a(.href(SiteRoute.unit(unit.id, .show).href), .text(unit.name))),
                        .td(.text(String(unit.members))))
                },
                .section(
                    .class("card"),
                    .h2(.text(context.t(.adminUnitsCreate))),
                    Components.errorSummary(error, context),
                    Components.postForm(
                        action: SiteRoute.admin(.units).href, context, id: "new-unit-form",
                        Components.field(
                            UserAdmin.NewUnit.name(.name), label: context.t(.adminUnitsName), value: name,
                            required: true,
                            autocomplete: "off", error: error, context),
                        Components.submit(context.t(.adminUnitsCreate), id: "create-unit")
                    )
                )
            ))
    }
}
