import Foundation
import Testing

@testable import RinnallaCore

@Suite("Self-assessment instruments")
struct SelfAssessmentTests {
    /// A format example (not an official instrument): two dimensions, one lower-is-better,
    /// one reversed item.
    static let example = """
        {
          "format": "rinnalla-instrument/1",
          "id": "example",
          "version": "1",
          "name": "Esimerkki",
          "language": "fi",
          "source": "Format example",
          "scale": {"min": 0, "max": 4, "labels": [{"value": 0, "text": "ei lainkaan"}]},
          "dimensions": [
            {"id": "arki", "name": "Arki", "better": "higher", "scoring": {"method": "mean"}},
            {"id": "huoli", "name": "Huoli", "better": "lower", "scoring": {"method": "sum"}}
          ],
          "items": [
            {"id": "a1", "text": "A1", "dimension": "arki"},
            {"id": "a2", "text": "A2", "dimension": "arki", "reverse": true},
            {"id": "h1", "text": "H1", "dimension": "huoli"},
            {"id": "h2", "text": "H2", "dimension": "huoli"}
          ]
        }
        """

    func problem(_ text: String) -> InstrumentProblem? {
        do {
            _ = try InstrumentParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    /// The example with one line replaced, for error cases.
    func variant(_ old: String, _ new: String) -> String {
        precondition(Self.example.contains(old), old)
        return Self.example.replacingOccurrences(of: old, with: new)
    }

    @Test func theExampleParses() throws {
        let definition = try InstrumentParser.parse(Self.example)
        #expect(definition.dimensions.map(\.id) == ["arki", "huoli"])
        #expect(definition.items.map(\.reverse) == [false, true, false, false])
        #expect(definition.scale.label(for: 0) == "ei lainkaan")
        #expect(definition.number(of: "h1") == 3)
    }

    @Test func theRetiredInclusionIndicatorIsTheSeedsWordingAndNotOfferedForClients() throws {
        // Issue 6: ESIS is never attached to a client record; old records stay readable.
        #expect(ShippedInstruments.find("esis") == nil)
        #expect(!ShippedInstruments.all.contains { $0.id == "esis" })
        let esis = try #require(ShippedInstruments.findRetired("esis"))
        #expect(esis.items.count == 10)
        #expect(esis.items.first?.text == "Tunnen, että päivittäiset tekemiseni ovat merkityksellisiä")
        #expect(esis.items.last?.text == "Pystyn vaikuttamaan joihinkin elinympäristöni asioihin")
        #expect(esis.scale.values == 1...5)
        #expect(esis.scale.label(for: 3) == "ei samaa eikä eri mieltä")
        #expect(esis.source.contains("004_1d8d46e8ce5452c4.txt"))
        #expect(esis.notes.contains { $0.contains("emme suosittele") })
    }

    /// The seed's formula: (sum − 10) × 2.5, so all 1s → 0, all 5s → 100, all 3s → 50.
    @Test(arguments: [(1, 0.0), (3, 50.0), (5, 100.0)])
    func inclusionIndicatorScoring(answer: Int, expected: Double) throws {
        let esis = try #require(ShippedInstruments.findRetired("esis"))
        let answers = Dictionary(uniqueKeysWithValues: esis.items.map { ($0.id, answer) })
        let scores = try esis.scores(answers)
        #expect(scores.count == 1)
        #expect(abs(scores[0].value - expected) < 1e-9)
        #expect(scores[0].min == 0 && scores[0].max == 100)
    }

    @Test func inclusionIndicatorMixedAnswers() throws {
        let esis = try #require(ShippedInstruments.findRetired("esis"))
        // 4+4+3+5+2+4+4+3+4+5 = 38 → (38 − 10) × 2.5 = 70
        let values = [4, 4, 3, 5, 2, 4, 4, 3, 4, 5]
        let answers = Dictionary(uniqueKeysWithValues: zip(esis.items.map(\.id), values).map { ($0, $1) })
        #expect(abs(try esis.scores(answers)[0].value - 70) < 1e-9)
    }

    @Test func meanSumAndReverse() throws {
        let definition = try InstrumentParser.parse(Self.example)
        // a2 reversed: 0 + 4 − 1 = 3; mean of 4 and 3 = 3.5; sum of 2 and 1 = 3
        let scores = try definition.scores(["a1": 4, "a2": 1, "h1": 2, "h2": 1])
        #expect(scores.map(\.value) == [3.5, 3])
        #expect(scores[0].min == 0 && scores[0].max == 4)
        #expect(scores[1].min == 0 && scores[1].max == 8)
    }

    @Test func comparisonHonoursTheDirection() throws {
        let definition = try InstrumentParser.parse(Self.example)
        let start = try definition.scores(["a1": 1, "a2": 3, "h1": 4, "h2": 4])
        let later = try definition.scores(["a1": 3, "a2": 1, "h1": 1, "h2": 2])
        let changes = definition.compare(start: start, later: later)
        #expect(changes.map(\.dimensionID) == ["arki", "huoli"])
        #expect(changes[0].change == 2)
        #expect(changes[0].trend == .improved)  // higher is better, went up
        #expect(changes[1].change == -5)
        #expect(changes[1].trend == .improved)  // lower is better, went down
        let worse = definition.compare(start: later, later: start)
        #expect(worse.map(\.trend) == [.worse, .worse])
        #expect(definition.compare(start: start, later: start).map(\.trend) == [.unchanged, .unchanged])
    }

    @Test func missingAndOutOfRangeAnswersNameTheItem() throws {
        let definition = try InstrumentParser.parse(Self.example)
        #expect(
            throws: InstrumentProblem(
                .selfassessmentErrorMissingAnswer, ["number": "2", "item": "A2", "min": "0", "max": "4"])
        ) {
            try definition.validate(answers: ["a1": 1, "h1": 1, "h2": 1])
        }
        #expect(
            throws: InstrumentProblem(
                .selfassessmentErrorAnswerOutOfRange, ["number": "3", "item": "H1", "min": "0", "max": "4"])
        ) {
            try definition.validate(answers: ["a1": 1, "a2": 1, "h1": 5, "h2": 1])
        }
        #expect(throws: InstrumentProblem(.selfassessmentErrorUnknownItem, ["item": "zz"])) {
            try definition.validate(answers: ["a1": 1, "a2": 1, "h1": 1, "h2": 1, "zz": 1])
        }
    }

    @Test func syntaxErrorsNameLineAndColumn() {
        let broken = variant("\"version\": \"1\",", "\"version\": \"1\"")
        #expect(problem(broken) == InstrumentProblem(.instrumentErrorNotJSON, ["line": "5", "column": "3"]))
        #expect(problem("") == InstrumentProblem(.instrumentErrorNotJSON, ["line": "1", "column": "1"]))
        #expect(problem("[1, 2,]")?.key == .instrumentErrorNotJSON)
        #expect(problem("{\"a\": \"\u{01}\"}")?.key == .instrumentErrorNotJSON)
    }

    @Test func fieldProblemsNameLineAndField() {
        #expect(
            problem(variant("\"better\": \"lower\"", "\"better\": \"less\""))
                == InstrumentProblem(.instrumentErrorDirection, ["line": "11", "dimension": "huoli"]))
        #expect(
            problem(variant("\"method\": \"mean\"", "\"method\": \"median\""))
                == InstrumentProblem(.instrumentErrorMethod, ["line": "10", "dimension": "arki"]))
        #expect(
            problem(variant("\"dimension\": \"huoli\"}\n", "\"dimension\": \"huolet\"}\n"))
                == InstrumentProblem(
                    .instrumentErrorUnknownDimension, ["line": "17", "item": "h2", "dimension": "huolet"]))
        #expect(
            problem(variant("{\"id\": \"h2\"", "{\"id\": \"h1\""))
                == InstrumentProblem(.instrumentErrorDuplicateItem, ["line": "17", "item": "h1"]))
        #expect(
            problem(variant("\"name\": \"Esimerkki\",\n", ""))
                == InstrumentProblem(.instrumentErrorMissing, ["line": "1", "path": "name"]))
        #expect(
            problem(variant("\"reverse\": true", "\"reversed\": true"))
                == InstrumentProblem(.instrumentErrorUnknownField, ["line": "15", "path": "items[2].reversed"]))
        #expect(
            problem(variant("\"reverse\": true", "\"reverse\": \"yes\""))
                == InstrumentProblem(.instrumentErrorNotBoolean, ["line": "15", "path": "items[2].reverse"]))
        #expect(
            problem(variant("{\"value\": 0,", "{\"value\": 7,"))
                == InstrumentProblem(
                    .instrumentErrorLabelOutOfScale, ["line": "8", "value": "7", "min": "0", "max": "4"]))
        #expect(
            problem(variant("\"max\": 4", "\"max\": 0"))
                == InstrumentProblem(.instrumentErrorScaleRange, ["line": "8", "max": "21"]))
        #expect(
            problem(variant("\"max\": 4", "\"max\": 4.5"))
                == InstrumentProblem(.instrumentErrorNotInteger, ["line": "8", "path": "scale.max"]))
        #expect(
            problem(variant("\"id\": \"example\"", "\"id\": \"Esimerkki 1\""))
                == InstrumentProblem(.instrumentErrorCode, ["line": "3", "path": "id", "value": "Esimerkki 1"]))
        #expect(
            problem(variant("\"format\": \"rinnalla-instrument/1\"", "\"format\": \"other\""))
                == InstrumentProblem(.instrumentErrorFormat, ["line": "2", "expected": "rinnalla-instrument/1"]))
        #expect(
            problem(variant("\"language\": \"fi\"", "\"language\": \"de\""))
                == InstrumentProblem(.instrumentErrorLanguage, ["line": "6"]))
        #expect(
            problem(variant("\"text\": \"A1\"", "\"text\": \"  \""))
                == InstrumentProblem(.instrumentErrorEmpty, ["line": "14", "path": "items[1].text"]))
        #expect(problem("[]") == InstrumentProblem(.instrumentErrorNotObject, ["line": "1", "path": "{ }"]))
    }

    @Test func aDimensionWithoutItemsIsRefused() {
        let text = variant(
            "{\"id\": \"h2\", \"text\": \"H2\", \"dimension\": \"huoli\"}",
            "{\"id\": \"h2\", \"text\": \"H2\", \"dimension\": \"arki\"}")
        let withoutHuoli = text.replacingOccurrences(of: "\"dimension\": \"huoli\"", with: "\"dimension\": \"arki\"")
        #expect(
            problem(withoutHuoli)
                == InstrumentProblem(.instrumentErrorEmptyDimension, ["line": "9", "dimension": "huoli"])
        )
    }

    @Test func jsonTreeReadsEscapesAndNumbers() throws {
        let tree = try JSONTree.parse("{\"a\": \"\\u00e4\\n\\ud83d\\ude00\", \"b\": [-1.5e2, 0, true, null]}")
        #expect(tree["a"] == .string("ä\n😀", line: 1))
        #expect(
            tree["b"]
                == .array([.number(-150, line: 1), .number(0, line: 1), .bool(true, line: 1), .null(line: 1)], line: 1))
        #expect(throws: JSONTree.SyntaxError.self) { try JSONTree.parse("01") }
        #expect(throws: JSONTree.SyntaxError.self) { try JSONTree.parse(String(repeating: "[", count: 100)) }
    }

    @Test func dueSelfAssessments() {
        let start = Day(2026, 1, 5)
        #expect(SelfAssessmentSchedule.due(periodStart: start, today: start, recorded: []) == .start)
        // six months after 5.1. is 5.7.; due from 14 days before, 21.6.
        #expect(SelfAssessmentSchedule.due(periodStart: start, today: Day(2026, 6, 20), recorded: [.start]) == nil)
        #expect(SelfAssessmentSchedule.due(periodStart: start, today: Day(2026, 6, 21), recorded: [.start]) == .interim)
        #expect(SelfAssessmentSchedule.due(periodStart: start, today: Day(2026, 7, 5), recorded: [.start]) == .interim)
        #expect(
            SelfAssessmentSchedule.due(periodStart: start, today: Day(2026, 9, 1), recorded: [.start, .interim]) == nil)
        #expect(
            SelfAssessmentSchedule.due(periodStart: start, today: Day(2026, 9, 1), recorded: [.start, .end]) == nil)
    }

    /// A worked example of the end self-assessment (issue 15): the period started 5.1.2026.
    @Test func theEndSelfAssessmentIsDueWhenThePeriodIsEnding() {
        let start = Day(2026, 1, 5)
        let done: Set<SelfAssessmentStage> = [.start, .interim]
        // The first decision ends 4.4.; the interim evaluation said the period goes on: no end yet.
        let goesOn = SelfAssessmentSchedule.Ending(lastDecidedDay: Day(2026, 4, 4))
        #expect(
            SelfAssessmentSchedule.due(periodStart: start, today: Day(2026, 3, 20), recorded: [.start], ending: goesOn)
                == nil)
        // It said no continuation: due from 30 days before 4.4., i.e. from 5.3.
        let ends = SelfAssessmentSchedule.Ending(lastDecidedDay: Day(2026, 4, 4), continuationRefused: true)
        #expect(
            SelfAssessmentSchedule.due(periodStart: start, today: Day(2026, 3, 4), recorded: [.start], ending: ends)
                == nil)
        #expect(
            SelfAssessmentSchedule.due(periodStart: start, today: Day(2026, 3, 5), recorded: [.start], ending: ends)
                == .end)
        // The fourth decision ends 4.1.2027, the year's maximum: due from 5.12.2026 without any refusal.
        let year = SelfAssessmentSchedule.Ending(lastDecidedDay: Day(2027, 1, 4))
        #expect(
            SelfAssessmentSchedule.due(periodStart: start, today: Day(2026, 12, 4), recorded: done, ending: year) == nil
        )
        #expect(
            SelfAssessmentSchedule.due(periodStart: start, today: Day(2026, 12, 5), recorded: done, ending: year)
                == .end)
        // Moved to the closing phase: due at once, and no longer once recorded.
        let closing = SelfAssessmentSchedule.Ending(isClosing: true)
        #expect(
            SelfAssessmentSchedule.due(periodStart: start, today: Day(2026, 2, 1), recorded: [.start], ending: closing)
                == .end)
        #expect(
            SelfAssessmentSchedule.due(
                periodStart: start, today: Day(2026, 2, 1), recorded: [.start, .end], ending: closing) == nil)
        // Without the start one, the start one comes first.
        #expect(
            SelfAssessmentSchedule.due(periodStart: start, today: Day(2026, 2, 1), recorded: [], ending: closing)
                == .start)
    }
}
