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
        guard let day = Self.day(text) else { throw AppError.invalid(.errorDateInvalid, field: fieldName(decoder)) }
        self.day = day
    }

    /// The day the text names, if it is in one of the documented formats.
    static func day(_ text: String) -> Day? {
        guard text.wholeMatch(of: regex) != nil else { return nil }
        return Day(parsing: text)
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
    /// The service's message for a number outside the range (default `errorCountRange`).
    static var refusalKey: L10nKey { get }
}

extension IntegerBounds {
    static var refusalKey: L10nKey { .errorCountRange }

    static func refusal(field: String?) -> AppError {
        .invalid(
            refusalKey, field: field,
            arguments: ["min": String(range.lowerBound), "max": String(range.upperBound)])
    }

    static var apiSchema: JSONSchema {
        .integer(maximum: (range.upperBound, exclusive: false), minimum: (range.lowerBound, exclusive: false))
    }
}

/// An integer within `Bounds.range`; outside it (or not a number) is a 422 naming the field.
struct BoundedInt<Bounds: IntegerBounds>: APISchemaDescribing, Sendable {
    let value: Int

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let value = try? container.decode(Int.self), Bounds.range.contains(value) else {
            throw Bounds.refusal(field: fieldName(decoder))
        }
        self.value = value
    }

    private init(value: Int) { self.value = value }

    static var apiSchema: JSONSchema { Bounds.apiSchema }
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

// MARK: Body fields
//
// The property wrappers below carry the services' rules into the request types: the
// property still reads as the plain value the service takes (`String?`, `String`), the
// decoder refuses what the service would refuse with the service's own 422 (message key
// and field name), and the document states the same rule. Two shapes share one base each:
// an optional field (absent or `null` is nil, for the service to default or a PATCH to
// keep) and a required one (absent or `null` is the service's "required" answer, and the
// document lists the field as `required`).

/// An optional body field: absent or `null` stays nil; a sent value passes `check`.
protocol OptionalBodyField: Codable, Sendable, APISchemaDescribing {
    associatedtype Value: Codable & Sendable
    var wrappedValue: Value? { get }
    init(wrappedValue: Value?)
    /// Refuses a sent value as the service would (`field`: the body key).
    static func check(_ value: Value, field: String) throws
}

extension OptionalBodyField {
    static func check(_ value: Value, field: String) throws {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self.init(wrappedValue: nil)
            return
        }
        let value = try container.decode(Value.self)
        try Self.check(value, field: fieldName(decoder) ?? "")
        self.init(wrappedValue: value)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }

    static var apiSample: Self { .init(wrappedValue: nil) }
}

/// A body field the service requires: absent or `null` is refused with `missing(field:)`,
/// the service's own answer for a missing value; a sent value passes `check`.
protocol RequiredBodyField: Codable, Sendable, APISchemaDescribing {
    associatedtype Value: Codable & Sendable
    var wrappedValue: Value { get }
    init(wrappedValue: Value)
    static func check(_ value: Value, field: String) throws
    static func missing(field: String) -> AppError
}

extension RequiredBodyField {
    init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(Value.self)
        try Self.check(value, field: fieldName(decoder) ?? "")
        self.init(wrappedValue: value)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

// Synthesized decoding asks for a wrapper with `decode`: an absent key is a nil optional
// field, and a missing required one is the service's refusal rather than a 400.
extension KeyedDecodingContainer {
    func decode<Field: OptionalBodyField>(_ type: Field.Type, forKey key: Key) throws -> Field {
        try decodeIfPresent(type, forKey: key) ?? .init(wrappedValue: nil)
    }

