import Foundation
import Plot
import RinnallaCore

/// The local service map: search, a place's own page, the place form, and the place
/// picker used on the meeting and goal pages.
enum PlaceViews {
    struct AreaOption: Sendable {
        let id: UUID
        let name: String
    }

    typealias Form = PlaceForm

    // MARK: Labels

    static func categoryLabel(_ raw: String, _ context: PageContext) -> String {
        PlaceCategory(rawValue: raw).map { context.t($0.l10nKey) } ?? raw
    }

    static func languageLabel(_ code: String, _ context: PageContext) -> String {
        L10nKey(rawValue: "place.language.\(code)").map { context.t($0) } ?? code
    }

    static func areaLabel(_ place: Place, _ context: PageContext) -> String {
        place.area?.name ?? context.t(.placeNoArea)
    }

    static func freeLabel(_ isFree: Bool?, _ context: PageContext) -> String {
        switch isFree {
        case true?: context.t(.placeFreeYes)
        case false?: context.t(.placeFreeNo)
        case nil: context.t(.placeFreeUnknown)
        }
    }

    static func categoryOptions(_ context: PageContext) -> [(value: String, label: String)] {
        PlaceCategory.allCases.map { ($0.rawValue, context.t($0.l10nKey)) }
    }

    /// Filter choices for an area: all, each area, city-wide.
    static func areaFilterOptions(_ areas: [AreaOption], _ context: PageContext) -> [(value: String, label: String)] {
        [("", context.t(.placeSearchAnyArea))] + areas.map { ($0.id.uuidString, $0.name) }
            + [("none", context.t(.placeSearchNoArea))]
    }

    static func categoryFilterOptions(_ context: PageContext) -> [(value: String, label: String)] {
        [("", context.t(.placeSearchAnyCategory))] + categoryOptions(context)
    }

    /// "Tutustumiskäynti: Kontulan D-asema, Kontulankaari 1B 14A"
    static func visitText(_ place: Place, _ t: (L10nKey, [String: String]) -> String) -> String {
        t(.placeVisit, ["place": place.nameAndAddress])
    }

    // MARK: Search

    static func list(
        _ context: PageContext, filter: PlaceService.Filter, areas: [AreaOption], places: [Place], canEdit: Bool
    ) -> HTML {
        Layout.page(
            title: context.t(.placeListTitle), context,
            content: .group(
                .h1(.text(context.t(.placeListTitle))),
                .p(.class("lead"), .text(context.t(.placeListIntro))),
                .form(
                    .method(.get), .action(SiteRoute.places(.list).href), .class("search-form place-search"),
                    .attribute(named: "role", value: "search"),
                    Components.field(
                        PlaceSearchForm.name(.q), label: context.t(.placeSearchText), type: .search,
                        value: filter.text ?? "",
                        autocomplete: "off", context),
                    .div(
                        .class("field-row"),
                        Components.select(
                            PlaceSearchForm.name(.area), label: context.t(.placeSearchArea),
                            options: areaFilterOptions(areas, context),
                            selected: filter.area.value, context),
                        Components.select(
                            PlaceSearchForm.name(.category), label: context.t(.placeSearchCategory),
                            options: categoryFilterOptions(context), selected: filter.category?.rawValue ?? "",
                            context)),
                    Components.checkbox(
                        PlaceSearchForm.name(.inactive), label: context.t(.placeSearchInactive),
                        checked: filter.includeInactive),
                    Components.submit(context.t(.placeSearchSubmit), id: "place-search")
                ),
                .if(
                    canEdit,
                    .p(
                        .a(
                            .class("button"), .id("new-place"), .href(SiteRoute.places(.new).href),
                            .text(context.t(.placeNew))))),
                .h2(.id("results"), .text(context.t(.placeSearchResults, ["count": String(places.count)]))),
                DataTable.render(
                    places, empty: context.t(.placeSearchNone),
                    columns: [
                        context.t(.placeName), context.t(.placeCategory), context.t(.placeArea),
                        context.t(.placeAddress),
                    ], name: .heading("results")
                ) { place in
                    .tr(
                        .td(
                            .a(
                                .href(SiteRoute.place(place.id ?? .pattern, .show).href),
                                .text(place.name)),
                            .if(
                                !place.isActive,
                                .span(.class("hint"), .text(" (\(context.t(.placeInactive)))")))),
                        .td(.text(categoryLabel(place.category, context))),
                        .td(.text(areaLabel(place, context))),
                        .td(.text(place.address.isEmpty ? "–" : place.address))
                    )
                }
            ))
    }

