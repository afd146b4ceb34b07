import Foundation

/// A parsed JSON value that remembers the line it started on, so an uploaded instrument's
/// problems can be reported as "line 12: …" (Foundation's decoders do not say where).
public indirect enum JSONTree: Sendable, Equatable {
    case string(String, line: Int)
    case number(Double, line: Int)
    case bool(Bool, line: Int)
    case null(line: Int)
    case array([JSONTree], line: Int)
    case object([(key: String, value: JSONTree)], line: Int)

    public var line: Int {
        switch self {
        case .string(_, let line), .number(_, let line), .bool(_, let line), .null(let line), .array(_, let line),
            .object(_, let line):
            line
        }
    }

    public subscript(key: String) -> JSONTree? {
        guard case .object(let pairs, _) = self else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    public static func == (lhs: JSONTree, rhs: JSONTree) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a, _), .string(let b, _)): a == b
        case (.number(let a, _), .number(let b, _)): a == b
        case (.bool(let a, _), .bool(let b, _)): a == b
        case (.null, .null): true
        case (.array(let a, _), .array(let b, _)): a == b
        case (.object(let a, _), .object(let b, _)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// Where and why the text is not JSON.
    public struct SyntaxError: Error, Equatable, Sendable {
        public let line: Int
        public let column: Int
    }

    /// Parses UTF-8 JSON text (RFC 8259). Nesting is limited so a hostile upload cannot
    /// exhaust the stack.
    public static func parse(_ text: String, maxDepth: Int = 32) throws(SyntaxError) -> JSONTree {
        var reader = Reader(bytes: Array(text.utf8), maxDepth: maxDepth)
        reader.skipWhitespace()
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.atEnd else { throw reader.error() }
        return value
    }

    private struct Reader {
        let bytes: [UInt8]
        let maxDepth: Int
        var index = 0
        var line = 1
        var lineStart = 0

        init(bytes: [UInt8], maxDepth: Int) {
            self.bytes = bytes
            self.maxDepth = maxDepth
            // A byte order mark is not part of the JSON.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        var atEnd: Bool { index >= bytes.count }
        var current: UInt8? { atEnd ? nil : bytes[index] }

        func error() -> SyntaxError { SyntaxError(line: line, column: index - lineStart + 1) }

        mutating func skipWhitespace() {
            while let byte = current {
                switch byte {
                case 0x20, 0x09, 0x0D: index += 1
                case 0x0A:
                    index += 1
                    line += 1
                    lineStart = index
                default: return
                }
            }
        }

        mutating func expect(_ literal: String) throws(SyntaxError) {
            for byte in literal.utf8 {
                guard current == byte else { throw error() }
                index += 1
            }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> JSONTree {
            guard depth < maxDepth, let byte = current else { throw error() }
            let startLine = line
            switch byte {
            case UInt8(ascii: "{"):
                index += 1
                var pairs: [(key: String, value: JSONTree)] = []
                skipWhitespace()
                if current == UInt8(ascii: "}") {
                    index += 1
                    return .object(pairs, line: startLine)
                }
                while true {
                    skipWhitespace()
                    guard current == UInt8(ascii: "\"") else { throw error() }
                    let key = try string()
                    skipWhitespace()
                    try expect(":")
                    skipWhitespace()
                    pairs.append((key, try value(depth: depth + 1)))
                    skipWhitespace()
                    if current == UInt8(ascii: ",") {
                        index += 1
                        continue
                    }
                    try expect("}")
                    return .object(pairs, line: startLine)
                }
            case UInt8(ascii: "["):
                index += 1
                var values: [JSONTree] = []
                skipWhitespace()
                if current == UInt8(ascii: "]") {
                    index += 1
                    return .array(values, line: startLine)
                }
                while true {
                    skipWhitespace()
                    values.append(try value(depth: depth + 1))
                    skipWhitespace()
                    if current == UInt8(ascii: ",") {
                        index += 1
                        continue
                    }
                    try expect("]")
                    return .array(values, line: startLine)
                }
            case UInt8(ascii: "\""): return .string(try string(), line: startLine)
            case UInt8(ascii: "t"):
                try expect("true")
                return .bool(true, line: startLine)
            case UInt8(ascii: "f"):
                try expect("false")
                return .bool(false, line: startLine)
            case UInt8(ascii: "n"):
                try expect("null")
                return .null(line: startLine)
            default: return .number(try number(), line: startLine)
            }
        }

        mutating func number() throws(SyntaxError) -> Double {
            let start = index
            if current == UInt8(ascii: "-") { index += 1 }
            func digits(_ reader: inout Reader) -> Int {
                let from = reader.index
                while let byte = reader.current, (0x30...0x39).contains(byte) { reader.index += 1 }
                return reader.index - from
            }
            let integerStart = index
            guard digits(&self) > 0 else { throw error() }
            // No leading zeros ("01"), as the grammar says.
            if bytes[integerStart] == 0x30, index - integerStart > 1 { throw error() }
            if current == UInt8(ascii: ".") {
                index += 1
                guard digits(&self) > 0 else { throw error() }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard digits(&self) > 0 else { throw error() }
            }
            guard let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)), value.isFinite else {
                throw error()
            }
            return value
        }

        mutating func string() throws(SyntaxError) -> String {
            index += 1  // opening quote
            var scalars = String.UnicodeScalarView()
            var run: [UInt8] = []
            func flush(_ run: inout [UInt8], into scalars: inout String.UnicodeScalarView) {
                scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                run.removeAll(keepingCapacity: true)
            }
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    flush(&run, into: &scalars)
                    return String(scalars)
                case UInt8(ascii: "\\"):
                    flush(&run, into: &scalars)
                    index += 1
                    guard let escape = current else { throw error() }
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""): scalars.append("\"")
                    case UInt8(ascii: "\\"): scalars.append("\\")
                    case UInt8(ascii: "/"): scalars.append("/")
                    case UInt8(ascii: "b"): scalars.append("\u{08}")
                    case UInt8(ascii: "f"): scalars.append("\u{0C}")
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "u"):
                        var code = try hex4()
                        if (0xD800...0xDBFF).contains(code) {
                            // A surrogate pair: the low half must follow.
                            try expect("\\u")
                            let low = try hex4()
                            guard (0xDC00...0xDFFF).contains(low) else { throw error() }
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let scalar = Unicode.Scalar(code) else { throw error() }
                        scalars.append(scalar)
                    default: throw error()
                    }
                case 0x00..<0x20: throw error()  // control characters must be escaped
                default:
                    run.append(byte)
                    index += 1
                }
            }
            throw error()
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            guard index + 4 <= bytes.count,
                bytes[index..<index + 4].allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }),
                let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
            else { throw error() }
            index += 4
            return value
        }
    }
}
