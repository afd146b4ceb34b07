import Foundation
import Plot
import RinnallaCore

enum UnitPage {
    struct Model: Sendable {
        let unitID: UUID
        let unitName: String
        let members: [(name: String, email: String, roles: [Role])]
        let showAuditLink: Bool
        /// The unit does outreach work and the user may read its contacts.
        var showContactsLink = false
    }

    static func render(_ context: PageContext, _ model: Model) -> HTML {
        Layout.page(
            title: context.t(.unitTitle, ["unit": model.unitName]), context,
            content: .group(
                .h1(.text(context.t(.unitTitle, ["unit": model.unitName]))),
                .if(
                    model.showAuditLink,
                    .p(.a(.href(SiteRoute.unit(model.unitID, .audit).href), .text(context.t(.unitAuditLink))))),
                .if(
                    model.showContactsLink,
                    .p(
                        .a(
                            .id("unit-contacts"),
                            .href(SiteRoute.contacts(.list).href([ContactListForm.name(.unit): "\(model.unitID)"])),
                            .text(context.t(.unitContacts))))),
                .h2(.id("unit-table-heading"), .text(context.t(.unitMembers))),
                DataTable.render(
                    model.members, empty: context.t(.unitNoMembers),
                    columns: [context.t(.adminUsersName), context.t(.adminUsersEmail), context.t(.adminUsersRole)],
                    name: .heading("unit-table-heading")
                ) { member in
                    .tr(
                        .td(.text(member.name)),
                        .td(.text(member.email)),
                        .td(.text(member.roles.map { context.t($0.l10nKey) }.joined(separator: ", ")))
                    )
                }
            ))
    }
}