    func decode<Field: RequiredBodyField>(_ type: Field.Type, forKey key: Key) throws -> Field {
        guard let field = try decodeIfPresent(type, forKey: key) else { throw Field.missing(field: key.stringValue) }
        return field
    }
}

/// A body field the handler reads as text and the service checks against `Choices` (the
/// enum whose raw values are the only accepted ones): the document lists those values from
/// the same enum, while the refusal — a 422 naming the field in the service's own words —
/// stays where it is, shared with the forms. The property still reads as `String?`.
@propertyWrapper
struct OneOf<Choices: APIStringEnum>: OptionalBodyField {
    var wrappedValue: String?
    static var apiSchema: JSONSchema { Choices.apiSchema }
}

/// A list of `OneOf` values.
@propertyWrapper
struct ListOf<Choices: APIStringEnum>: OptionalBodyField {
    var wrappedValue: [String]?
    static var apiSchema: JSONSchema { .array(items: Choices.apiSchema) }
}

/// A choice the service requires: absent is the service's refusal of an unknown choice
/// (`Choices.refusalKey`); a value not in `Choices` is still the service's to refuse.
@propertyWrapper
struct RequiredChoice<Choices: APIStringEnum>: RequiredBodyField {
    var wrappedValue: String
    static func check(_ value: String, field: String) throws {}
    static func missing(field: String) -> AppError { Choices.refusal(field: field) }
    static var apiSchema: JSONSchema { Choices.apiSchema }
    static var apiSample: Self { .init(wrappedValue: "") }
}

/// A whole number the service requires within `Bounds.range`: absent, `null`, not a
/// number or out of range is the bounds' refusal.
@propertyWrapper
struct RequiredInt<Bounds: IntegerBounds>: RequiredBodyField {
    var wrappedValue: Int
    static func check(_ value: Int, field: String) throws {
        guard Bounds.range.contains(value) else { throw Bounds.refusal(field: field) }
    }
    static func missing(field: String) -> AppError { Bounds.refusal(field: field) }
    static var apiSchema: JSONSchema { Bounds.apiSchema }
    static var apiSample: Self { .init(wrappedValue: Bounds.range.lowerBound) }
}

/// How a service refuses a missing yes/no.
protocol FlagRule: Sendable {
    static func refusal(field: String) -> AppError
}

/// A yes/no the service requires: absent or `null` is the rule's refusal.
@propertyWrapper
struct RequiredFlag<Rule: FlagRule>: RequiredBodyField {
    var wrappedValue: Bool
    static func check(_ value: Bool, field: String) throws {}
    static func missing(field: String) -> AppError { Rule.refusal(field: field) }
    static var apiSchema: JSONSchema { .boolean }
    static var apiSample: Self { .init(wrappedValue: false) }
}

/// The rule of a text field: the service's own length limit, the field name the service
/// reports (nil: the body key) and its message keys, so a refusal reads as it did from
/// the service.
protocol TextRule: Sendable {
    static var maximumLength: Int { get }
    static var field: String? { get }
    static var requiredKey: L10nKey { get }
    static var tooLongKey: L10nKey { get }
}

extension TextRule {
    static var field: String? { nil }
    static var requiredKey: L10nKey { .errorRequired }
    static var tooLongKey: L10nKey { .errorTooLong }

    static func name(_ key: String) -> String { field ?? key }

    /// Refuses a text that is blank (when `required`) or longer than the limit. The length
    /// is the document's `maxLength`: Unicode code points of the text as sent, white space
    /// around it included, so a text the document calls too long is never accepted because
    /// the services would trim it shorter.
    static func check(_ text: String, key: String, required: Bool) throws {
        let field = name(key)
        let trimmed = InputRules.trimmed(text)
        if required, trimmed == nil { throw missing(key) }
        guard text.unicodeScalars.count <= maximumLength else {
            throw AppError.invalid(tooLongKey, field: field, arguments: ["field": field, "max": String(maximumLength)])
        }
    }

    static func missing(_ key: String) -> AppError {
        .invalid(requiredKey, field: name(key), arguments: ["field": name(key)])
    }

    // "Something besides white space": the characters `InputRules.trimmed` removes
    // (Unicode Z*, tab to carriage return, U+0085), spelt out because `\s` differs between
    // the JavaScript and Python regex dialects. A code point count (maxLength) is never
    // below Swift's character count, so a document-valid text is never refused as too long.
    static var nonBlankPattern: String {
        "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
    }

