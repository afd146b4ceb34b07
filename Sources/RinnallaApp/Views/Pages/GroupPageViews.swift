import Foundation
import Plot
import RinnallaCore

/// `/groups/:id`: a group's details for any worker; its members, sessions and their
/// attendance for the owning unit's staff; the enrolment form for the worker's clients.
enum GroupPageViews {
    struct SessionRow: Sendable {
        let id: UUID
        let day: Day
        let time: String
        let place: String
        let note: String
        let cancelled: Bool
        let cancelReason: String
        let recorded: Bool
        let present: Int
        let walkIns: Int
    }

    struct MemberRow: Sendable {
        let enrolmentID: UUID
        let clientID: UUID
        let name: String
        let enrolledOn: Day?
        /// How many of the latest recorded sessions the client missed in a row.
        let missedInARow: Int
        let canLeave: Bool
    }

    struct Model {
        let group: ActivityGroup
        let areaName: String
        let unitName: String
        let leaders: [(id: UUID, name: String)]
        let canEdit: Bool
        let upcoming: [SessionRow]
        let recent: [SessionRow]
        let members: [MemberRow]
        /// Clients the user may enrol; empty when the user has none.
        let enrolOptions: [(id: UUID, name: String)]
        let preselectedClient: UUID?
        let today: Day
        var sessionForm = GroupSessionService.Input()
    }

    static func page(_ context: PageContext, _ model: Model, error: FieldError? = nil, errorPart: String? = nil)
        -> HTML
    {
        let group = model.group
        let id = group.id ?? .pattern
        return Layout.page(
            title: group.name, context,
            content: .group(
                .p(.a(.href(SiteRoute.groups(.list).href), .text("← " + context.t(.groupsTitle)))),
                .h1(.text(group.name)),
                .ul(
                    .class("tool-links"),
                    .li(.a(.href(SiteRoute.group(id, .flyer).href), .id("flyer-link"), .text(context.t(.groupsFlyer)))),
                    .if(
                        model.canEdit,
                        .li(
                            .a(.href(SiteRoute.group(id, .edit).href), .id("edit-group"), .text(context.t(.groupsEdit)))
                        )),
                    // Feedback and the report: the unit's staff and the group's leaders.
                    .if(
                        model.canEdit || model.leaders.contains { $0.id == context.user?.id },
                        .group(
                            .li(
                                .a(
                                    .href(SiteRoute.group(id, .feedback).href), .id("group-feedback-link"),
                                    .text(context.t(.groupfeedbackNavFeedback)))),
                            .li(
                                .a(
                                    .href(SiteRoute.group(id, .report).href), .id("group-report-link"),
                                    .text(context.t(.groupfeedbackNavReport))))))
                ),
                details(context, model),
                members(context, model, error: errorPart == "members" ? error : nil),
                sessions(context, model, error: errorPart == "sessions" ? error : nil)
            ))
    }

    static func details(_ context: PageContext, _ model: Model) -> Node<HTML.BodyContext> {
        let group = model.group
        let leaders = (model.leaders.map(\.name) + [group.leaderNames].filter { !$0.isEmpty }).joined(separator: ", ")
        let rows: [(String, String)] = [
            (context.t(.groupsAim), GroupText.aim(group.aim, context)),
            (context.t(.groupsMethods), GroupText.methods(group.methods, context)),
            (context.t(.groupsLeaders), leaders.isEmpty ? "–" : leaders),
            (context.t(.groupsArea), model.areaName),
            (context.t(.groupsPlace), group.place),
            (context.t(.groupsSchedule), GroupText.when(group, context)),
            (context.t(.groupsPeriod), GroupText.runs(first: group.firstDay, last: group.lastDay)),
            (context.t(.groupsOpenOrClosed), context.t(group.isOpen ? .groupsOpen : .groupsClosed)),
            (
                context.t(.groupsCapacity),
                GroupText.places(capacity: group.capacity, enrolled: group.enrolledCount, context)
            ),
            (context.t(.groupsLanguage), GroupText.language(group.language, context)),
            (context.t(.groupsAccessibility), group.accessibility.isEmpty ? "–" : group.accessibility),
            (context.t(.groupsUnit), model.unitName),
        ]
        return .section(
            .class("card"), .attribute(named: "aria-labelledby", value: "about-heading"),
            .h2(.id("about-heading"), .text(context.t(.groupsDescription))),
            .p(.class("pre-line"), .text(group.about)),
            .dl(
                .class("facts"),
                .forEach(rows) { row in .group(.dt(.text(row.0)), .dd(.text(row.1))) })
        )
    }

