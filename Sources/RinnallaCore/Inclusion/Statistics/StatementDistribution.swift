/// How the answers to each of the ten statements were distributed over the five options:
/// `counts[statement − 1][points − 1]`. A database gives it in at most 50 rows
/// (`GROUP BY statement, points`). Built from complete responses, every statement counts
/// the same respondents, so the ten distributions can be shown side by side.
public struct StatementDistribution: Sendable, Hashable {
    /// 10 rows of 5 counts.
    public private(set) var counts: [[Int]]

    public init() {
        counts = Array(
            repeating: Array(repeating: 0, count: InclusionIndicator.optionCount),
            count: InclusionIndicator.statementCount)
    }

    /// From aggregated rows (statement 1 … 10, points 1 … 5, count); nil for a row outside
    /// those ranges or a negative count.
    public init?(rows: some Sequence<(statement: Int, points: Int, count: Int)>) {
        self.init()
        for row in rows {
            guard (1...InclusionIndicator.statementCount).contains(row.statement),
                InclusionIndicator.values.contains(row.points), row.count >= 0
            else { return nil }
            counts[row.statement - 1][row.points - 1] += row.count
        }
    }

    /// From responses; an unanswered statement is simply not counted for it.
    public init(answers: some Sequence<InclusionAnswers>) {
        self.init()
        for response in answers {
            for (index, value) in response.values.enumerated() {
                if let value { counts[index][value - 1] += 1 }
            }
        }
    }

    /// The five counts of one statement (1 … 10).
    public func counts(statement: Int) -> [Int] { counts[statement - 1] }

    /// Answers to one statement.
    public func total(statement: Int) -> Int { counts[statement - 1].reduce(0, +) }

    /// The five shares (0 … 1) of one statement; nil when nobody answered it.
    public func shares(statement: Int) -> [Double]? {
        let total = total(statement: statement)
        guard total > 0 else { return nil }
        return counts[statement - 1].map { Double($0) / Double(total) }
    }

    /// Mean points (1 … 5) of one statement; nil when nobody answered it.
    public func meanPoints(statement: Int) -> Double? {
        let total = total(statement: statement)
        guard total > 0 else { return nil }
        let sum = counts[statement - 1].enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        return Double(sum) / Double(total)
    }
}
