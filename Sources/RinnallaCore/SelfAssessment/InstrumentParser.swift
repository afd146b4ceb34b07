import Foundation

/// Reads an instrument file and checks it against the format, naming the line and the
/// field of the first problem. Unknown fields are refused, so a misspelt key is caught
/// instead of silently ignored.
public enum InstrumentParser {
    public static let maxBytes = 200_000
    public static let maxItems = 200
    public static let maxDimensions = 30
    public static let maxScaleValues = 21
    public static let languages = ["fi", "sv", "en"]

    public static func parse(_ text: String) throws(InstrumentProblem) -> InstrumentDefinition {
        guard text.utf8.count <= maxBytes else {
            throw InstrumentProblem(.instrumentErrorTooLarge, ["max": String(maxBytes / 1000)])
        }
        let tree: JSONTree
        do {
            tree = try JSONTree.parse(text)
        } catch {
            throw InstrumentProblem(
                .instrumentErrorNotJSON, ["line": String(error.line), "column": String(error.column)])
        }
        return try definition(tree)
    }

    static func definition(_ root: JSONTree) throws(InstrumentProblem) -> InstrumentDefinition {
        let top = try Object(root, path: "")
        try top.allowOnly([
            "format", "id", "version", "name", "language", "source", "question", "instruction", "notes", "scale",
            "dimensions", "items",
        ])
        let format = try top.text("format", max: 60)
        guard format == InstrumentDefinition.formatName else {
            throw InstrumentProblem(
                .instrumentErrorFormat,
                ["line": top.line(of: "format"), "expected": InstrumentDefinition.formatName])
        }
        let id = try top.code("id")
        let version = try top.text("version", max: 40)
        let name = try top.text("name", max: 200)
        let language = try top.text("language", max: 5)
        guard languages.contains(language) else {
            throw InstrumentProblem(.instrumentErrorLanguage, ["line": top.line(of: "language")])
        }
        let source = try top.text("source", max: 1000)
        let question = try top.optionalText("question", max: 1000)
        let instruction = try top.optionalText("instruction", max: 1000)
        var notes: [String] = []
        if top.has("notes"), top.value("notes") != .array([], line: 0) {
            for (index, element) in try top.list("notes", max: 20).enumerated() {
                notes.append(try text(element, path: "notes[\(index + 1)]", max: 2000))
            }
        }
        let scale = try self.scale(try Object(try top.required("scale"), path: "scale"))

        var dimensions: [InstrumentDefinition.Dimension] = []
        for (index, element) in try top.list("dimensions", max: maxDimensions).enumerated() {
            let object = try Object(element, path: "dimensions[\(index + 1)]")
            let dimension = try self.dimension(object)
            guard !dimensions.contains(where: { $0.id == dimension.id }) else {
                throw InstrumentProblem(
                    .instrumentErrorDuplicateDimension, ["line": object.line(of: "id"), "dimension": dimension.id])
            }
            dimensions.append(dimension)
        }

        var items: [InstrumentDefinition.Item] = []
        for (index, element) in try top.list("items", max: maxItems).enumerated() {
            let object = try Object(element, path: "items[\(index + 1)]")
            try object.allowOnly(["id", "text", "dimension", "reverse"])
            let item = InstrumentDefinition.Item(
                id: try object.code("id"), text: try object.text("text", max: 1000),
                dimension: try object.code("dimension"), reverse: try object.optionalBool("reverse") ?? false)
            guard !items.contains(where: { $0.id == item.id }) else {
                throw InstrumentProblem(
                    .instrumentErrorDuplicateItem, ["line": object.line(of: "id"), "item": item.id])
            }
            guard dimensions.contains(where: { $0.id == item.dimension }) else {
                throw InstrumentProblem(
                    .instrumentErrorUnknownDimension,
                    ["line": object.line(of: "dimension"), "item": item.id, "dimension": item.dimension])
            }
            items.append(item)
        }
        for dimension in dimensions where !items.contains(where: { $0.dimension == dimension.id }) {
            throw InstrumentProblem(
                .instrumentErrorEmptyDimension,
                ["line": String(root["dimensions"]?.line ?? 1), "dimension": dimension.id]
            )
        }
        return InstrumentDefinition(
            format: format, id: id, version: version, name: name, language: language, source: source,
            question: question, instruction: instruction, notes: notes, scale: scale, dimensions: dimensions,
            items: items)
    }

