import Vapor

/// A page form decoded from the request body into typed fields. Its coding keys are the
/// single source of the field names: the views' `name=` attributes and `AppError.field`
/// both read them (issue 14, item 4), so a renamed field cannot leave one behind. A form is
/// only ever read from a request, never sent, so it need not be encodable.
protocol PageForm: Decodable {
    associatedtype CodingKeys: CodingKey
    init()
}

extension PageForm {
    /// The name of a field, as the browser sends it.
    static func name(_ key: CodingKeys) -> String { key.stringValue }

    /// The form of this request. A body that does not decode as a whole (a field sent as a
    /// list, a JSON number where text is wanted) reads as empty, and the service then
    /// names the first missing field: a 422, never a 400 or 500.
    init(from req: Request) {
        self = (try? req.content.decode(Self.self)) ?? Self()
    }

    /// The form as a GET form sends it, in the query string (a list's filter, the page a
    /// link asks for); read the same forgiving way.
    init(query req: Request) {
        self = (try? req.query.decode(Self.self)) ?? Self()
    }
}

/// A field whose name is built at run time (one checkbox per language, one text per
/// goal), for the forms whose coding keys cannot list them.
struct FormFieldKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedDecodingContainer where Key == FormFieldKey {
    /// The text of a field built at run time; nil when absent or not text.
    func text(_ name: String) -> String? {
        (try? decodeIfPresent(String.self, forKey: FormFieldKey(stringValue: name))) ?? nil
    }

    /// Whether a checkbox was checked: a browser sends "on".
    func checked(_ name: String) -> Bool { text(name) == "on" }

    /// The texts of the fields named `prefix` + something (one per goal, member, item or
    /// theme), by that something.
    func texts(prefixed prefix: String) -> [String: String] {
        var texts: [String: String] = [:]
        for key in allKeys where key.stringValue.hasPrefix(prefix) {
            if let text = text(key.stringValue) { texts[String(key.stringValue.dropFirst(prefix.count))] = text }
        }
        return texts
    }

    /// The texts of the fields named `prefix` + a record's ID (one per goal or member), by
    /// that ID; a name whose rest is not an ID is no such field.
    func texts(prefixedByID prefix: String) -> [UUID: String] {
        Dictionary(
            texts(prefixed: prefix).compactMap { name, text in UUID(uuidString: name).map { ($0, text) } },
            uniquingKeysWith: { first, _ in first })
    }
}
