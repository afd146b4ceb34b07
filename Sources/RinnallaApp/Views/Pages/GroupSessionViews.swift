import Foundation
import Plot
import RinnallaCore

/// A session's own page (change, cancel) and today's sessions.
enum GroupSessionViews {
    struct Model {
        let sessionID: UUID
        let groupID: UUID
        let groupName: String
        let day: Day?
        let cancelled: Bool
        let cancelReason: String
        let recorded: Bool
        let today: Day
    }

    static func page(
        _ context: PageContext, _ model: Model, form: GroupSessionService.Input, cancelReason: String,
        error: FieldError?
    ) -> HTML {
        let title = context.t(
            .groupsSessionTitle, ["group": model.groupName, "day": model.day.map { GroupText.day($0, context) } ?? ""])
        return Layout.page(
            title: title, context,
            content: .group(
                .p(
                    .a(
                        .href(SiteRoute.group(model.groupID, .show).href(fragment: "sessions")),
                        .text("← " + model.groupName))),
                .h1(.text(title)),
                Components.errorSummary(error, context),
                .if(
                    model.cancelled,
                    .p(.class("callout"), .text(context.t(.groupsSessionCancelled, ["reason": model.cancelReason])))),
                .if(
                    !model.cancelled && (model.day.map { $0 <= model.today } ?? false),
                    .p(
                        .a(
                            .href(SiteRoute.session(model.sessionID, .attendance).href), .class("button"),
                            .id("open-attendance"),
                            .text(context.t(.groupsAttendance))))),
                .section(
                    .class("card"),
                    .h2(.text(context.t(.groupsSessionEdit))),
                    Components.postForm(
                        action: SiteRoute.session(model.sessionID, .show).href, context, id: "session-form",
                        Components.field(
                            GroupSessionForm.name(.day), label: context.t(.meetingsDay), value: form.day ?? "",
                            required: true,
                            autocomplete: "off", hint: context.t(.groupsDayHint), error: error, context),
                        Components.field(
                            GroupSessionForm.name(.startTime), label: context.t(.fieldStartTime),
                            value: form.startTime ?? "",
                            required: true, autocomplete: "off", error: error, context),
                        Components.field(
                            GroupSessionForm.name(.endTime), label: context.t(.fieldEndTime), value: form.endTime ?? "",
                            required: true,
                            autocomplete: "off", error: error, context),
                        Components.field(
                            GroupSessionForm.name(.place), label: context.t(.groupsPlace), value: form.place ?? "",
                            required: true,
                            autocomplete: "off", error: error, context),
                        Components.textarea(
                            GroupSessionForm.name(.note), label: context.t(.fieldNote), value: form.note ?? "", rows: 3,
                            error: error, context
                        ),
                        Components.submit(context.t(.commonSave), id: "save-session"))
                ),
                .if(
                    !model.cancelled && !model.recorded,
                    .section(
                        .class("card"),
                        .h2(.text(context.t(.groupsSessionCancel))),
                        Components.postForm(
                            action: SiteRoute.session(model.sessionID, .cancel).href, context, id: "cancel-form",
                            Components.field(
                                SessionCancelForm.name(.cancelReason), label: context.t(.fieldCancelReason),
                                value: cancelReason,
                                required: true, autocomplete: "off", hint: context.t(.groupsCancelHint), error: error,
                                context),
                            Components.submit(
                                context.t(.groupsSessionCancel), id: "cancel-session", class: "button danger")
                        )))
            ))
    }

    static func today(_ context: PageContext, items: [GroupReminders.SessionItem], today: Day) -> HTML {
        Layout.page(
            title: context.t(.groupsToday), context,
            content: .group(
                .p(.a(.href(SiteRoute.groups(.list).href), .text("← " + context.t(.groupsTitle)))),
                .h1(.text(context.t(.groupsToday))),
                .p(.text(GroupText.day(today, context))),
                DataTable.unlessEmpty(items, empty: context.t(.groupsTodayNone)) {
                    .ul(.class("session-list"), .forEach(items) { sessionItem(context, $0) })
                }
            ))
    }

    /// One of today's sessions: the whole line opens its attendance.
    static func sessionItem(_ context: PageContext, _ item: GroupReminders.SessionItem) -> Node<HTML.ListContext> {
        .li(
            .a(
                .href(SiteRoute.session(item.sessionID, .attendance).href), .class("session-link"),
                .span(.class("session-time"), .text(item.time)), .text(" "),
                .span(.class("session-name"), .text(item.groupName)), .text(" "),
                .span(.class("session-place"), .text(item.place))),
            .if(
                item.recorded,
                .span(.class("hint"), .text(" " + context.t(.groupsSessionRecordedShort))))
        )
    }
}
