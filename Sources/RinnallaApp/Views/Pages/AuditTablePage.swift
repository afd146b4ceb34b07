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
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t(.auditTime))),
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t(.auditUser))),
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t(.auditAction))),
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t(.auditRecord))),
                                    .if(
                                        showIP,
                                        .th(.attribute(named: "scope", value: "col"), .text(context.t(.auditIp)))),
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t(.auditDetail)))
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
