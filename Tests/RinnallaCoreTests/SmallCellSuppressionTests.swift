import Foundation
import Testing

@testable import RinnallaCore

@Suite("Small-cell protection")
struct SmallCellSuppressionTests {
    typealias S = SmallCellSuppression
    let small = ProtectedCount.fewerThan(5)

    @Test func theThresholdNeverGoesBelowFive() {
        #expect(S.threshold(5) == 5)
        #expect(S.threshold(3) == 5)
        #expect(S.threshold(0) == 5)
        #expect(S.threshold(-1) == 5)
        #expect(S.threshold(8) == 8)
        // Even when a lower value reaches the rules directly.
        #expect(S.protect(list: [3, 4, 10], threshold: 2).cells == [.fewerThan(5), .fewerThan(5), .shown(10)])
        #expect(S.subgroup(4, threshold: 1) == .fewerThan(5))
    }

    @Test func aSubgroupOnItsOwn() {
        #expect(S.subgroup(0, threshold: 5) == .shown(0))
        #expect(S.subgroup(1, threshold: 5) == .fewerThan(5))
        #expect(S.subgroup(4, threshold: 5) == .fewerThan(5))
        #expect(S.subgroup(5, threshold: 5) == .shown(5))
        #expect(S.subgroup(9, threshold: 10) == .fewerThan(10))
    }

    @Test func aSubgroupsFigureIsShownWholeOrNotAtAll() {
        var computed = 0
        let mean = { () -> Double in
            computed += 1
            return 72.5
        }
        #expect(S.summary(responses: 4, threshold: 5, mean) == .suppressed(threshold: 5))
        #expect(S.summary(responses: 0, threshold: 5, mean) == .suppressed(threshold: 5))
        #expect(computed == 0, "a hidden figure is not even computed")
        #expect(S.summary(responses: 5, threshold: 5, mean) == .shown(72.5, responses: 5))
        #expect(S.summary(responses: 7, threshold: 8, mean).value == nil)
        let distribution = S.summary(responses: 12, threshold: 5) { [1, 2, 3, 4, 2] }
        #expect(distribution.value == [1, 2, 3, 4, 2])
    }