    static func scale(_ object: Object) throws(InstrumentProblem) -> InstrumentDefinition.Scale {
        try object.allowOnly(["min", "max", "labels"])
        let min = try object.integer("min")
        let max = try object.integer("max")
        guard min < max, max - min + 1 <= maxScaleValues, min >= -100, max <= 100 else {
            throw InstrumentProblem(
                .instrumentErrorScaleRange, ["line": object.line(of: "max"), "max": String(maxScaleValues)])
        }
        var labels: [InstrumentDefinition.Scale.Label] = []
        if object.has("labels") {
            for (index, element) in try object.list("labels", max: maxScaleValues).enumerated() {
                let label = try Object(element, path: "scale.labels[\(index + 1)]")
                try label.allowOnly(["value", "text"])
                let value = try label.integer("value")
                guard (min...max).contains(value) else {
                    throw InstrumentProblem(
                        .instrumentErrorLabelOutOfScale,
                        [
                            "line": label.line(of: "value"), "value": String(value), "min": String(min),
                            "max": String(max),
                        ])
                }
                guard !labels.contains(where: { $0.value == value }) else {
                    throw InstrumentProblem(
                        .instrumentErrorDuplicateLabel, ["line": label.line(of: "value"), "value": String(value)])
                }
                labels.append(.init(value: value, text: try label.text("text", max: 200)))
            }
        }
        return .init(min: min, max: max, labels: labels)
    }

    static func dimension(_ object: Object) throws(InstrumentProblem) -> InstrumentDefinition.Dimension {
        try object.allowOnly(["id", "name", "better", "scoring"])
        let id = try object.code("id")
        let name = try object.text("name", max: 200)
        guard let better = InstrumentDefinition.Direction(rawValue: try object.text("better", max: 10)) else {
            throw InstrumentProblem(.instrumentErrorDirection, ["line": object.line(of: "better"), "dimension": id])
        }
        let scoring = try Object(try object.required("scoring"), path: "\(object.path).scoring")
        try scoring.allowOnly(["method", "rescale"])
        guard let method = InstrumentDefinition.Method(rawValue: try scoring.text("method", max: 10)) else {
            throw InstrumentProblem(.instrumentErrorMethod, ["line": scoring.line(of: "method"), "dimension": id])
        }
        var rescale: InstrumentDefinition.Bounds?
        if scoring.has("rescale") {
            let bounds = try Object(try scoring.required("rescale"), path: "\(scoring.path).rescale")
            try bounds.allowOnly(["min", "max"])
            let low = try bounds.number("min")
            let high = try bounds.number("max")
            guard low < high else {
                throw InstrumentProblem(.instrumentErrorRescale, ["line": bounds.line(of: "max"), "dimension": id])
            }
            rescale = .init(min: low, max: high)
        }
        return .init(id: id, name: name, better: better, scoring: .init(method: method, rescale: rescale))
    }

