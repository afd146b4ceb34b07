import Fluent
import Plot
import SQLKit
import RinnallaCore
import Vapor

/// The group activity part of the period page: the client's groups, their marked
/// sessions (activity days) and the next sessions. "Seuraa asiakkaan osallistumista
/// ryhmäkertoihin, kannusta ja tsemppaa."
enum GroupPeriodSection {
    struct Marked: Sendable {
        let day: Day
        let groupID: UUID
        let groupName: String
        let status: AttendanceStatus
    }

    struct Membership: Sendable {
        let groupID: UUID
        let name: String
        let when: String
        let missedInARow: Int
        let next: Day?
    }

    static let markedLimit = 60

    static func section(_ period: RehabilitationPeriod, context: PageContext, on req: Request) async throws -> Node<
        HTML.BodyContext
    > {
        let user = try req.requireUser()
        let periodID = try period.requireID()
        let clientID = period.$client.id
        let today = Day(req.now)
        let groups = try await GroupEnrolmentService.groups(ofClient: clientID, on: req.db)
        var memberships: [Membership] = []
        for (enrolment, group) in groups {
            let groupID = try group.requireID()
            let missed = try await GroupAttendanceService.missedInARow(
                groupID: groupID, enrolments: [enrolment], on: req.db)
            let next = try await GroupCatalogue.nextSessions(
                of: [groupID], from: today, on: req.db as! any SQLDatabase)[groupID]
            memberships.append(
                .init(
                    groupID: groupID, name: group.name, when: GroupText.when(group, context),
                    missedInARow: missed[clientID] ?? 0, next: next))
        }
        let records = try await GroupAttendanceRecord.query(on: req.db).filter(\.$period.$id == periodID)
            .sort(\.$day, .descending).limit(markedLimit).with(\.$group).all()
        let marked = records.compactMap { record -> Marked? in
            guard let day = Day(iso: record.day), let status = record.attendance, let id = record.group.id else {
                return nil
            }
            return Marked(day: day, groupID: id, groupName: record.group.name, status: status)
        }
        return view(
            context, clientID: clientID, memberships: memberships, marked: marked,
            canFind: period.isOpen && user.can(.writeClientData, inUnit: period.$unit.id))
    }

    static func view(
        _ context: PageContext, clientID: UUID, memberships: [Membership], marked: [Marked], canFind: Bool
    ) -> Node<HTML.BodyContext> {
        .section(
            .class("card"), .id("groups"), .attribute(named: "aria-labelledby", value: "groups-heading"),
            .h2(.id("groups-heading"), .text(context.t(.groupsPeriodTitle))),
            .p(.class("hint"), .text(context.t(.groupsPeriodHint))),
            DataTable.unlessEmpty(memberships, empty: context.t(.groupsPeriodNoGroups)) {
                .ul(
                    .forEach(memberships) { membership in
                        .li(
                            .a(.href(SiteRoute.group(membership.groupID, .show).href), .text(membership.name)),
                            .text(" – \(membership.when)"),
                            .unwrap(membership.next) {
                                .text(" · " + context.t(.groupsNextSession, ["day": GroupText.day($0, context)]))
                            },
                            .if(
                                membership.missedInARow >= GroupAttendance.missedInARowLimit,
                                .strong(
                                    .class("warning-text"),
                                    .text(
                                        " "
                                            + context.t(
                                                .groupsMissedInARow, ["count": String(membership.missedInARow)]))))
                        )
                    })
            },
            .if(
                canFind,
                .p(
                    .a(
                        .href(SiteRoute.groups(.list).href([GroupSearchForm.name(.client): "\(clientID)"])),
                        .id("find-group"),
                        .text(context.t(.groupsPeriodFind))))),
            .h3(.text(context.t(.groupsPeriodMarked))),
            DataTable.unlessEmpty(marked, empty: context.t(.groupsPeriodMarkedNone)) {
                .div(
                    .class("table-wrap"), .attribute(named: "tabindex", value: "0"),
                    .attribute(named: "role", value: "region"),
                    .attribute(named: "aria-labelledby", value: "groups-heading"),
                    .table(
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(context.t(.meetingsDay))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t(.groupsPeriodGroup))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t(.groupsPeriodStatus)))
                            )),
                        .tbody(
                            .forEach(marked) { row in
                                .tr(
                                    .td(.text(row.day.finnish)),
                                    .td(.a(.href(SiteRoute.group(row.groupID, .show).href), .text(row.groupName))),
                                    .td(.class("attendance-\(row.status.rawValue)"), .text(context.t(row.status.key)))
                                )
                            })
                    ))
            }
        )
    }
}