    /// Means of age groups beside the overall mean: hiding only the group of 3 would let
    /// its mean be worked out, so the next smallest group loses its mean too.
    @Test func subgroupFiguresBesideTheWhole() {
        let means = [70.0, 55.0, 80.0, 62.5]
        let figures = S.summaries(responses: [20, 3, 12, 7], threshold: 5) { means[$0] }
        #expect(
            figures == [
                .shown(70, responses: 20), .suppressed(threshold: 5), .shown(80, responses: 12),
                .suppressed(threshold: 5),
            ])
        // No small group: everything shown.
        #expect(S.summaries(responses: [20, 0, 12], threshold: 5) { means[$0] }.compactMap(\.value) == [70, 80])
    }

    // MARK: Lists

    /// Answers to one statement: 3 chose option 2. With the total 31 shown, hiding only
    /// the 3 would leave 31 − 12 − 0 − 7 − 9 = 3, so the next smallest, 7, is hidden too.
    @Test func aListWithOneSmallCell() {
        let list = S.protect(list: [12, 3, 0, 7, 9], threshold: 5)
        #expect(list.cells == [.shown(12), small, .shown(0), .hidden, .shown(9)])
        #expect(list.total == .shown(31))
    }

    @Test func zerosAreShownAndNeverChosenWhileANonZeroCellWillDo() {
        #expect(S.protect(list: [0, 0, 12, 8], threshold: 5).cells == [.shown(0), .shown(0), .shown(12), .shown(8)])
        let list = S.protect(list: [0, 4, 0, 0, 25], threshold: 5)
        #expect(list.cells == [.shown(0), small, .shown(0), .shown(0), .hidden])
        #expect(list.total == .shown(29))
    }

    @Test func twoSmallCellsProtectEachOther() {
        let list = S.protect(list: [2, 30, 4], threshold: 5)
        #expect(list.cells == [small, .shown(30), small])
        #expect(list.total == .shown(36))
    }

    @Test func aSmallTotalIsHiddenToo() {
        let list = S.protect(list: [3, 0, 0], threshold: 5)
        #expect(list.cells == [small, .shown(0), .shown(0)])
        #expect(list.total == small)
        #expect(S.protect(list: [], threshold: 5) == ProtectedList(threshold: 5, cells: [], total: .shown(0)))
    }

    @Test func aHigherThresholdFromTheSetting() {
        let list = S.protect(list: [6, 9, 20], threshold: 10)
        #expect(list.cells == [.fewerThan(10), .fewerThan(10), .shown(20)])
        #expect(list.total == .shown(35))
        #expect(list.threshold == 10)
    }

    // MARK: Tables

    @Test func aTableWithNothingSmall() {
        let table = S.protect(table: [[5, 0], [7, 12]], threshold: 5)
        #expect(table.cells == [[.shown(5), .shown(0)], [.shown(7), .shown(12)]])
        #expect(table.rowTotals == [.shown(5), .shown(19)])
        #expect(table.columnTotals == [.shown(12), .shown(12)])
        #expect(table.total == .shown(24))
    }

    /// Worked example of a cascade. Rows are age groups, columns answers:
    ///
    ///            A    B    C  | total
    ///     r0     2    6   30  |   38
    ///     r1    40   25    7  |   72
    ///     r2    11   50    9  |   70
    ///
    /// The 2 is small. Row r0 would give it away (38 − 6 − 30), so its next smallest, 6, is
    /// hidden. Column A would still give the 2 away (53 − 40 − 11): its next smallest, 11 in
    /// r2, is hidden. Now column B has one hidden cell, the 6, which 81 − 25 − 50 would
    /// reveal: the suppression cascades to another row. Of 25 and 50, the 50 is hidden,
    /// although larger, because it sits in r2 beside the lonely 11 and so closes both lines.
    /// Four cells in a rectangle: each row and column has two, and every hidden value can
    /// move by the same amount around the rectangle without changing any total.
    @Test func theComplementaryCellCascadesToAnotherRow() {
        let table = S.protect(table: [[2, 6, 30], [40, 25, 7], [11, 50, 9]], threshold: 5)
        #expect(
            table.cells == [
                [small, .hidden, .shown(30)],
                [.shown(40), .shown(25), .shown(7)],
                [.hidden, .hidden, .shown(9)],
            ])
        #expect(table.rowTotals == [.shown(38), .shown(72), .shown(70)])
        #expect(table.columnTotals == [.shown(53), .shown(81), .shown(46)])
        #expect(table.total == .shown(180))
        #expect(Self.recoverable(table, [[2, 6, 30], [40, 25, 7], [11, 50, 9]]).isEmpty)
    }

    /// Two small cells in one row: the row is safe, but each column has one hidden cell.
    /// Column A hides its next smallest, 8 (r1), column B the 10 in r1 too, which pairs
    /// the 8 up in r1: hiding a cell for one column cascades into row r1.
    @Test func twoSmallCellsInARowCascadeThroughTheColumns() {
        let counts = [[1, 4, 20], [8, 10, 15], [9, 30, 6]]
        let table = S.protect(table: counts, threshold: 5)
        #expect(
            table.cells == [
                [small, small, .shown(20)],
                [.hidden, .hidden, .shown(15)],
                [.shown(9), .shown(30), .shown(6)],
            ])
        #expect(table.rowTotals.allSatisfy { !$0.isSuppressed })
        #expect(Self.recoverable(table, counts).isEmpty)
    }

    /// A row of 3 responses: its total is a subgroup of fewer than 5, hidden as such. The
    /// column of row totals then has one hidden entry; r2's total goes with it, as r2
    /// already holds the complementary cell of column A.
    @Test func aSmallRowTotalIsProtectedLikeACell() {
        let counts = [[3, 0], [10, 12], [8, 20]]
        let table = S.protect(table: counts, threshold: 5)
        #expect(table.cells == [[small, .shown(0)], [.shown(10), .shown(12)], [.hidden, .shown(20)]])
        #expect(table.rowTotals == [small, .shown(22), .hidden])
        #expect(table.columnTotals == [.shown(21), .shown(32)])
        #expect(table.total == .shown(53))
        #expect(Self.recoverable(table, counts).isEmpty)
    }

    /// Two blocks of small cells joined by one small cell: every row and column has at
    /// least two hidden cells, yet the joining 4 is r0 + r1 − c0 − c1 in the sums. The rule
    /// finds it and hides the smallest cell that closes a loop through it (11).
    @Test func aCellJoiningTwoBlocksIsNotLeftSolvable() {
        let counts = [
            [2, 3, 4, 30, 20],
            [1, 2, 25, 12, 40],
            [30, 11, 3, 2, 50],
            [28, 60, 1, 4, 33],
            [20, 20, 20, 20, 20],
        ]
        let table = S.protect(table: counts, threshold: 5)
        var hidden: [[Int]] = []
        for (r, row) in table.cells.enumerated() {
            for (c, cell) in row.enumerated() where cell == .hidden { hidden.append([r, c]) }
        }
        #expect(hidden == [[2, 1]])
        #expect(Self.recoverable(table, counts).isEmpty)
        // Line checks alone would have passed it: the only addition is the 11.
        #expect(table.cells.joined().filter { $0 == small }.count == 9)
    }

    /// Random tables: every count 1…t−1 shows "fewer than", nothing else does, no line has
    /// exactly one hidden entry, and linear algebra over the shown numbers solves no
    /// hidden one.
    @Test func randomTablesLeaveNothingSolvable() {
        var random = SplitMix64(seed: 20_260_101)
        for _ in 0..<300 {
            let rows = Int.random(in: 1...5, using: &random)
            let columns = Int.random(in: 1...5, using: &random)
            let counts = (0..<rows).map { _ in
                (0..<columns).map { _ in
                    switch Int.random(in: 0..<10, using: &random) {
                    case 0..<2: 0
                    case 2..<5: Int.random(in: 1...4, using: &random)
                    default: Int.random(in: 5...60, using: &random)
                    }
                }
            }
            let threshold = Int.random(in: 5...7, using: &random)
            let table = S.protect(table: counts, threshold: threshold)
            for r in 0..<rows {
                for c in 0..<columns {
                    let value = counts[r][c]
                    #expect((table.cells[r][c] == .fewerThan(threshold)) == (1..<threshold).contains(value))
                    if case .shown(let shown) = table.cells[r][c] { #expect(shown == value) }
                }
            }
            #expect(Self.recoverable(table, counts).isEmpty, "\(counts) at \(threshold)")
        }
    }

    // MARK: Independent check

    /// Hidden entries (as "r,c", totals at index rows / columns) whose value follows from
    /// the shown numbers: Gaussian elimination over the equations "cells = total", and an
    /// unknown is determined when its unit vector lies in the equations' row space.
    static func recoverable(_ table: ProtectedTable, _ counts: [[Int]]) -> [String] {
        let rows = counts.count
        let columns = counts[0].count
        var grid = table.cells.map { $0 + [ProtectedCount.hidden] } + [table.columnTotals + [table.total]]
        for r in 0..<rows { grid[r][columns] = table.rowTotals[r] }
        var unknowns: [[Int]] = []
        for r in 0...rows {
            for c in 0...columns where grid[r][c].isSuppressed { unknowns.append([r, c]) }
        }
        guard !unknowns.isEmpty else { return [] }
        // Each line: Σ cells − total = 0; only the unknowns' coefficients matter for rank.
        var equations: [[Double]] = []
        let lines: [[(Int, Int, Double)]] =
            (0...rows).map { r in (0...columns).map { (r, $0, $0 == columns ? -1.0 : 1.0) } }
            + (0...columns).map { c in (0...rows).map { ($0, c, $0 == rows ? -1.0 : 1.0) } }
        for line in lines {
            var equation = [Double](repeating: 0, count: unknowns.count)
            for (r, c, sign) in line {
                if let index = unknowns.firstIndex(of: [r, c]) { equation[index] = sign }
            }
            if equation.contains(where: { $0 != 0 }) { equations.append(equation) }
        }
        let base = rank(equations)
        return unknowns.indices.compactMap { index in
            var unit = [Double](repeating: 0, count: unknowns.count)
            unit[index] = 1
            return rank(equations + [unit]) == base ? "\(unknowns[index][0]),\(unknowns[index][1])" : nil
        }
    }

    static func rank(_ matrix: [[Double]]) -> Int {
        var m = matrix
        var rank = 0
        let width = m.first?.count ?? 0
        for column in 0..<width where rank < m.count {
            guard let pivot = (rank..<m.count).max(by: { abs(m[$0][column]) < abs(m[$1][column]) }),
                abs(m[pivot][column]) > 1e-9
            else { continue }
            m.swapAt(rank, pivot)
            for r in 0..<m.count where r != rank {
                let factor = m[r][column] / m[rank][column]
                if factor != 0 { for c in 0..<width { m[r][c] -= factor * m[rank][c] } }
            }
            rank += 1
        }
        return rank
    }
}

/// A small deterministic generator (SplitMix64) so the random tables are the same each run.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
