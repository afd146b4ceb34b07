import RinnallaCore

/// The place search (a GET form, `/places?q=…`): its coding keys name the form's fields
/// (issue 14). Values that are not in the lists are ignored.
struct PlaceSearchForm: PageForm, Sendable {
    var q: String?
    var area: String?
    var category: String?
    /// A checkbox: sent only when ticked.
    var inactive: String?

    enum CodingKeys: String, CodingKey {
        case q, area, category, inactive
    }

    var filter: PlaceService.Filter {
        PlaceService.Filter(
            text: q.flatMap(InputRules.trimmed), area: PlaceService.AreaFilter(area) ?? .any,
            category: category.flatMap(PlaceCategory.init(rawValue:)), includeInactive: inactive != nil)
    }
}

/// The service path search (`/service-paths?q=…`), read like the place search.
struct ServicePathSearchForm: PageForm, Sendable {
    var q: String?
    var kind: String?
    var area: String?
    /// A checkbox: sent only when ticked.
    var inactive: String?

    enum CodingKeys: String, CodingKey {
        case q, kind, area, inactive
    }

    var filter: ServicePathService.Filter {
        ServicePathService.Filter(
            text: q.flatMap(InputRules.trimmed), kind: kind.flatMap(ServicePathKind.init(rawValue:)),
            area: PlaceService.AreaFilter(area) ?? .any, includeInactive: inactive != nil)
    }
}

/// The place picker's own filter on a meeting or goal page (a GET form before the form
/// that saves), named apart from the page's other fields.
struct PlacePickerForm: PageForm, Sendable {
    var placeArea: String?
    var placeCategory: String?

    enum CodingKeys: String, CodingKey {
        case placeArea, placeCategory
    }

    var category: PlaceCategory? { placeCategory.flatMap(PlaceCategory.init(rawValue:)) }

    /// Whether the page was opened from the filter (so it is shown open).
    var isFiltering: Bool { placeArea != nil || placeCategory != nil }
}
