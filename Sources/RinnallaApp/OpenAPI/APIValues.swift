import Foundation
import OpenAPIKit
import RinnallaCore
import Vapor

// Constrained input values: each type both refuses a bad value when it is decoded (a 422
// naming the field) and describes the same rule in the OpenAPI document, so the two cannot
// disagree. Why value types rather than a rule list per DTO: the decoder already visits
// every field, and a property of type `DayText` cannot be forgotten by a validator.

/// The name of the field being decoded (query parameter or body key).
private func fieldName(_ decoder: any Decoder) -> String? { decoder.codingPath.last?.stringValue }

/// A day as `d.M.yyyy` or `yyyy-MM-dd` (years 1900–2200), the formats `Day(parsing:)` reads.
struct DayText: APISchemaDescribing, Sendable {
    let day: Day

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(parsing: text), text.wholeMatch(of: Self.regex) != nil else {
            throw AppError.invalid(.errorDateInvalid, field: fieldName(decoder))
        }
        self.day = day
    }

    private init(day: Day) { self.day = day }

    // Days 29–31 only in months that have them, 29.2. only in leap years: the pattern is
    // exactly what `Day(parsing:)` accepts, so a document-valid value is never refused.
    private static let year = "(19[0-9]{2}|2[01][0-9]{2}|2200)"
    private static let leapYear =
        "(19([02468][48]|[13579][26]|[2468]0)|20([02468][048]|[13579][26])|21([02468][48]|[13579][26]|[2468]0))"
    private static let finnish =
        "((0?[1-9]|1[0-9]|2[0-8])\\.(0?[1-9]|1[0-2])|(29|30)\\.(0?[13-9]|1[0-2])|31\\.(0?[13578]|1[02]))\\.\(year)"
        + "|29\\.0?2\\.\(leapYear)"
    private static let iso =
        "\(year)-((0?[1-9]|1[0-2])-(0?[1-9]|1[0-9]|2[0-8])|(0?[13-9]|1[0-2])-(29|30)|(0?[13578]|1[02])-31)"
        + "|\(leapYear)-0?2-29"
    static let pattern = "^(\(finnish)|\(iso))$"
    nonisolated(unsafe) private static let regex = try! Regex(pattern)

    static var apiSchema: JSONSchema {
        .string(description: "A day: d.M.yyyy or yyyy-MM-dd", pattern: pattern)
    }
    static var apiSample: Self { .init(day: Day(2026, 1, 1)) }
}

/// Bounds of a `BoundedInt`.
protocol IntegerBounds: Sendable {
    static var range: ClosedRange<Int> { get }
}

/// An integer within `Bounds.range`; outside it (or not a number) is a 422 naming the field.
struct BoundedInt<Bounds: IntegerBounds>: APISchemaDescribing, Sendable {
    let value: Int

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let value = try? container.decode(Int.self), Bounds.range.contains(value) else {
            throw AppError.invalid(
                .errorCountRange, field: fieldName(decoder), arguments: ["max": String(Bounds.range.upperBound)])
        }
        self.value = value
    }

    private init(value: Int) { self.value = value }

    static var apiSchema: JSONSchema {
        .integer(
            maximum: (Bounds.range.upperBound, exclusive: false), minimum: (Bounds.range.lowerBound, exclusive: false))
    }
    static var apiSample: Self { .init(value: Bounds.range.lowerBound) }
}

/// A place or service-path area filter: `none` (city-wide, no area) or an area's id.
struct AreaChoice: APISchemaDescribing, Sendable {
    let filter: PlaceService.AreaFilter

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard InputRules.trimmed(text) != nil, let filter = PlaceService.AreaFilter(text) else {
            throw AppError.invalid(.errorChoiceInvalid, field: fieldName(decoder))
        }
        self.filter = filter
    }

    private init(filter: PlaceService.AreaFilter) { self.filter = filter }

    static var apiSchema: JSONSchema {
        .string(
            description: "`none` (places with no area) or an area's id",
            pattern: "^(none|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
    }
    static var apiSample: Self { .init(filter: .none) }
}

extension Request {
    /// Decodes the query string into a typed input. A value that does not parse (an empty
    /// `unitID=`, `weekday=0`, an unknown choice) is a 422 naming the parameter, never ignored.
    func decodeQuery<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try query.decode(T.self)
        } catch let error as AppError {
            throw error
        } catch let error as DecodingError {
            throw AppError.invalid(.errorChoiceInvalid, field: error.fieldName)
        }
    }
}

extension DecodingError {
    /// The key the error concerns, for the `field` of the answer.
    var fieldName: String? {
        switch self {
        case .keyNotFound(let key, _): key.stringValue
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            context.codingPath.last?.stringValue
        @unknown default: nil
        }
    }
}

/// A body field the handler reads as text and the service checks against `Choices` (the
/// enum whose raw values are the only accepted ones): the document lists those values from
/// the same enum, while the refusal — a 422 naming the field in the service's own words —
/// stays where it is, shared with the forms. The property still reads as `String?`.
@propertyWrapper
struct OneOf<Choices: APIStringEnum>: Codable, Sendable, APISchemaDescribing {
    var wrappedValue: String?

