/// The unit's contact list filter (a GET form, `/contacts?unit=…`): its coding keys name
/// the form's fields and the links to the list (issue 14).
struct ContactListForm: PageForm, Sendable {
    var unit: String?
    var from: String?
    var to: String?
    var channel: String?
    var topic: String?
    var nickname: String?

    enum CodingKeys: String, CodingKey {
        case unit, from, to, channel, topic, nickname
    }
}

/// The contact form's address after a save (`?saved=<id>`): the page says which contact
/// was stored, with a link to it.
struct ContactSavedQuery: PageForm, Sendable {
    var saved: String?

    enum CodingKeys: String, CodingKey {
        case saved
    }
}
