/// Small-cell protection for every table, chart and export shown to anyone (issue 6): no
/// count of 1 … threshold − 1 responses is shown, nor can one be worked out from the totals
/// and the counts that are shown.
///
/// - Primary suppression: a cell *or a total* with 1 … threshold − 1 responses shows
///   "fewer than {threshold}". A total is a subgroup's size, so it is protected like a cell.
/// - Zero is shown. A zero says that nobody in the group gave that answer; it tells nothing
///   about any one respondent, and hiding zeros would force complementary suppression over
///   most of a sparse table (a small group's results are mostly zeros). Zeros are not chosen
///   as complementary cells while a non-zero one will do, because a hidden zero next to a
///   hidden small count protects it poorly.
/// - Complementary suppression: every row and column of the table, the row of column totals
///   and the column of row totals is an equation "the cells add up to the total". A line
///   with exactly one hidden entry gives it away, so the next smallest shown entry of that
///   line is hidden too, and this repeats until no line has exactly one: hiding a cell for
///   its row can leave its column with one hidden entry, and so the suppression cascades
///   across rows. "Next smallest" is taken among non-zero cells first, then zero cells,
///   the total last; and among those, a cell whose other line also has one lonely hidden
///   entry goes before a smaller one that does not, since it protects both lines at once
///   (without this, one small cell in a 3 × 3 table could hide seven of the nine).
/// - Lines alone are not quite enough in two dimensions: hidden cells forming two separate
///   closed groups joined by one hidden cell satisfy every line, yet that joining cell can
///   be solved from the sums. So the rule also looks for such a cell (a bridge in the graph
///   of rows and columns joined by hidden cells) and hides the smallest entry that closes a
///   cycle through it. With no bridge left, every hidden value has a range of solutions.
///
/// The threshold comes from the organisation setting `privacy.minimumCellSize` and is never
/// taken below `minimumThreshold`, whatever is passed in.
public enum SmallCellSuppression {
    /// The smallest threshold allowed: issue 6, "cannot go below 5".
    public static let minimumThreshold = 5

    /// The threshold to use for an organisation setting, raised to the minimum.
    public static func threshold(_ setting: Int) -> Int { max(setting, minimumThreshold) }

    /// Protects a rows × columns table of counts shown with its row, column and grand totals.
    /// Every row must have the same number of columns and no count may be negative.
    public static func protect(table counts: [[Int]], threshold setting: Int) -> ProtectedTable {
        let threshold = threshold(setting)
        let rows = counts.count
        let columns = counts.first?.count ?? 0
        precondition(counts.allSatisfy { $0.count == columns }, "rows of different lengths")
        precondition(counts.allSatisfy { $0.allSatisfy { $0 >= 0 } }, "negative count")
        // The table with its totals: row `rows` holds the column totals and column `columns`
        // the row totals, so every row and column of the grid is one "sum = total" line.
        let width = columns + 1
        var values = [Int](repeating: 0, count: (rows + 1) * width)
        for r in 0..<rows {
            for c in 0..<columns {
                values[r * width + c] = counts[r][c]
                values[r * width + columns] += counts[r][c]
                values[rows * width + c] += counts[r][c]
                values[rows * width + columns] += counts[r][c]
            }
        }
        var isTotal = [Bool](repeating: false, count: values.count)
        for r in 0...rows { isTotal[r * width + columns] = true }
        for c in 0...columns { isTotal[rows * width + c] = true }
        let lines =
            (0...rows).map { r in (0...columns).map { r * width + $0 } }
            + (0...columns).map { c in (0...rows).map { $0 * width + c } }
        var grid = Suppression(values: values, isTotal: isTotal, lines: lines, threshold: threshold)
        repeat {
            grid.closeLines()
        } while grid.closeBridge(rows: rows + 1, columns: width)
        let result = grid.result
        return ProtectedTable(
            threshold: threshold,
            cells: (0..<rows).map { r in (0..<columns).map { result[r * width + $0] } },
            rowTotals: (0..<rows).map { result[$0 * width + columns] },
            columnTotals: (0..<columns).map { result[rows * width + $0] },
            total: result[rows * width + columns])
    }

    /// Protects a list of counts shown with its total, e.g. how many chose each option.
    public static func protect(list counts: [Int], threshold setting: Int) -> ProtectedList {
        let threshold = threshold(setting)
        precondition(counts.allSatisfy { $0 >= 0 }, "negative count")
        let values = counts + [counts.reduce(0, +)]
        var list = Suppression(
            values: values, isTotal: counts.map { _ in false } + [true], lines: [Array(values.indices)],
            threshold: threshold)
        list.closeLines()
        let result = list.result
        return ProtectedList(threshold: threshold, cells: Array(result.dropLast()), total: result[counts.count])
    }

    /// A single subgroup's size shown on its own: "fewer than {threshold}" for 1 … threshold − 1.
    public static func subgroup(_ responses: Int, threshold setting: Int) -> ProtectedCount {
        let threshold = threshold(setting)
        return (1..<threshold).contains(responses) ? .fewerThan(threshold) : .shown(responses)
    }

