import Foundation
import Plot
import RinnallaCore

/// A read-only table of audit rows: the unit's client-data trail for team leads, the
/// login trail for admins.
enum AuditTablePage {
    struct Row: Sendable {
        let time: Date
        let actor: String
        let action: String
        let record: String
        let ipAddress: String
        let detail: String
    }

    static func render(
        _ context: PageContext, title: String, intro: String, empty: String, rows: [Row], showIP: Bool
    ) -> HTML {
        Layout.page(
            title: title, context,
            content: .group(
                .h1(.id("audittable-table-heading"), .text(title)),
                .p(.text(intro)),
                DataTable.render(
                    rows, empty: empty,
                    columns: [
                        context.t(.auditTime), context.t(.auditUser), context.t(.auditAction), context.t(.auditRecord),
                    ]
                        + (showIP ? [context.t(.auditIp)] : []) + [context.t(.auditDetail)],
                    name: .heading("audittable-table-heading")
                ) { row in
                    .tr(
                        .td(.text(context.dateTime(row.time))),
                        .td(.text(row.actor)),
                        .td(.text(Components.auditActionLabel(row.action, context))),
                        .td(.text(row.record)),
                        .if(showIP, .td(.text(row.ipAddress))),
                        .td(.text(row.detail))
                    )
                }
            ))
    }
}