    init(wrappedValue: String?) { self.wrappedValue = wrappedValue }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(String.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }

    static var apiSchema: JSONSchema { Choices.apiSchema }
    static var apiSample: Self { .init(wrappedValue: nil) }
}

/// A list of `OneOf` values.
@propertyWrapper
struct ListOf<Choices: APIStringEnum>: Codable, Sendable, APISchemaDescribing {
    var wrappedValue: [String]?

    init(wrappedValue: [String]?) { self.wrappedValue = wrappedValue }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode([String].self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }

    static var apiSchema: JSONSchema { .array(items: Choices.apiSchema) }
    static var apiSample: Self { .init(wrappedValue: nil) }
}

// Synthesized decoding asks for a wrapper with `decode`; an absent key is a nil value.
extension KeyedDecodingContainer {
    func decode<Choices>(_ type: OneOf<Choices>.Type, forKey key: Key) throws -> OneOf<Choices> {
        try decodeIfPresent(type, forKey: key) ?? .init(wrappedValue: nil)
    }

    func decode<Choices>(_ type: ListOf<Choices>.Type, forKey key: Key) throws -> ListOf<Choices> {
        try decodeIfPresent(type, forKey: key) ?? .init(wrappedValue: nil)
    }
}

/// The rule of a `NonEmptyText` field: the service's own length limit, and the field name
/// the service reports (nil: the body key), so a refusal reads as it did from the service.
protocol TextRule: Sendable {
    static var maximumLength: Int { get }
    static var field: String? { get }
}

extension TextRule {
    static var field: String? { nil }
}

/// A text a service requires: when sent it must hold something besides white space and,
/// trimmed, be at most `Rule.maximumLength` characters — else a 422 with the service's
/// own message keys (`errorRequired`, `errorTooLong`). Absent (or null) stays nil for the
/// service to decide (a PATCH keeps the old value), so the property still reads as
/// `String?` and the service's checks remain for the forms.
@propertyWrapper
struct NonEmptyText<Rule: TextRule>: Codable, Sendable, APISchemaDescribing {
    var wrappedValue: String?

    init(wrappedValue: String?) { self.wrappedValue = wrappedValue }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            wrappedValue = nil
            return
        }
        let text = try container.decode(String.self)
        let field = Rule.field ?? fieldName(decoder) ?? ""
        guard let trimmed = InputRules.trimmed(text) else {
            throw AppError.invalid(.errorRequired, field: field, arguments: ["field": field])
        }
        guard trimmed.count <= Rule.maximumLength else {
            throw AppError.invalid(
                .errorTooLong, field: field, arguments: ["field": field, "max": String(Rule.maximumLength)])
        }
        wrappedValue = text
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }

    // "Something besides white space": the characters `InputRules.trimmed` removes
    // (Unicode Z*, tab to carriage return, U+0085), spelt out because `\s` differs between
    // the JavaScript and Python regex dialects. A code point count (maxLength) is never
    // below Swift's character count, so a document-valid text is never refused as too long.
    static var nonBlankPattern: String {
        "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
    }

    static var apiSchema: JSONSchema {
        .string(minLength: 1, maxLength: Rule.maximumLength, pattern: nonBlankPattern)
    }
    static var apiSample: Self { .init(wrappedValue: nil) }
}

/// A day field the service parses: when sent and not blank it must be a day in the
/// formats `DayText` describes (else a 422 `errorDateInvalid`); blank or absent is passed
/// on unchanged, for the service to default or refuse as before.
@propertyWrapper
struct DayField: Codable, Sendable, APISchemaDescribing {
    var wrappedValue: String?

    init(wrappedValue: String?) { self.wrappedValue = wrappedValue }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            wrappedValue = nil
            return
        }
        let text = try container.decode(String.self)
        if !text.isEmpty { _ = try DayText(from: decoder) }
        wrappedValue = text
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }

    static var apiSchema: JSONSchema {
        .string(description: "A day: d.M.yyyy or yyyy-MM-dd, or empty", pattern: "^$|" + DayText.pattern)
    }
    static var apiSample: Self { .init(wrappedValue: nil) }
}

extension KeyedDecodingContainer {
    func decode<Rule>(_ type: NonEmptyText<Rule>.Type, forKey key: Key) throws -> NonEmptyText<Rule> {
        try decodeIfPresent(type, forKey: key) ?? .init(wrappedValue: nil)
    }

    func decode(_ type: DayField.Type, forKey key: Key) throws -> DayField {
        try decodeIfPresent(type, forKey: key) ?? .init(wrappedValue: nil)
    }
}

/// The limits the services check, named once for the body fields that carry them.
enum NameText: TextRule {
    static var maximumLength: Int { InputRules.maximumNameLength }
}

enum GroupNameText: TextRule {
    static var maximumLength: Int { GroupService.maximumShortText }
    static var field: String? { "groupName" }
}