    static var nonBlankSchema: JSONSchema {
        .string(minLength: 1, maxLength: maximumLength, pattern: nonBlankPattern)
    }
}

/// A text a service requires but a PATCH may leave out: when sent it must hold something
/// besides white space and, trimmed, be at most `Rule.maximumLength` characters.
@propertyWrapper
struct NonEmptyText<Rule: TextRule>: OptionalBodyField {
    var wrappedValue: String?
    static func check(_ value: String, field: String) throws { try Rule.check(value, key: field, required: true) }
    static var apiSchema: JSONSchema { Rule.nonBlankSchema }
}

/// A text the service requires: absent, `null` or blank is the service's "required".
@propertyWrapper
struct RequiredText<Rule: TextRule>: RequiredBodyField {
    var wrappedValue: String
    static func check(_ value: String, field: String) throws { try Rule.check(value, key: field, required: true) }
    static func missing(field: String) -> AppError { Rule.missing(field) }
    static var apiSchema: JSONSchema { Rule.nonBlankSchema }
    static var apiSample: Self { .init(wrappedValue: "") }
}

/// An optional text with only a length limit: empty is fine, longer (trimmed) than
/// `Rule.maximumLength` is the service's "too long".
@propertyWrapper
struct BoundedText<Rule: TextRule>: OptionalBodyField {
    var wrappedValue: String?
    static func check(_ value: String, field: String) throws { try Rule.check(value, key: field, required: false) }
    static var apiSchema: JSONSchema { .string(maxLength: Rule.maximumLength) }
}

/// How a service refuses a day that does not parse (and, for a required day, a missing
/// one): `errorDateInvalid` naming the body key unless the rule says otherwise.
protocol DayRule: Sendable {
    static func refusal(field: String) -> AppError
}

extension DayRule {
    static func refusal(field: String) -> AppError { .invalid(.errorDateInvalid, field: field) }
}

/// The services' usual day refusal (`errorDateInvalid`).
enum PlainDay: DayRule {}

/// A day field the service parses: when sent and not blank it must be a day in the
/// formats `DayText` describes (else the rule's 422); blank or absent is passed on
/// unchanged, for the service to default or refuse as before.
@propertyWrapper
struct DayFieldOf<Rule: DayRule>: OptionalBodyField {
    var wrappedValue: String?
    static func check(_ value: String, field: String) throws {
        guard value.isEmpty || DayText.day(value) != nil else { throw Rule.refusal(field: field) }
    }
    static var apiSchema: JSONSchema {
        .string(description: "A day: d.M.yyyy or yyyy-MM-dd, or empty", pattern: "^$|" + DayText.pattern)
    }
}

typealias DayField = DayFieldOf<PlainDay>

/// A day the service requires: absent, `null` or not a day is the rule's refusal.
@propertyWrapper
struct RequiredDay<Rule: DayRule>: RequiredBodyField {
    var wrappedValue: String
    static func check(_ value: String, field: String) throws {
        guard DayText.day(value) != nil else { throw Rule.refusal(field: field) }
    }
    static func missing(field: String) -> AppError { Rule.refusal(field: field) }
    static var apiSchema: JSONSchema { DayText.apiSchema }
    static var apiSample: Self { .init(wrappedValue: "2026-01-01") }
}

/// How a service refuses a missing or malformed id of a record to choose: `refusalKey`
/// naming the body key, unless the rule says otherwise.
protocol IDRule: Sendable {
    static var refusalKey: L10nKey { get }
    static func refusal(field: String) -> AppError
}

extension IDRule {
    static func refusal(field: String) -> AppError { .invalid(refusalKey, field: field) }
}

/// An id the service requires: absent, `null` or not a uuid is the rule's refusal (that
/// the record exists and is visible stays the service's to check).
@propertyWrapper
struct RequiredID<Rule: IDRule>: RequiredBodyField {
    var wrappedValue: String
    static func check(_ value: String, field: String) throws {
        guard UUID(uuidString: value) != nil else { throw missing(field: field) }
    }
    static func missing(field: String) -> AppError { Rule.refusal(field: field) }
    static var apiSchema: JSONSchema { .string(format: .uuid) }
    static var apiSample: Self { .init(wrappedValue: UUID().uuidString) }
}

/// A unit to act in: `errorUnitInvalid`.
enum UnitChoice: IDRule {
    static var refusalKey: L10nKey { .errorUnitInvalid }
}

/// A PATCH field where `null` clears the value and absence keeps it: `wrappedValue` is
/// nil when the key is absent and `.some(nil)` when it is `null`. The document marks the
/// field nullable.
@propertyWrapper
struct Clearable<Value: Codable & Sendable>: Codable, Sendable, APISchemaDescribing {
    var wrappedValue: Value??

