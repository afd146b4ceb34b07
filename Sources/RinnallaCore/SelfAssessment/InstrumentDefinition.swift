import Foundation

/// A self-assessment instrument as defined in a data file (`docs/instruments.md` describes
/// the format): its items in the order they are asked, the answer scale, and the
/// dimensions the items are scored into, each with the direction that counts as better.
public struct InstrumentDefinition: Codable, Sendable, Equatable {
    public static let formatName = "rinnalla-instrument/1"

    public var format: String
    /// Stable code, e.g. `esis`; administrations refer to it.
    public var id: String
    public var version: String
    /// The instrument's name in its own language.
    public var name: String
    /// The language of the wording: fi, sv or en.
    public var language: String
    /// Where the wording comes from (publication, page, or the organisation's own).
    public var source: String
    /// The lead question shown above the items, verbatim.
    public var question: String?
    /// The guiding sentence under the question, verbatim.
    public var instruction: String?
    /// Conditions of use the worker should see before recording.
    public var notes: [String]
    public var scale: Scale
    public var dimensions: [Dimension]
    public var items: [Item]

    public struct Scale: Codable, Sendable, Equatable {
        public var min: Int
        public var max: Int
        public var labels: [Label]

        public struct Label: Codable, Sendable, Equatable {
            public var value: Int
            public var text: String
        }

        public var values: ClosedRange<Int> { min...max }

        public func label(for value: Int) -> String? { labels.first { $0.value == value }?.text }
    }

    public enum Direction: String, Codable, Sendable, CaseIterable {
        /// A larger score is a better situation.
        case higher
        /// A smaller score is a better situation.
        case lower
    }

    public enum Method: String, Codable, Sendable, CaseIterable {
        case mean, sum
    }

    public struct Scoring: Codable, Sendable, Equatable {
        public var method: Method
        /// When set, the raw score's possible range is mapped linearly onto this one
        /// (e.g. the inclusion indicator's sum 10–50 onto 0–100).
        public var rescale: Bounds?
    }

    public struct Bounds: Codable, Sendable, Equatable {
        public var min: Double
        public var max: Double
    }

    public struct Dimension: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var better: Direction
        public var scoring: Scoring
    }

    public struct Item: Codable, Sendable, Equatable {
        public var id: String
        public var text: String
        public var dimension: String
        /// Scored the other way round: the answer v counts as min + max − v.
        public var reverse: Bool
    }

    public func items(of dimensionID: String) -> [Item] { items.filter { $0.dimension == dimensionID } }

    /// The item's 1-based position, as the form numbers it.
    public func number(of itemID: String) -> Int? { items.firstIndex { $0.id == itemID }.map { $0 + 1 } }
}

/// A problem with an instrument file or with a set of answers: a catalog key and its
/// arguments (`line`, `path`, `item`, `dimension`, …), so the message is in the user's language.
public struct InstrumentProblem: Error, Equatable, Sendable {
    public let key: L10nKey
    public let arguments: [String: String]

    public init(_ key: L10nKey, _ arguments: [String: String] = [:]) {
        self.key = key
        self.arguments = arguments
    }
}