    /// A figure of one subgroup (mean, distribution, …), suppressed as a whole below the
    /// threshold, including at zero responses (no figure exists then). `value` runs only
    /// when the figure may be shown.
    public static func summary<Value>(
        responses: Int, threshold setting: Int, _ value: () throws -> Value
    ) rethrows -> ProtectedSummary<Value> {
        let threshold = threshold(setting)
        return responses < threshold ? .suppressed(threshold: threshold) : .shown(try value(), responses: responses)
    }

    /// Figures of subgroups that together make up a whole shown beside them, e.g. a mean
    /// for each age group next to the overall mean. One hidden subgroup's mean could be
    /// worked out from the overall one, so the subgroups' sizes go through `protect(list:)`
    /// and every subgroup whose size is hidden there loses its figure too. Pass every
    /// subgroup, "prefer not to say" and unanswered included, so that the sizes add up to
    /// the whole.
    public static func summaries<Value>(
        responses: [Int], threshold setting: Int, _ value: (Int) throws -> Value
    ) rethrows -> [ProtectedSummary<Value>] {
        let sizes = protect(list: responses, threshold: setting)
        return try responses.indices.map { index in
            guard !sizes.cells[index].isSuppressed, responses[index] >= sizes.threshold else {
                return .suppressed(threshold: sizes.threshold)
            }
            return .shown(try value(index), responses: responses[index])
        }
    }
}

/// The counts and totals as one list of entries and the lines (equations "cells = total")
/// they take part in.
private struct Suppression {
    let values: [Int]
    let isTotal: [Bool]
    let lines: [[Int]]
    /// The lines each entry is in (one or two).
    let linesOf: [[Int]]
    let threshold: Int
    private(set) var primary: [Bool]
    private(set) var hidden: [Bool]

    init(values: [Int], isTotal: [Bool], lines: [[Int]], threshold: Int) {
        self.values = values
        self.isTotal = isTotal
        self.lines = lines
        var linesOf = [[Int]](repeating: [], count: values.count)
        for (index, line) in lines.enumerated() {
            for entry in line { linesOf[entry].append(index) }
        }
        self.linesOf = linesOf
        self.threshold = threshold
        primary = values.map { (1..<threshold).contains($0) }
        hidden = primary
    }

    var result: [ProtectedCount] {
        values.indices.map { index in
            primary[index] ? .fewerThan(threshold) : hidden[index] ? .hidden : .shown(values[index])
        }
    }

    private func hiddenCount(_ line: Int) -> Int { lines[line].filter { hidden[$0] }.count }

    /// Which shown entry to hide next for line `line` (nil: any line): cells before totals,
    /// non-zero before zero, one that also pairs up a lonely hidden entry in its other line
    /// first, then the smallest, then the first in order (so the result is deterministic).
    private func best(_ candidates: [Int], for line: Int?) -> Int? {
        let key = { (entry: Int) in
            let pairs = linesOf[entry].contains { $0 != line && hiddenCount($0) == 1 }
            return (isTotal[entry] ? 1 : 0, values[entry] == 0 ? 1 : 0, pairs ? 0 : 1, values[entry], entry)
        }
        return candidates.filter { !hidden[$0] }.min { key($0) < key($1) }
    }

    /// Until no line has exactly one hidden entry, hides the best other entry of such a line.
    mutating func closeLines() {
        var changed = true
        while changed {
            changed = false
            for index in lines.indices where hiddenCount(index) == 1 {
                guard let next = best(lines[index], for: index) else { continue }
                hidden[next] = true
                changed = true
            }
        }
    }

    /// In a grid of `rows` × `columns` entries (totals included) whose lines are its rows
    /// and columns: finds a hidden entry that lies on no cycle of hidden entries (a bridge
    /// between the rows and columns it connects) and hides the best entry that closes a
    /// cycle through it. Returns whether it hid anything.
    mutating func closeBridge(rows: Int, columns: Int) -> Bool {
        // Vertices: rows 0..<rows, columns rows..<rows + columns; edges: hidden entries.
        for entry in values.indices where hidden[entry] {
            let (row, column) = (entry / columns, entry % columns)
            let rowSide = reachable(from: row, without: entry, rows: rows, columns: columns)
            guard !rowSide.contains(rows + column) else { continue }
            let columnSide = reachable(from: rows + column, without: entry, rows: rows, columns: columns)
            var candidates: [Int] = []
            for r in 0..<rows {
                for c in 0..<columns {
                    let crosses =
                        (rowSide.contains(r) && columnSide.contains(rows + c))
                        || (columnSide.contains(r) && rowSide.contains(rows + c))
                    if crosses { candidates.append(r * columns + c) }
                }
            }
            if let next = best(candidates, for: nil) {
                hidden[next] = true
                return true
            }
        }
        return false
    }

    private func reachable(from start: Int, without skipped: Int, rows: Int, columns: Int) -> Set<Int> {
        var seen: Set<Int> = [start]
        var queue = [start]
        while let vertex = queue.popLast() {
            let neighbours: [Int]
            if vertex < rows {
                neighbours = (0..<columns).filter { c in
                    let entry = vertex * columns + c
                    return entry != skipped && hidden[entry]
                }.map { rows + $0 }
            } else {
                let c = vertex - rows
                neighbours = (0..<rows).filter { r in
                    let entry = r * columns + c
                    return entry != skipped && hidden[entry]
                }
            }
            for next in neighbours where seen.insert(next).inserted { queue.append(next) }
        }
        return seen
    }
}