    init(wrappedValue: Value??) { self.wrappedValue = wrappedValue }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? .some(nil) : .some(try container.decode(Value.self))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue ?? nil)
    }

    static var apiSchema: JSONSchema { SchemaRecorder.schema(for: Value.self).nullableSchemaObject() }
    static var apiSample: Self { .init(wrappedValue: nil) }
}

extension KeyedDecodingContainer {
    // A JSON decoder's `decodeIfPresent` answers nil for `null` without asking the type,
    // so `null` is looked for first.
    func decode<Value>(_ type: Clearable<Value>.Type, forKey key: Key) throws -> Clearable<Value> {
        if contains(key), try decodeNil(forKey: key) { return .init(wrappedValue: .some(nil)) }
        return try decodeIfPresent(type, forKey: key) ?? .init(wrappedValue: nil)
    }
}

/// The limits the services check, named once for the body fields that carry them.
enum NameText: TextRule {
    static var maximumLength: Int { InputRules.maximumNameLength }
}

/// A group's short texts (name, place), with the groups' own messages.
enum GroupShortText: TextRule {
    static var maximumLength: Int { GroupService.maximumShortText }
    static var requiredKey: L10nKey { .groupsErrorRequired }
    static var tooLongKey: L10nKey { .groupsErrorTooLong }
}

/// A group's name: reported as `groupName`, as the service does.
enum GroupNameText: TextRule {
    static var maximumLength: Int { GroupService.maximumShortText }
    static var field: String? { "groupName" }
    static var requiredKey: L10nKey { .groupsErrorRequired }
    static var tooLongKey: L10nKey { .groupsErrorTooLong }
}

/// A group's long texts (description, notes).
enum GroupLongText: TextRule {
    static var maximumLength: Int { GroupService.maximumLongText }
    static var requiredKey: L10nKey { .groupsErrorRequired }
    static var tooLongKey: L10nKey { .groupsErrorTooLong }
}

/// A group session's day: `groupsErrorDay` naming the field.
enum GroupDay: DayRule {
    static func refusal(field: String) -> AppError {
        .invalid(.groupsErrorDay, field: field, arguments: ["field": field])
    }
}

enum TimeText {
    static let pattern = "^([01]?[0-9]|2[0-3])[:.][0-5]?[0-9]$"
    nonisolated(unsafe) static let regex = try! Regex(pattern)
}

/// How a service refuses a time that does not parse (or a missing one).
protocol TimeRule: Sendable {
    static func refusal(field: String) -> AppError
}

/// A time of day, `H:mm` or `H.mm` (what `GroupSchedule.minutes` and
/// `MeetingService.minutes` read), required: absent or malformed is the rule's refusal.
@propertyWrapper
struct RequiredTime<Rule: TimeRule>: RequiredBodyField {
    var wrappedValue: String
    static func check(_ value: String, field: String) throws {
        guard value.wholeMatch(of: TimeText.regex) != nil else { throw Rule.refusal(field: field) }
    }
    static func missing(field: String) -> AppError { Rule.refusal(field: field) }
    static var apiSchema: JSONSchema { .string(description: "A time: H:mm", pattern: TimeText.pattern) }
    static var apiSample: Self { .init(wrappedValue: "10:00") }
}

/// A group's times: `groupsErrorTime`.
enum GroupTimeRule: TimeRule {
    static func refusal(field: String) -> AppError {
        .invalid(.groupsErrorTime, field: field, arguments: ["field": field])
    }
}

typealias GroupTime = RequiredTime<GroupTimeRule>

/// The values a service accepts for a text field, when they are a list rather than an enum.
protocol ChoiceList: Sendable {
    static var values: [String] { get }
}

/// A `ChoiceList` as an `APIStringEnum`, so `OneOf` and `RequiredChoice` can document it.
struct Listed<List: ChoiceList>: APIStringEnum {
    let rawValue: String
    init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    private init(rawValue: String) { self.rawValue = rawValue }
    static var apiSchema: JSONSchema { .string(allowedValues: List.values.map { AnyCodable($0) }) }
    static var apiSample: Self { .init(rawValue: List.values.first ?? "") }
}
