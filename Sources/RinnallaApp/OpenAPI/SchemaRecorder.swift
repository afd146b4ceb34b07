import Foundation
import OpenAPIKit
import RinnallaCore

/// A type that states its own JSON schema instead of being walked by `SchemaRecorder`:
/// constrained values (the declaration that validates them also describes them) and
/// string enums.
protocol APISchemaDescribing: Decodable {
    static var apiSchema: JSONSchema { get }
    /// Any valid value; the recorder hands it back to the decoding type so the walk continues.
    static var apiSample: Self { get }
}

/// A string enum whose raw values are the only accepted JSON values.
protocol APIStringEnum: APISchemaDescribing {
    /// The service's message for a missing or unknown value (default `errorChoiceInvalid`).
    static var refusalKey: L10nKey { get }
}

extension APIStringEnum {
    static var refusalKey: L10nKey { .errorChoiceInvalid }

    /// The refusal of a missing value, naming `field` (the body key unless the enum's
    /// service names it otherwise).
    static func refusal(field: String) -> AppError {
        .invalid(refusalKey, field: field, arguments: ["field": field])
    }
}

extension APIStringEnum where Self: CaseIterable & RawRepresentable, RawValue == String {
    static var apiSchema: JSONSchema { .string(allowedValues: allCases.map { AnyCodable($0.rawValue) }) }
    static var apiSample: Self { allCases.first! }
}

/// Derives the JSON schema of a `Decodable` type by decoding it once from a recording
/// `Decoder`: each key asked for becomes a property, `decodeIfPresent` makes it optional,
/// arrays and nested objects are walked, UUID/Date/enums/constrained values describe
/// themselves. Why a decoder rather than a schema protocol on every DTO: the `init(from:)`
/// the server runs is the only statement of what it reads, so the document cannot drift
/// from it. An optional property is not `required`, and in the document's bodies it may also
/// be `null`: Swift's encoder omits nil, and the API's decoders read an absent key and
/// `null` alike as nil.
enum SchemaRecorder {
    /// `nullableOptionals`: an optional property also allows `null` — true for the document's
    /// bodies, whose decoders read `null` as absent (so a client may send either); query
    /// parameters have no `null`.
    static func schema(for type: any Decodable.Type, nullableOptionals: Bool = false) -> JSONSchema {
        let node = Node()
        _ = try? Walker.opening(type, into: node, depth: 0)
        return node.schema(nullableOptionals: nullableOptionals)
    }

    /// The schema also allowing `null` (added to an enum's values too, which would refuse it).
    static func nullable(_ schema: JSONSchema) -> JSONSchema {
        let result = schema.nullableSchemaObject()
        guard let values = schema.allowedValues, !values.contains(AnyCodable(nil as String?)) else { return result }
        return result.with(allowedValues: values + [AnyCodable(nil as String?)])
    }

    final class Node {
        enum Kind {
            case unknown
            case fixed(JSONSchema)
            case object
            case dictionary
            case array
        }
        var kind: Kind = .unknown
        var properties: [(key: String, node: Node, required: Bool)] = []
        var items: Node?

        func child(_ key: String, required: Bool) -> Node {
            if let index = properties.firstIndex(where: { $0.key == key }) {
                // Asked twice (e.g. `contains` then `decode`): required if any read was.
                if required { properties[index].required = true }
                return properties[index].node
            }
            let node = Node()
            properties.append((key, node, required))
            return node
        }

        func schema(required: Bool = true, nullableOptionals: Bool = false) -> JSONSchema {
            let base: JSONSchema
            switch kind {
            case .unknown: base = .fragment
            case .fixed(let schema): base = schema
            case .object:
                var props = OrderedDictionary<String, JSONSchema>()
                for property in properties {
                    props[property.key] = property.node.schema(
                        required: property.required, nullableOptionals: nullableOptionals)
                }
                base = .object(properties: props)
            case .dictionary:
                base = .object(
                    additionalProperties: .b(items?.schema(nullableOptionals: nullableOptionals) ?? .fragment))
            case .array:
                base = .array(items: items?.schema(nullableOptionals: nullableOptionals) ?? .fragment)
            }
            if required { return base.requiredSchemaObject() }
            return nullableOptionals
                ? SchemaRecorder.nullable(base.optionalSchemaObject()) : base.optionalSchemaObject()
        }
    }

    struct Stop: Error {}

    enum Walker {
        static func value<T: Decodable>(_ type: T.Type, into node: Node, depth: Int) throws -> T {
            if let value = try primitive(type, into: node) { return value }
            guard depth < 12 else { throw Stop() }
            if let described = type as? any APISchemaDescribing.Type {
                node.kind = .fixed(described.apiSchema)
                return described.apiSample as! T
            }
            if let dictionary = type as? any StringKeyedDictionary.Type {
                node.kind = .dictionary
                let items = Node()
                node.items = items
                _ = try? opening(dictionary.valueType, into: items, depth: depth + 1)
                return dictionary.empty as! T
            }
            return try T(from: RecordingDecoder(node: node, depth: depth + 1))
        }

        /// Opens the existential so the generic walk sees the concrete type.
        static func opening(_ type: any Decodable.Type, into node: Node, depth: Int) throws -> Any {
            func open<T: Decodable>(_ t: T.Type) throws -> Any { try value(t, into: node, depth: depth) }
            return try open(type)
        }

