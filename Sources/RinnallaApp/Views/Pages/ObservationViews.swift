import Foundation
import Plot
import RinnallaCore

/// `/observations`: the unit's observations of phenomena with filters, and the form that
/// reminds the worker to write without identifying anyone.
enum ObservationViews {
    typealias Form = ObservationForm
    typealias ListForm = ObservationListForm

    struct FilterValues: Sendable {
        var unitID: UUID
        var tag = ""
        var areaID = ""
        var from = ""
        var to = ""
    }

    static func dayText(_ iso: String) -> String { Day(iso: iso)?.finnish ?? iso }

    static func tagText(_ observation: Observation) -> String {
        observation.tags.map(\.tag).sorted().joined(separator: ", ")
    }

    static func list(
        _ context: PageContext, units: [(id: UUID, name: String)], filter: FilterValues,
        areas: [PlaceViews.AreaOption], observations: [Observation], userID: UUID?
    ) -> HTML {
        let unit = filter.unitID.uuidString
        return Layout.page(
            title: context.t(.observationListTitle), context,
            content: .group(
                .h1(.text(context.t(.observationListTitle))),
                .p(.class("lead"), .text(context.t(.observationListIntro))),
                .p(
                    .a(
                        .class("button"), .id("new-observation"),
                        .href(SiteRoute.observations(.new).href([ListForm.name(.unit): "\(unit)"])),
                        .text(context.t(.observationNew))), .text(" "),
                    .a(
                        .id("social-report-link"),
                        .href(SiteRoute.socialReport(.show).href([SocialReportFilterForm.name(.unit): "\(unit)"])),
                        .text(context.t(.socialreportLink)))),
                .form(
                    .method(.get), .action(SiteRoute.observations(.list).href), .class("search-form"),
                    .attribute(named: "role", value: "search"),
                    .if(
                        units.count > 1,
                        Components.select(
                            ListForm.name(.unit), label: context.t(.observationUnit),
                            options: units.map { ($0.id.uuidString, $0.name) }, selected: unit, context),
                        else: .input(.type(.hidden), .name(ListForm.name(.unit)), .value(unit))),
                    .div(
                        .class("field-row"),
                        Components.field(
                            ListForm.name(.tag), label: context.t(.observationFilterTag), value: filter.tag,
                            autocomplete: "off",
                            context),
                        Components.select(
                            ListForm.name(.area), label: context.t(.observationArea),
                            options: [("", context.t(.observationFilterAnyArea))]
                                + areas.map { ($0.id.uuidString, $0.name) }, selected: filter.areaID, context)),
                    .div(
                        .class("field-row"),
                        Components.field(
                            ListForm.name(.from), label: context.t(.observationFilterFrom), value: filter.from,
                            autocomplete: "off", hint: context.t(.observationDayHint), context),
                        Components.field(
                            ListForm.name(.to), label: context.t(.observationFilterTo), value: filter.to,
                            autocomplete: "off",
                            context)),
                    Components.submit(context.t(.observationFilterSubmit), id: "observation-filter")),
                .h2(
                    .id("observation-results"),
                    .text(context.t(.observationResults, ["count": String(observations.count)]))),
                DataTable.unlessEmpty(observations, empty: context.t(.observationNone)) {
                    .ul(
                        .class("observation-list"), .id("observations"),
                        .forEach(observations) { observation in
                            item(context, observation, canEdit: observation.$recordedBy.id == userID)
                        })
                }
            ))
    }

    static func item(_ context: PageContext, _ observation: Observation, canEdit: Bool) -> Node<HTML.ListContext> {
        let id = observation.id ?? .pattern
        return .li(
            .class("card observation"), .id("observation-\(id)"),
            .p(
                .class("meta"),
                .strong(.text(dayText(observation.day))),
                .text(" · " + (observation.area?.name ?? context.t(.observationNoArea))),
                .if(observation.inReport, .span(.class("tag"), .text(" · " + context.t(.observationInReport))))),
            .p(.class("observation-text"), .text(observation.text)),
            .if(
                !observation.tags.isEmpty,
                .p(.class("tags"), .text(context.t(.observationColumnTags) + ": " + tagText(observation)))),
            .if(
                canEdit,
                .p(
                    .a(
                        .class("button secondary"), .id("edit-observation-\(id)"),
                        .href(SiteRoute.observation(id, .edit).href), .text(context.t(.observationEdit))))))
    }

    static func formPage(
        _ context: PageContext, title: String, action: String, form: Form, units: [(id: UUID, name: String)],
        areas: [PlaceViews.AreaOption], error: FieldError?, deleteAction: String? = nil
    ) -> HTML {
        Layout.page(
            title: title, context,
            content: .div(
                .class("card"),
                .p(
                    .a(
                        .href(SiteRoute.observations(.list).href([ListForm.name(.unit): form.unitID ?? ""])),
                        .text("← " + context.t(.observationBack)))),
                .h1(.text(title)),
                Components.errorSummary(error, context),
                .div(
                    .class("notice anonymity-reminder"), .id("anonymity-reminder"),
                    .p(.text(context.t(.observationAnonymity)))),
                Components.postForm(
                    action: action, context, id: "observation-form",
                    .if(
                        units.count > 1 && deleteAction == nil,
                        Components.select(
                            Form.name(.unitID), label: context.t(.observationUnit),
                            options: units.map { ($0.id.uuidString, $0.name) }, selected: form.unitID ?? "", context),
                        else: .input(.type(.hidden), .name(Form.name(.unitID)), .value(form.unitID ?? ""))),
                    Components.textarea(
                        Form.name(.text), label: context.t(.fieldObservationText), value: form.text ?? "", rows: 6,
                        hint: context.t(.observationAnonymity), error: error, context),
                    Components.field(
                        Form.name(.tags), label: context.t(.fieldObservationTags), value: form.tags ?? "",
                        autocomplete: "off", hint: context.t(.observationTagsHint), error: error, context),
                    .div(
                        .class("field-row"),
                        Components.select(
                            Form.name(.areaID), label: context.t(.observationArea),
                            options: [("", context.t(.observationNoArea))] + areas.map { ($0.id.uuidString, $0.name) },
                            selected: form.areaID ?? "", error: error, context),
                        Components.field(
                            Form.name(.day), label: context.t(.fieldObservationDay), value: form.day ?? "",
                            autocomplete: "off", hint: context.t(.observationDayHint), error: error, context)),
                    Components.submit(context.t(.observationSave), id: "save-observation")),
                .unwrap(deleteAction) { action in
                    Components.postForm(
                        action: action, context, id: "delete-observation-form",
                        Components.submit(
                            context.t(.observationDelete), id: "delete-observation", class: "button danger"))
                }
            ))
    }
}
