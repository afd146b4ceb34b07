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
                .h1(.text(title)),
                .p(.text(intro)),
                .if(
                    rows.isEmpty,
                    .p(.class("empty-state"), .text(empty)),
                    else: .div(
                        .class("table-wrap"),
                        .table(
                            .thead(
                                .tr(
                                    .columnHeader(context.t(.auditTime)),
                                    .columnHeader(context.t(.auditUser)),
                                    .columnHeader(context.t(.auditAction)),
                                    .columnHeader(context.t(.auditRecord)),
                                    .if(
                                        showIP,
                                        .columnHeader(context.t(.auditIp))),
                                    .columnHeader(context.t(.auditDetail))
                                )),
                            .tbody(
                                .forEach(rows) { row in
                                    .tr(
                                        .td(.text(context.dateTime(row.time))),
                                        .td(.text(row.actor)),
                                        .td(.text(Components.auditActionLabel(row.action, context))),
                                        .td(.text(row.record)),
                                        .if(showIP, .td(.text(row.ipAddress))),
                                        .td(.text(row.detail))
                                    )
                                })
                        )
                    ))
            ))
    }
}
