/// The inclusion indicator's score (Kuva 3 and the text under it, seed lines 2355–2431):
/// the points of the ten statements (1 … 5 each, Taulukko 1) add up to a raw sum 10–50;
/// 10 is taken off (0–40) and the rest multiplied by 2,5, giving 0–100. A larger score
/// means a stronger experience of inclusion (lines 2087–2089). No statement is reversed.
///
/// "Erittäin heikon osallisuuden kokemuksen rajaksi on määritelty alle 50 pistettä"
/// (lines 2091–2093): a score *below* 50, i.e. a raw sum of 29 or less, is a very weak
/// experience of inclusion; exactly 50 is not.
public struct InclusionScore: Sendable, Hashable, Comparable {
    public static let rawSums: ClosedRange<Int> = 10...50
    /// Scores below this are a very weak experience of inclusion (erittäin heikko
    /// osallisuuden kokemus).
    public static let veryWeakBelow = 50.0
    /// The largest raw sum whose score is below 50: (29 − 10) × 2,5 = 47,5.
    public static let veryWeakMaxRawSum = 29

    /// 10 … 50.
    public let rawSum: Int

    public init?(rawSum: Int) {
        guard Self.rawSums.contains(rawSum) else { return nil }
        self.rawSum = rawSum
    }

    /// 0 … 100 in steps of 2,5 (exact in binary floating point).
    public var value: Double { Self.value(rawSum: rawSum) }

    public var isVeryWeak: Bool { rawSum <= Self.veryWeakMaxRawSum }

    /// (raw − 10) × 2,5.
    public static func value(rawSum: Int) -> Double { Double(rawSum - 10) * 2.5 }

    /// A change of raw sum in score points: × 2,5.
    public static func value(rawDifference: Int) -> Double { Double(rawDifference) * 2.5 }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawSum < rhs.rawSum }
}

/// One respondent's answers to the ten statements, in the guide's order; a statement left
/// unanswered is `nil`. An incomplete response is kept (the issue stores it, marked
/// incomplete) but has no score: the indicator is validated without missing values and
/// the guide recommends using only fully completed responses (lines 2419–2431).
public struct InclusionAnswers: Sendable, Hashable {
    /// `values[i]` answers statement i + 1; 1 … 5 or nil.
    public let values: [Int?]

    public init(_ values: [Int?]) throws(InclusionAnswerProblem) {
        guard values.count == InclusionIndicator.statementCount else {
            throw .wrongCount(found: values.count)
        }
        for (index, value) in values.enumerated() {
            if let value, !InclusionIndicator.values.contains(value) {
                throw .valueOutOfRange(statement: index + 1, value: value)
            }
        }
        self.values = values
    }

    /// Statement numbers (1 … 10) left unanswered, in order.
    public var missingStatements: [Int] {
        values.enumerated().compactMap { $0.element == nil ? $0.offset + 1 : nil }
    }

    public var isComplete: Bool { missingStatements.isEmpty }

    /// The score, or nil when any statement is unanswered (no imputation).
    public var score: InclusionScore? {
        let answered = values.compactMap { $0 }
        guard answered.count == InclusionIndicator.statementCount else { return nil }
        return InclusionScore(rawSum: answered.reduce(0, +))
    }
}

/// Answers that cannot be stored at all (an unanswered statement is not a problem here:
/// it makes the response incomplete).
public enum InclusionAnswerProblem: Error, Sendable, Hashable {
    /// Not ten answers (answered or not).
    case wrongCount(found: Int)
    /// An answer outside 1 … 5; `statement` is 1-based.
    case valueOutOfRange(statement: Int, value: Int)
}
