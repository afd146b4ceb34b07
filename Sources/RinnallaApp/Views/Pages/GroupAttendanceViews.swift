import Foundation
import Plot
import RinnallaCore

/// `/sessions/:id/attendance`: one screen, one tap a client (radio buttons styled as big
/// buttons, no script needed), a count of walk-ins, one save.
enum GroupAttendanceViews {
    struct Model {
        let sessionID: UUID
        let groupID: UUID
        let groupName: String
        let day: Day
        let time: String
        let place: String
        let entries: [GroupAttendanceService.Entry]
        let walkIns: String
        let recorded: Bool
    }

    static func page(_ context: PageContext, _ model: Model, error: FieldError? = nil) -> HTML {
        Layout.page(
            title: "\(context.t(.groupsAttendance)): \(model.groupName)", context, bodyClass: "attendance-page",
            content: .group(
                .p(
                    .a(
                        .href(SiteRoute.group(model.groupID, .show).href(fragment: "sessions")),
                        .text("← " + model.groupName))),
                .h1(.text(model.groupName)),
                .p(
                    .class("session-meta"),
                    .text("\(GroupText.day(model.day, context)) \(model.time) · \(model.place)")),
                .if(model.recorded, .p(.class("hint"), .text(context.t(.groupsAttendanceRecordedHint)))),
                Components.errorSummary(error, context),
                Components.postForm(
                    action: SiteRoute.session(model.sessionID, .attendance).href, context, id: "attendance-form",
                    .if(
                        model.entries.isEmpty,
                        .p(.class("empty-state"), .text(context.t(.groupsAttendanceNoMembers))),
                        else: .group(model.entries.map { row(context, $0, error: error) })),
                    Components.field(
                        AttendanceForm.name(.walkIns), label: context.t(.fieldWalkIns), type: .number,
                        value: model.walkIns,
                        autocomplete: "off", hint: context.t(.groupsWalkInsHint), error: error, context),
                    Components.submit(context.t(.groupsAttendanceSave), id: "save-attendance", class: "button wide")
                )
            ))
    }

    private static func row(_ context: PageContext, _ entry: GroupAttendanceService.Entry, error: FieldError?)
        -> Node<HTML.FormContext>
    {
        let name = AttendanceForm.name(status: entry.clientID)
        let hasError = error?.field == name
        return .element(
            named: "fieldset",
            nodes: [
                .class(hasError ? "attendance-row field-error" : "attendance-row"), .id("field-\(name)"),
                .element(named: "legend", nodes: [.text(entry.name)]),
                .if(hasError, .p(.class("error-message"), .text(error?.message ?? ""))),
                .div(
                    .class("choices"),
                    .group(
                        AttendanceStatus.allCases.map { status in
                            let id = "\(name)-\(status.rawValue)"
                            return .group(
                                .input(
                                    .type(.radio), .name(name), .id(id), .value(status.rawValue),
                                    .class("choice-\(status.rawValue)"),
                                    entry.status == status ? .checked(true) : .empty),
                                .label(.attribute(named: "for", value: id), .text(context.t(status.key))))
                        })),
            ])
    }
}