    private static func members(_ context: PageContext, _ model: Model, error: FieldError?) -> Node<HTML.BodyContext> {
        let groupID = model.group.id ?? .pattern
        return .section(
            .class("card"), .id("members"), .attribute(named: "aria-labelledby", value: "members-heading"),
            .h2(.id("members-heading"), .text(context.t(.groupsMembers))),
            .p(.class("hint"), .text(context.t(model.canEdit ? .groupsMembersHintOwner : .groupsMembersHintOther))),
            DataTable.unlessEmpty(model.members, empty: context.t(.groupsMembersNone)) {
                .ul(
                    .class("member-list"),
                    .forEach(model.members) { member in
                        .li(
                            .text(member.name),
                            .unwrap(member.enrolledOn) {
                                .span(.class("hint"), .text(" – " + context.t(.groupsEnrolledOn, ["day": $0.finnish])))
                            },
                            .if(
                                member.missedInARow >= GroupAttendance.missedInARowLimit,
                                .strong(
                                    .class("warning-text"),
                                    .text(
                                        " " + context.t(.groupsMissedInARow, ["count": String(member.missedInARow)])))),
                            .if(
                                member.canLeave,
                                Components.postForm(
                                    action: SiteRoute.leaveEnrolment(member.enrolmentID).href, context,
                                    class: "inline-form",
                                    .button(
                                        .type(.submit), .class("link-button"),
                                        .attribute(
                                            named: "aria-label", value: "\(context.t(.groupsLeave)): \(member.name)"),
                                        .text(context.t(.groupsLeave)))))
                        )
                    })
            },
            Components.errorSummary(error, context),
            .if(
                !model.enrolOptions.isEmpty,
                .group(
                    .h3(.id("enrol-heading"), .text(context.t(.groupsEnrol))),
                    Components.postForm(
                        action: SiteRoute.group(groupID, .enrolments).href, context, id: "enrol-form",
                        Components.select(
                            GroupEnrolForm.name(.clientID), label: context.t(.fieldClientID),
                            options: model.enrolOptions.map { ($0.id.uuidString, $0.name) },
                            selected: model.preselectedClient?.uuidString, error: error, context),
                        .p(.class("hint"), .text(context.t(.groupsEnrolHint))),
                        Components.submit(context.t(.groupsEnrolSubmit), id: "enrol-client")
                    ))))
    }

    private static func sessions(_ context: PageContext, _ model: Model, error: FieldError?) -> Node<HTML.BodyContext> {
        let groupID = model.group.id ?? .pattern
        let form = model.sessionForm
        return .section(
            .class("card"), .id("sessions"), .attribute(named: "aria-labelledby", value: "sessions-heading"),
            .h2(.id("sessions-heading"), .text(context.t(.groupsSessions))),
            .h3(.id("upcoming-heading"), .text(context.t(.groupsSessionsUpcoming))),
            sessionTable(
                context, model.upcoming, canEdit: model.canEdit, today: model.today, labelledBy: "upcoming-heading"),
            .h3(.id("recent-heading"), .text(context.t(.groupsSessionsRecent))),
            sessionTable(
                context, model.recent, canEdit: model.canEdit, today: model.today, labelledBy: "recent-heading"),
            .if(
                model.canEdit,
                .element(
                    named: "details",
                    nodes: [
                        .if(error != nil, .attribute(named: "open", value: "open")),
                        .element(named: "summary", nodes: [.text(context.t(.groupsSessionAdd))]),
                        Components.errorSummary(error, context),
                        Components.postForm(
                            action: SiteRoute.group(groupID, .sessions).href, context, id: "session-form",
                            Components.field(
                                GroupSessionForm.name(.day), label: context.t(.meetingsDay), value: form.day ?? "",
                                required: true,
                                autocomplete: "off", hint: context.t(.groupsDayHint), error: error, context),
                            Components.field(
                                GroupSessionForm.name(.startTime), label: context.t(.fieldStartTime),
                                value: form.startTime ?? "",
                                required: true, autocomplete: "off", error: error, context),
                            Components.field(
                                GroupSessionForm.name(.endTime), label: context.t(.fieldEndTime),
                                value: form.endTime ?? "", required: true,
                                autocomplete: "off", error: error, context),
                            Components.field(
                                GroupSessionForm.name(.place), label: context.t(.groupsPlace),
                                value: form.place ?? model.group.place,
                                required: true, autocomplete: "off", error: error, context),
                            Components.field(
                                GroupSessionForm.name(.note), label: context.t(.fieldNote), value: form.note ?? "",
                                autocomplete: "off",
                                error: error, context),
                            Components.submit(context.t(.groupsSessionAddSubmit), id: "add-session")),
                    ]))
        )
    }

    static func sessionTable(
        _ context: PageContext, _ rows: [SessionRow], canEdit: Bool, today: Day, labelledBy: String
    ) -> Node<
        HTML.BodyContext
    > {
        guard !rows.isEmpty else { return .p(.class("empty-state"), .text(context.t(.groupsSessionsNone))) }
        return DataTable.render(
            rows,
            columns: [
                context.t(.meetingsDay), context.t(.groupsSchedule), context.t(.groupsPlace),
                context.t(.groupsSessionState),
            ], name: .heading(labelledBy)
        ) { row in
            .tr(
                .td(
                    canEdit
                        ? .a(
                            .href(SiteRoute.session(row.id, .show).href),
                            .text(GroupText.day(row.day, context)))
                        : .text(GroupText.day(row.day, context))),
                .td(.text(row.time)),
                .td(.text(row.place), .if(!row.note.isEmpty, .group(.br(), .small(.text(row.note))))),
                .td(state(context, row, canEdit: canEdit, today: today))
            )
        }
    }

    private static func state(_ context: PageContext, _ row: SessionRow, canEdit: Bool, today: Day) -> Node<
        HTML.BodyContext
    > {
        if row.cancelled {
            return .text(context.t(.groupsSessionCancelled, ["reason": row.cancelReason]))
        }
        let text: String =
            row.recorded
            ? context.t(.groupsSessionRecorded, ["present": String(row.present), "walkIns": String(row.walkIns)])
            : context.t(.groupsSessionPlanned)
        guard canEdit, row.day <= today else { return .text(text) }
        return .group(
            .text(text + " "),
            .a(
                .href(SiteRoute.session(row.id, .attendance).href), .class("button secondary"),
                .attribute(named: "aria-label", value: "\(context.t(.groupsAttendance)) \(row.day.finnish)"),
                .text(context.t(.groupsAttendance))))
    }
}
