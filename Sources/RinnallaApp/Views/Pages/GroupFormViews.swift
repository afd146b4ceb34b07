import Foundation
import Plot
import RinnallaCore

/// The form to add or change a group in the catalogue.
enum GroupFormViews {
    struct Model {
        let title: String
        let action: String
        let input: GroupForm
        /// Only when adding: the units the user may own a group in.
        let units: [(id: UUID, name: String)]?
        let areas: [(id: UUID, name: String)]
        let staff: [(id: UUID, name: String)]
        let cancelLink: String
    }

    static func page(_ context: PageContext, _ model: Model, error: FieldError? = nil) -> HTML {
        let input = model.input
        return Layout.page(
            title: model.title, context,
            content: .div(
                .class("card"),
                .h1(.text(model.title)),
                Components.errorSummary(error, context),
                Components.postForm(
                    action: model.action, context, id: "group-form",
                    .unwrap(model.units) { units in
                        Components.select(
                            GroupForm.name(.unitID), label: context.t(.fieldGroupUnitID),
                            options: units.map { ($0.id.uuidString, $0.name) }, selected: input.unitID, error: error,
                            context)
                    },
                    Components.field(
                        GroupForm.name(.name), label: context.t(.fieldGroupName), value: input.name ?? "",
                        required: true,
                        autocomplete: "off", error: error, context),
                    Components.textarea(
                        GroupForm.name(.description), label: context.t(.groupsDescription),
                        value: input.description ?? "",
                        rows: 5, error: error, context),
                    Components.select(
                        GroupForm.name(.aim), label: context.t(.groupsAim),
                        options: GroupAim.allCases.map { ($0.rawValue, context.t($0.key)) }, selected: input.aim,
                        error: error, context),
                    checkboxes(
                        GroupForm.name(.methods), legend: context.t(.groupsMethods),
                        options: GroupMethod.allCases.map { ($0.rawValue, context.t($0.key)) },
                        checked: Set(input.methods), error: error, context),
                    checkboxes(
                        GroupForm.name(.leaderIDs), legend: context.t(.groupsLeaders),
                        hint: context.t(.groupsLeadersHint),
                        options: model.staff.map { ($0.id.uuidString, $0.name) }, checked: Set(input.leaderIDs),
                        error: error, context),
                    Components.field(
                        GroupForm.name(.leaderNames), label: context.t(.fieldLeaderNames),
                        value: input.leaderNames ?? "",
                        autocomplete: "off", hint: context.t(.groupsLeaderNamesHint), error: error, context),
                    Components.select(
                        GroupForm.name(.areaID), label: context.t(.groupsArea),
                        options: model.areas.map { ($0.id.uuidString, $0.name) },
                        selected: input.areaID, error: error, context),
                    Components.field(
                        GroupForm.name(.place), label: context.t(.groupsPlace), value: input.place ?? "",
                        required: true,
                        autocomplete: "off", error: error, context),
                    checkboxes(
                        GroupForm.name(.weekdays), legend: context.t(.fieldWeekdays),
                        options: (1...7).map { (String($0), GroupText.weekday($0) { context.t($0) }) },
                        checked: Set(input.weekdays), error: error, context),
                    .group(
                        Components.field(
                            GroupForm.name(.startTime), label: context.t(.fieldStartTime), value: input.startTime ?? "",
                            required: true, autocomplete: "off", hint: context.t(.groupsTimeHint), error: error,
                            context),
                        Components.field(
                            GroupForm.name(.endTime), label: context.t(.fieldEndTime), value: input.endTime ?? "",
                            required: true,
                            autocomplete: "off", hint: context.t(.groupsTimeHint), error: error, context)),
                    Components.select(
                        GroupForm.name(.intervalWeeks), label: context.t(.fieldIntervalWeeks),
                        options: [("1", context.t(.groupsWeekly)), ("2", context.t(.groupsEveryOtherWeek))],
                        selected: input.intervalWeeks ?? "1", error: error, context),
                    Components.select(
                        GroupForm.name(.isOpen), label: context.t(.groupsOpenOrClosed),
                        options: [("open", context.t(.groupsOpen)), ("closed", context.t(.groupsClosed))],
                        selected: input.isOpen ?? "open", error: error, context),
                    .p(.class("hint"), .text(context.t(.groupsOpenHint))),
                    Components.field(
                        GroupForm.name(.capacity), label: context.t(.groupsCapacity), type: .number,
                        value: input.capacity ?? "",
                        required: true, autocomplete: "off", error: error, context),
                    Components.select(
                        GroupForm.name(.language), label: context.t(.groupsLanguage),
                        options: GroupLanguage.allCases.map { ($0.rawValue, context.t($0.key)) },
                        selected: input.language ?? "fi", error: error, context),
                    Components.textarea(
                        GroupForm.name(.accessibility), label: context.t(.groupsAccessibility),
                        value: input.accessibility ?? "",
                        rows: 3, hint: context.t(.groupsAccessibilityHint), error: error, context),
                    .group(
                        Components.field(
                            GroupForm.name(.firstDay), label: context.t(.fieldFirstDay), value: input.firstDay ?? "",
                            required: true,
                            autocomplete: "off", hint: context.t(.groupsDayHint), error: error, context),
                        Components.field(
                            GroupForm.name(.lastDay), label: context.t(.fieldLastDay), value: input.lastDay ?? "",
                            required: true,
                            autocomplete: "off", hint: context.t(.groupsDayHint), error: error, context)),
                    Components.submit(context.t(.groupsSave), id: "save-group")
                ),
                .p(.a(.href(model.cancelLink), .text(context.t(.commonCancel))))
            ))
    }

    /// A fieldset of checkboxes sharing one name (submitted as `name[]`), with its error.
    static func checkboxes(
        _ name: String, legend: String, hint: String? = nil, options: [(value: String, label: String)],
        checked: Set<String>, error: FieldError?, _ context: PageContext
    ) -> Node<HTML.FormContext> {
        let hasError = error?.field == name
        return .element(
            named: "fieldset",
            nodes: [
                .class(hasError ? "checkboxes field-error" : "checkboxes"), .id("field-\(name)"),
                .element(named: "legend", nodes: [.text(legend)]),
                .unwrap(hint) { .p(.class("hint"), .text($0)) },
                .if(hasError, .p(.class("error-message"), .text(error?.message ?? ""))),
                .group(
                    options.enumerated().map { index, option in
                        let id = "field-\(name)-\(index)"
                        return .div(
                            .class("checkbox"),
                            .input(
                                .type(.checkbox), .name("\(name)[]"), .id(id), .value(option.value),
                                checked.contains(option.value) ? .checked(true) : .empty),
                            .label(.attribute(named: "for", value: id), .text(option.label)))
                    }),
            ])
    }
}