        static func integer(_ lower: Int64, _ upper: Int64) -> JSONSchema {
            .integer(maximum: (Int(upper), exclusive: false), minimum: (Int(lower), exclusive: false))
        }

        static func primitive<T>(_ type: T.Type, into node: Node) throws -> T? {
            let result: (JSONSchema, Any)?
            switch type {
            case is String.Type: result = (.string, "")
            case is Bool.Type: result = (.boolean, false)
            // The decoder refuses a number outside the Swift type's range, so the schema says so.
            case is Int.Type, is Int64.Type: result = (integer(Int64.min, Int64.max), 0)
            case is Int32.Type: result = (integer(Int64(Int32.min), Int64(Int32.max)), 0)
            case is Double.Type, is Float.Type, is Decimal.Type: result = (.number, 0)
            case is UUID.Type: result = (.string(format: .uuid), UUID())
            // Vapor's default JSON coders write dates as ISO 8601 text.
            case is Date.Type: result = (.string(format: .dateTime), Date())
            case is URL.Type: result = (.string(format: .uri), URL(string: "https://example.org")!)
            default: result = nil
            }
            guard let result else { return nil }
            node.kind = .fixed(result.0)
            switch type {
            case is Int64.Type: return Int64(0) as? T
            case is Int32.Type: return Int32(0) as? T
            case is Float.Type: return Float(0) as? T
            case is Decimal.Type: return Decimal(0) as? T
            default: return result.1 as? T
            }
        }
    }

    struct RecordingDecoder: Decoder {
        let node: Node
        let depth: Int
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] = [:]

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            node.kind = .object
            return KeyedDecodingContainer(Keyed<Key>(node: node, depth: depth))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            node.kind = .array
            let items = Node()
            node.items = items
            return Unkeyed(items: items, depth: depth)
        }

        func singleValueContainer() throws -> any SingleValueDecodingContainer {
            Single(node: node, depth: depth)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let node: Node
        let depth: Int
        var codingPath: [any CodingKey] = []
        var allKeys: [Key] { [] }

        func contains(_ key: Key) -> Bool {
            _ = node.child(key.stringValue, required: false)
            return true
        }
        func decodeNil(forKey key: Key) throws -> Bool { false }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try Walker.value(type, into: node.child(key.stringValue, required: true), depth: depth)
        }
        // A required body field is read with `decodeIfPresent` so that its absence can be
        // refused with the service's message; it is still required.
        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            try? Walker.value(
                type, into: node.child(key.stringValue, required: type is any RequiredBodyField.Type), depth: depth)
        }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try generic(type, key) }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try generic(type, key) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try generic(type, key) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try generic(type, key) }
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { optional(type, key) }
        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { optional(type, key) }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { optional(type, key) }
        func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { optional(type, key) }

        private func generic<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
            try Walker.value(type, into: node.child(key.stringValue, required: true), depth: depth)
        }
        private func optional<T: Decodable>(_ type: T.Type, _ key: Key) -> T? {
            try? Walker.value(type, into: node.child(key.stringValue, required: false), depth: depth)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            try RecordingDecoder(node: node.child(key.stringValue, required: true), depth: depth).container(
                keyedBy: type)
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try RecordingDecoder(node: node.child(key.stringValue, required: true), depth: depth).unkeyedContainer()
        }
        func superDecoder() throws -> any Decoder { RecordingDecoder(node: node, depth: depth) }
        func superDecoder(forKey key: Key) throws -> any Decoder {
            RecordingDecoder(node: node.child(key.stringValue, required: true), depth: depth)
        }
    }

    /// Yields one element (so the element type is walked once), then reports its end.
    struct Unkeyed: UnkeyedDecodingContainer {
        let items: Node
        let depth: Int
        var codingPath: [any CodingKey] = []
        var count: Int? { nil }
        var currentIndex = 0
        var isAtEnd: Bool { currentIndex > 0 }

        mutating func decodeNil() throws -> Bool { false }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            currentIndex += 1
            return try Walker.value(type, into: items, depth: depth)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            currentIndex += 1
            return try RecordingDecoder(node: items, depth: depth).container(keyedBy: type)
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            currentIndex += 1
            return try RecordingDecoder(node: items, depth: depth).unkeyedContainer()
        }
        mutating func superDecoder() throws -> any Decoder { RecordingDecoder(node: items, depth: depth) }
    }

    struct Single: SingleValueDecodingContainer {
        let node: Node
        let depth: Int
        var codingPath: [any CodingKey] = []
        func decodeNil() -> Bool { false }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try Walker.value(type, into: node, depth: depth) }
        func decode(_ type: String.Type) throws -> String { try Walker.value(type, into: node, depth: depth) }
        func decode(_ type: Bool.Type) throws -> Bool { try Walker.value(type, into: node, depth: depth) }
        func decode(_ type: Int.Type) throws -> Int { try Walker.value(type, into: node, depth: depth) }
        func decode(_ type: Double.Type) throws -> Double { try Walker.value(type, into: node, depth: depth) }
    }
}

/// `[String: V]`: a JSON object with free keys; the recorder describes `V` once.
protocol StringKeyedDictionary {
    static var valueType: any Decodable.Type { get }
    static var empty: Self { get }
}

extension Dictionary: StringKeyedDictionary where Key == String, Value: Decodable {
    static var valueType: any Decodable.Type { Value.self }
    static var empty: Self { [:] }
}
