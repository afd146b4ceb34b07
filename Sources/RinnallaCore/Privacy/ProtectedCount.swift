/// What a table may show of one count once small cells are protected.
public enum ProtectedCount: Sendable, Hashable {
    /// The count itself: 0, or at least the threshold.
    case shown(Int)
    /// 1 … threshold − 1 responses; shown as "fewer than {threshold}".
    case fewerThan(Int)
    /// At least the threshold, or a zero, hidden only so that a small cell elsewhere in its
    /// row or column cannot be worked out from the totals (complementary suppression).
    case hidden

    public var isSuppressed: Bool {
        if case .shown = self { false } else { true }
    }

    /// The number, when it may be shown.
    public var shownValue: Int? {
        if case .shown(let value) = self { value } else { nil }
    }
}

/// A rows × columns table of counts with its row, column and grand totals, protected.
public struct ProtectedTable: Sendable, Hashable {
    public let threshold: Int
    /// `cells[row][column]`.
    public let cells: [[ProtectedCount]]
    public let rowTotals: [ProtectedCount]
    public let columnTotals: [ProtectedCount]
    public let total: ProtectedCount
}

extension ProtectedTable {
    /// A table shown as it is, to someone who may read the records behind it (a team
    /// lead): every cell and total shown. `columns` counts the columns when there are no rows.
    public init(shown rows: [[Int]], columns: Int) {
        threshold = SmallCellSuppression.minimumThreshold
        cells = rows.map { $0.map(ProtectedCount.shown) }
        rowTotals = rows.map { .shown($0.reduce(0, +)) }
        columnTotals = (0..<columns).map { index in .shown(rows.reduce(0) { $0 + $1[index] }) }
        total = .shown(rows.reduce(0) { $0 + $1.reduce(0, +) })
    }
}

/// A one-dimensional list of counts (e.g. the answers to one statement) with its total.
public struct ProtectedList: Sendable, Hashable {
    public let threshold: Int
    public let cells: [ProtectedCount]
    public let total: ProtectedCount
}

extension ProtectedList {
    /// A list shown as it is, to someone who may read the records behind it.
    public init(shown counts: [Int]) {
        threshold = SmallCellSuppression.minimumThreshold
        cells = counts.map(ProtectedCount.shown)
        total = .shown(counts.reduce(0, +))
    }
}

/// A figure computed from a subgroup's responses (a mean, a distribution, a histogram …):
/// the whole figure or nothing.
public enum ProtectedSummary<Value> {
    case shown(Value, responses: Int)
    /// The subgroup has fewer than `threshold` responses (possibly none), or its count is
    /// hidden to protect another subgroup.
    case suppressed(threshold: Int)

    public var value: Value? {
        if case .shown(let value, _) = self { value } else { nil }
    }
}

extension ProtectedSummary: Sendable where Value: Sendable {}
extension ProtectedSummary: Equatable where Value: Equatable {}
