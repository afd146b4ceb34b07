/// The observation list's filter (a GET form, `/observations?unit=…&tag=…`): its coding
/// keys name the form's fields and the links to the list and to a new observation
/// (`unit`) (issue 14).
struct ObservationListForm: PageForm, Sendable {
    var unit: String?
    var tag: String?
    var area: String?
    var from: String?
    var to: String?

    enum CodingKeys: String, CodingKey {
        case unit, tag, area, from, to
    }
}
