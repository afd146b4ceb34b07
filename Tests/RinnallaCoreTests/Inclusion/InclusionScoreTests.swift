import Foundation
import Testing

@testable import RinnallaCore

@Suite("Inclusion indicator scoring")
struct InclusionScoreTests {
    @Test func theFormula() throws {
        let lowest = try InclusionAnswers(Array(repeating: 1, count: 10))
        #expect(lowest.score?.rawSum == 10 && lowest.score?.value == 0)
        let highest = try InclusionAnswers(Array(repeating: 5, count: 10))
        #expect(highest.score?.rawSum == 50 && highest.score?.value == 100)
        // 3+4+4+5+3+4+2+5+4+4 = 38 → (38 − 10) × 2,5 = 70.
        let mixed = try InclusionAnswers([3, 4, 4, 5, 3, 4, 2, 5, 4, 4])
        #expect(mixed.score?.value == 70)
        #expect(InclusionScore(rawSum: 9) == nil && InclusionScore(rawSum: 51) == nil)
        #expect(InclusionScore.value(rawDifference: -4) == -10)
    }

    /// "alle 50 pistettä": 47,5 is very weak, 50 is not.
    @Test func veryWeakIsBelowFifty() throws {
        let below = try #require(InclusionScore(rawSum: 29))
        #expect(below.value == 47.5 && below.isVeryWeak)
        let at = try #require(InclusionScore(rawSum: 30))
        #expect(at.value == 50 && !at.isVeryWeak)
        for raw in InclusionScore.rawSums {
            #expect(InclusionScore(rawSum: raw)!.isVeryWeak == (InclusionScore.value(rawSum: raw) < 50))
        }
    }

    @Test func noStatementIsReversed() throws {
        // Agreeing more with any one statement always raises the score.
        for statement in 0..<10 {
            var values: [Int?] = Array(repeating: 3, count: 10)
            values[statement] = 4
            #expect(try InclusionAnswers(values).score!.value > 50)
        }
    }

    @Test func aResponseWithAMissingItemIsIncomplete() throws {
        let answers = try InclusionAnswers([4, 4, nil, 5, 3, 4, nil, 5, 4, 4])
        #expect(!answers.isComplete)
        #expect(answers.missingStatements == [3, 7])
        #expect(answers.score == nil, "no imputation: the guide allows no missing values")
        let empty = try InclusionAnswers(Array(repeating: nil, count: 10))
        #expect(empty.missingStatements == Array(1...10))
    }

    @Test func malformedAnswersAreRefused() {
        #expect(throws: InclusionAnswerProblem.wrongCount(found: 9)) {
            try InclusionAnswers(Array(repeating: 3, count: 9))
        }
        #expect(throws: InclusionAnswerProblem.valueOutOfRange(statement: 2, value: 6)) {
            try InclusionAnswers([3, 6, 3, 3, 3, 3, 3, 3, 3, 3])
        }
        #expect(throws: InclusionAnswerProblem.valueOutOfRange(statement: 10, value: 0)) {
            try InclusionAnswers([3, 3, 3, 3, 3, 3, 3, 3, 3, 0])
        }
    }
}