    // MARK: One place

    static func page(_ context: PageContext, place: Place, canEdit: Bool) -> HTML {
        func row(_ label: L10nKey, _ value: Node<HTML.BodyContext>) -> Node<HTML.DescriptionListContext> {
            .group(.dt(.text(context.t(label))), .dd(value))
        }
        func text(_ value: String) -> Node<HTML.BodyContext> { .text(value.isEmpty ? "–" : value) }
        let languages = place.languageCodes.map { languageLabel($0, context) }.joined(separator: ", ")
        return Layout.page(
            title: place.name, context,
            content: .div(
                .class("card place"),
                .p(.a(.href(SiteRoute.places(.list).href), .text("← " + context.t(.placeBack)))),
                .h1(.text(place.name)),
                .if(!place.isActive, .p(.class("status status-cancelled"), .text(context.t(.placeInactive)))),
                .p(.class("lead"), .text(place.description)),
                .dl(
                    .class("details"),
                    row(.placeCategory, .text(categoryLabel(place.category, context))),
                    row(.placeArea, .text(areaLabel(place, context))),
                    row(.placeAddress, text(place.address)),
                    row(.placeOpeningNotes, text(place.openingNotes)),
                    row(
                        .placeWebAddress,
                        .unwrap(
                            place.webAddress, { .a(.href($0), .id("place-web"), .text($0)) }, else: .text("–"))),
                    row(.placeLanguages, text(languages)),
                    row(.placeFree, .text(freeLabel(place.isFree, context)))
                ),
                .if(
                    canEdit,
                    .p(
                        .a(
                            .class("button secondary"), .id("edit-place"),
                            .href(SiteRoute.place(place.id ?? .pattern, .edit).href), .text(context.t(.placeEdit)))))
            ))
    }

    // MARK: The form

    static func formPage(
        _ context: PageContext, title: String, action: String, form: Form, areas: [AreaOption],
        error: FieldError?
    ) -> HTML {
        Layout.page(
            title: title, context,
            content: .div(
                .class("card"),
                .p(.a(.href(SiteRoute.places(.list).href), .text("← " + context.t(.placeBack)))),
                .h1(.text(title)),
                Components.errorSummary(error, context),
                Components.postForm(
                    action: action, context, id: "place-form",
                    Components.field(
                        Form.name(.name), label: context.t(.placeName), value: form.name ?? "", required: true,
                        autocomplete: "off",
                        error: error, context),
                    .div(
                        .class("field-row"),
                        Components.select(
                            Form.name(.category), label: context.t(.placeCategory), options: categoryOptions(context),
                            selected: form.category ?? "", required: true, error: error, context),
                        Components.select(
                            Form.name(.areaID), label: context.t(.placeArea),
                            options: [("", context.t(.placeNoArea))] + areas.map { ($0.id.uuidString, $0.name) },
                            selected: form.areaID ?? "", error: error, context)),
                    Components.field(
                        Form.name(.address), label: context.t(.placeAddress), value: form.address ?? "",
                        autocomplete: "off",
                        error: error, context),
                    Components.textarea(
                        Form.name(.description), label: context.t(.placeDescription), value: form.description ?? "",
                        rows: 4,
                        error: error, context),
                    Components.textarea(
                        Form.name(.openingNotes), label: context.t(.placeOpeningNotes), value: form.openingNotes ?? "",
                        rows: 2,
                        error: error, context),
                    Components.field(
                        Form.name(.webAddress), label: context.t(.placeWebAddress), type: .url,
                        value: form.webAddress ?? "",
                        autocomplete: "off", hint: context.t(.placeWebHint), error: error, context),
                    .element(
                        named: "fieldset",
                        nodes: [
                            .class(error?.field == Form.name(.languages) ? "field-error" : ""),
                            .id("field-\(Form.name(.languages))"),
                            .element(named: "legend", nodes: [.text(context.t(.placeLanguages))]),
                            .if(
                                error?.field == Form.name(.languages),
                                .p(.class("error-message"), .text(error?.message ?? ""))),
                            .group(
                                PlaceRules.languages.map { code in
                                    Components.checkbox(
                                        Form.name(language: code), label: languageLabel(code, context),
                                        checked: form.languages.contains(code))
                                }),
                        ]),
                    Components.select(
                        Form.name(.free), label: context.t(.placeFree),
                        options: [
                            ("", context.t(.placeFreeUnknown)), ("yes", context.t(.placeFreeYes)),
                            ("no", context.t(.placeFreeNo)),
                        ], selected: form.free ?? "", error: error, context),
                    Components.checkbox(Form.name(.active), label: context.t(.placeActive), checked: form.active),
                    .p(.class("hint"), .text(context.t(.placeActiveHint))),
                    Components.submit(context.t(.placeSave), id: "save-place")
                )
            ))
    }