    static func text(_ value: JSONTree, path: String, max: Int) throws(InstrumentProblem) -> String {
        guard case .string(let raw, let line) = value else {
            throw InstrumentProblem(.instrumentErrorNotText, ["line": String(value.line), "path": path])
        }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw InstrumentProblem(.instrumentErrorEmpty, ["line": String(line), "path": path])
        }
        guard text.count <= max else {
            throw InstrumentProblem(.instrumentErrorTooLong, ["line": String(line), "path": path, "max": String(max)])
        }
        return text
    }

    /// One JSON object being read, with the path used in messages (`dimensions[2].better`).
    struct Object {
        let pairs: [(key: String, value: JSONTree)]
        let line: Int
        let path: String

        init(_ value: JSONTree, path: String) throws(InstrumentProblem) {
            guard case .object(let pairs, let line) = value else {
                throw InstrumentProblem(
                    .instrumentErrorNotObject, ["line": String(value.line), "path": path.isEmpty ? "{ }" : path])
            }
            self.pairs = pairs
            self.line = line
            self.path = path
        }

        func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
        func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }
        func value(_ key: String) -> JSONTree? { pairs.first { $0.key == key }?.value }
        func line(of key: String) -> String { String(value(key)?.line ?? line) }

        func allowOnly(_ keys: Set<String>) throws(InstrumentProblem) {
            var seen = Set<String>()
            for pair in pairs {
                guard keys.contains(pair.key) else {
                    throw InstrumentProblem(
                        .instrumentErrorUnknownField, ["line": String(pair.value.line), "path": name(pair.key)])
                }
                guard seen.insert(pair.key).inserted else {
                    throw InstrumentProblem(
                        .instrumentErrorDuplicateField, ["line": String(pair.value.line), "path": name(pair.key)])
                }
            }
        }

        func required(_ key: String) throws(InstrumentProblem) -> JSONTree {
            guard let value = value(key) else {
                throw InstrumentProblem(.instrumentErrorMissing, ["line": String(line), "path": name(key)])
            }
            return value
        }

        func text(_ key: String, max: Int) throws(InstrumentProblem) -> String {
            try InstrumentParser.text(try required(key), path: name(key), max: max)
        }

        func optionalText(_ key: String, max: Int) throws(InstrumentProblem) -> String? {
            guard let value = value(key) else { return nil }
            if case .null = value { return nil }
            return try InstrumentParser.text(value, path: name(key), max: max)
        }

        /// A code: lower-case letters a–z, digits and hyphens, 1–60 characters.
        func code(_ key: String) throws(InstrumentProblem) -> String {
            let value = try text(key, max: 60)
            guard
                value.unicodeScalars.allSatisfy({
                    ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
                })
            else {
                throw InstrumentProblem(
                    .instrumentErrorCode, ["line": line(of: key), "path": name(key), "value": value])
            }
            return value
        }

        func number(_ key: String) throws(InstrumentProblem) -> Double {
            let value = try required(key)
            guard case .number(let number, _) = value else {
                throw InstrumentProblem(.instrumentErrorNotNumber, ["line": String(value.line), "path": name(key)])
            }
            return number
        }

        func integer(_ key: String) throws(InstrumentProblem) -> Int {
            let value = try required(key)
            guard case .number(let number, _) = value, number.rounded() == number, abs(number) <= 1_000_000 else {
                throw InstrumentProblem(.instrumentErrorNotInteger, ["line": String(value.line), "path": name(key)])
            }
            return Int(number)
        }

        func optionalBool(_ key: String) throws(InstrumentProblem) -> Bool? {
            guard let value = value(key) else { return nil }
            guard case .bool(let flag, _) = value else {
                throw InstrumentProblem(.instrumentErrorNotBoolean, ["line": String(value.line), "path": name(key)])
            }
            return flag
        }

        func list(_ key: String, max: Int) throws(InstrumentProblem) -> [JSONTree] {
            let value = try required(key)
            guard case .array(let elements, let line) = value else {
                throw InstrumentProblem(.instrumentErrorNotList, ["line": String(value.line), "path": name(key)])
            }
            guard !elements.isEmpty else {
                throw InstrumentProblem(.instrumentErrorEmpty, ["line": String(line), "path": name(key)])
            }
            guard elements.count <= max else {
                throw InstrumentProblem(
                    .instrumentErrorTooMany, ["line": String(line), "path": name(key), "max": String(max)])
            }
            return elements
        }
    }
}
