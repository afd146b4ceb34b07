/// A part of a whole as the team lead's figures show it: both counts are kept, so the
/// list behind a figure (its rows are the whole, the marked ones the part) adds up to it.
public struct Share: Sendable, Hashable, Codable {
    public let part: Int
    public let whole: Int

    public init(part: Int, whole: Int) {
        self.part = part
        self.whole = whole
    }

    /// 0…1; nil when the whole is empty (no share exists, rather than 0 %).
    public var fraction: Double? { whole > 0 ? Double(part) / Double(whole) : nil }

    /// Whole percent, rounded half up as a reader would; nil when the whole is empty.
    public var percent: Int? { whole > 0 ? (200 * part + whole) / (2 * whole) : nil }

    public static func + (lhs: Share, rhs: Share) -> Share {
        Share(part: lhs.part + rhs.part, whole: lhs.whole + rhs.whole)
    }

    public static let empty = Share(part: 0, whole: 0)
}
