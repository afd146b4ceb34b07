import Foundation
import Testing

@testable import RinnallaCore

@Suite("Inclusion indicator (ESIS) wording")
struct InclusionIndicatorTests {
    let fi = InclusionIndicator.finnish

    /// Kuva 2 is the form itself: question, guiding sentence, the options as column heads,
    /// then the ten statements — the definition read in that order is the figure's text.
    @Test func theFormIsKuva2Verbatim() {
        let form = ([fi.question, fi.guidingSentence] + fi.options + fi.statements).joined(separator: " ")
        #expect(GuideText.text(2363...2406) == form)
        #expect(GuideText.text(2408...2408) == InclusionIndicator.copyright)
    }

    @Test func theNumberedListHasTheSameStatementsInTheSameOrder() {
        let numbered = fi.statements.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: " ")
        #expect(GuideText.text(2059...2079) == "Osallisuusindikaattorin kymmenen väittämää ovat: \(numbered).")
        let options = fi.options.enumerated().map { "\($0.offset + 1)) \($0.element)" }.joined(separator: ", ")
        #expect(
            GuideText.text(2081...2085)
                == "Vastausvaihtoehtoina esitetään \(options). Kuhunkin kysymykseen vastataan asteikolla 1–5."
        )
        // The main question and the guiding sentence as the text quotes them.
        #expect(
            GuideText.text(2055...2057)
                == "Osallisuusindikaattorin pääkysymys on: ”\(fi.question) \(fi.guidingSentence.dropLast())”.")
    }

    @Test func theOptionsScoreAsTaulukko1() {
        let rows = InclusionIndicator.options.map { "\($0.text) \($0.value) \($0.value == 1 ? "piste" : "pistettä")" }
        #expect(
            GuideText.text(2341...2353)
                == "Taulukko 1. Osallisuusindikaattorin pisteytys Vastausvaihtoehto Pisteet "
                + rows.joined(separator: " "))
        #expect(InclusionIndicator.options.map(\.value) == [1, 2, 3, 4, 5])
        #expect(fi.statements.count == 10 && fi.options.count == 5)
    }

    @Test func theGuidanceIsQuotedVerbatim() {
        typealias G = InclusionIndicator.Guidance
        #expect(GuideText.text(2020...2028).contains(G.notForIndividualAssessment))
        #expect(GuideText.text(2314...2335).contains(G.selfCompletion))
        #expect(GuideText.text(2314...2335).contains(G.noChanges))
        #expect(GuideText.text(2413...2431).contains(G.noMissingValues))
        #expect(GuideText.text(2113...2132).contains(G.translations))
        #expect(GuideText.text(1881...1883).contains("(engl. \(InclusionIndicator.englishName))"))
    }

    /// The self-assessment instrument shipped earlier (Resources/Instruments) must not drift
    /// from this definition.
    @Test func theShippedSelfAssessmentFileAgrees() throws {
        let esis = try #require(ShippedInstruments.findRetired("esis"))
        #expect(esis.question == fi.question)
        #expect(esis.instruction == fi.guidingSentence)
        #expect(esis.items.map(\.text) == fi.statements)
        #expect(esis.items.allSatisfy { !$0.reverse })
        #expect(esis.scale.labels.map(\.text) == fi.options)
        #expect(esis.scale.labels.map(\.value) == [1, 2, 3, 4, 5])
    }
}

@Suite("Inclusion indicator translations")
struct InclusionIndicatorTranslationTests {
    func file(_ edit: (inout [String: Any]) -> Void = { _ in }) -> Data {
        var object: [String: Any] = [
            "format": "rinnalla-esis-translation/1",
            "language": "xx",
            "source": "Test wording, not a translation",
            "question": "Q?",
            "guidingSentence": "G.",
            "statements": (1...10).map { "Statement \($0)" },
            "options": (1...5).map { "Option \($0)" },
        ]
        edit(&object)
        return try! JSONSerialization.data(withJSONObject: object)
    }

    func problem(_ data: Data) -> InclusionTranslationProblem? {
        do {
            _ = try InclusionIndicatorTranslation.parse(data)
            return nil
        } catch {
            return error
        }
    }

    @Test func aCompleteFileIsAccepted() throws {
        let translation = try InclusionIndicatorTranslation.parse(file { $0["attribution"] = "© THL" })
        #expect(translation.wording.statements.count == 10)
        #expect(translation.wording.responseOptions.map(\.value) == [1, 2, 3, 4, 5])
        #expect(translation.wording.responseOptions[2].text == "Option 3")
        #expect(translation.attribution == "© THL")
    }

    @Test func theStructureIsChecked() {
        #expect(problem(file { $0["statements"] = (1...9).map { "S\($0)" } }) == .statementCount(found: 9))
        #expect(problem(file { $0["statements"] = (1...11).map { "S\($0)" } }) == .statementCount(found: 11))
        #expect(problem(file { $0["options"] = ["a", "b", "c", "d"] }) == .optionCount(found: 4))
        #expect(problem(file { $0["options"] = ["a", "b", " ", "d", "e"] }) == .emptyText(.option(3)))
        var statements = (1...10).map { "S\($0)" }
        statements[6] = ""
        #expect(problem(file { $0["statements"] = statements }) == .emptyText(.statement(7)))
        #expect(problem(file { $0["question"] = "" }) == .emptyText(.question))
        #expect(problem(file { $0["guidingSentence"] = "\n" }) == .emptyText(.guidingSentence))
        #expect(problem(file { $0["attribution"] = "" }) == .emptyText(.attribution))
        #expect(problem(file { $0["source"] = " " }) == .missingSource)
        #expect(problem(file { $0["source"] = nil }) == .notReadable)
        #expect(problem(file { $0["format"] = "rinnalla-instrument/1" }) == .unknownFormat("rinnalla-instrument/1"))
        #expect(problem(Data("not json".utf8)) == .notReadable)
        #expect(problem(Data(repeating: 32, count: 70_000)) == .tooLarge(maxBytes: 64_000))
    }

    @Test func theFinnishOriginalCannotBeReplacedAndCodesAreChecked() {
        #expect(problem(file { $0["language"] = "fi" }) == .finnishIsTheOriginal)
        #expect(problem(file { $0["language"] = "FI" }) == .finnishIsTheOriginal)
        #expect(problem(file { $0["language"] = "swedish" }) == .invalidLanguage("swedish"))
        #expect(problem(file { $0["language"] = "s" }) == .invalidLanguage("s"))
        #expect(problem(file { $0["language"] = "sv-" }) == .invalidLanguage("sv-"))
        #expect(problem(file { $0["language"] = "en-GB" }) == nil)
        #expect(problem(file { $0["language"] = "se" }) == nil)
    }
}