    // MARK: The picker on meeting and goal pages

    struct Picker: Sendable {
        /// Where the filter form goes (the page itself, keeping its anchor).
        var filterAction: String
        var areas: [AreaOption]
        var area: PlaceService.AreaFilter
        var category: PlaceCategory?
        /// The places the filter lets through, plus the one chosen already.
        var places: [Place]
        var selected: String
    }

    /// A GET form that narrows the place list by area and category (a form of its own, so
    /// it sits before the form that saves).
    static func pickerFilter(_ context: PageContext, _ picker: Picker, id: String) -> Node<HTML.BodyContext> {
        .form(
            .method(.get), .action(picker.filterAction), .class("place-filter"), .id(id),
            .attribute(named: "role", value: "search"),
            .attribute(named: "aria-label", value: context.t(.meetingsFindPlace)),
            .div(
                .class("field-row"),
                Components.select(
                    PlacePickerForm.name(.placeArea), label: context.t(.placeSearchArea),
                    options: areaFilterOptions(picker.areas, context), selected: picker.area.value, context),
                Components.select(
                    PlacePickerForm.name(.placeCategory), label: context.t(.placeSearchCategory),
                    options: categoryFilterOptions(context), selected: picker.category?.rawValue ?? "", context)),
            Components.submit(context.t(.meetingsFilterPlaces), id: "\(id)-submit", class: "button secondary")
        )
    }

    /// The place select, grouped by area in the organisation's order; `name` is the
    /// field's name in the form it saves with.
    static func pickerSelect(
        _ context: PageContext, _ picker: Picker, name: String, label: String, emptyLabel: String,
        error: FieldError?
    ) -> Node<HTML.FormContext> {
        let id = "field-\(name)"
        let hasError = error?.field == name
        var groups: [(label: String, places: [Place])] = []
        for place in picker.places {
            let name = place.area?.name ?? context.t(.placeSearchNoArea)
            if let index = groups.firstIndex(where: { $0.label == name }) {
                groups[index].places.append(place)
            } else {
                groups.append((name, [place]))
            }
        }
        return .div(
            .class(hasError ? "field field-error" : "field"),
            .label(.attribute(named: "for", value: id), .text(label)),
            .if(hasError, .p(.class("error-message"), .id("\(id)-error"), .text(error?.message ?? ""))),
            .select(
                .attribute(named: "name", value: name), .id(id),
                .attribute(named: "aria-describedby", value: hasError ? "\(id)-error" : nil),
                Components.optionNode(value: "", label: emptyLabel, selected: picker.selected.isEmpty),
                .forEach(groups) { group in
                    .element(
                        named: "optgroup",
                        nodes: [
                            .attribute(named: "label", value: group.label),
                            .forEach(group.places) { place in
                                let value = place.id?.uuidString ?? ""
                                return Components.optionNode(
                                    value: value,
                                    label: "\(place.name) – \(categoryLabel(place.category, context))",
                                    selected: value.caseInsensitiveCompare(picker.selected) == .orderedSame)
                            },
                        ])
                }
            )
        )
    }
}
