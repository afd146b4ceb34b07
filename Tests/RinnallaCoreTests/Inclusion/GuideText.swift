import Foundation
import Testing

/// The passages of THL's guide (seed `004_1d8d46e8ce5452c4.txt`) that the verbatim tests
/// compare with. They come from the committed fixture `Fixtures/thl-guide-excerpts.json`
/// (written by `scripts/esis-fixtures.py`), so the tests run in a fresh clone without
/// `../shared`; where the seed is reachable, a test checks that every excerpt is still
/// exactly the seed's lines.
enum GuideText {
    struct Excerpt: Decodable {
        let from: Int
        let to: Int
        let lines: [String]
    }

    struct File: Decodable {
        let source: String
        let excerpts: [Excerpt]
    }

    static let file: File = {
        let url =
            Bundle.module.url(forResource: "thl-guide-excerpts", withExtension: "json", subdirectory: "Fixtures")
            ?? Bundle.module.url(forResource: "thl-guide-excerpts", withExtension: "json")
        guard let url, let data = try? Data(contentsOf: url),
            let file = try? JSONDecoder().decode(File.self, from: data)
        else { preconditionFailure("Fixtures/thl-guide-excerpts.json missing or unreadable") }
        return file
    }()

    /// /work/wt-esis/Tests/RinnallaCoreTests/Inclusion/GuideText.swift → repo root → ../shared.
    static let seedURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/seeds/004_1d8d46e8ce5452c4.txt")

    /// The seed's lines, or nil where the seed is not reachable (CI).
    static let seedLines: [String]? = {
        guard let data = try? Data(contentsOf: seedURL) else { return nil }
        return String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
    }()

    /// The raw lines `range` (1-based, inclusive), from the excerpt that holds them.
    static func lines(_ range: ClosedRange<Int>) -> [String] {
        guard let excerpt = file.excerpts.first(where: { $0.from <= range.lowerBound && range.upperBound <= $0.to })
        else { preconditionFailure("lines \(range) are in no excerpt; add them to scripts/esis-fixtures.py") }
        return Array(excerpt.lines[(range.lowerBound - excerpt.from)...(range.upperBound - excerpt.from)])
    }

    /// The lines as running text, undoing the PDF extraction's layout only:
    /// - empty lines and page furniture (running headers, page numbers, link lines) dropped;
    /// - lines joined with one space, runs of spaces collapsed;
    /// - a word the layout hyphenated at a line end ("vahvista-" + "minen") joined without
    ///   the hyphen, when the next line goes on in lower case and the hyphen is not a
    ///   suspended compound ("sosiaali- ja …").
    static func text(_ range: ClosedRange<Int>) -> String {
        var out = ""
        for raw in lines(range) {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || isPageFurniture(line) { continue }
            if out.isEmpty {
                out = line
            } else if out.hasSuffix("-"), out.dropLast().last?.isLetter == true, line.first?.isLowercase == true,
                !["ja ", "tai ", "kuin "].contains(where: { line.hasPrefix($0) })
            {
                out.removeLast()
                out += line
            } else {
                out += " " + line
            }
        }
        while out.contains("  ") { out = out.replacingOccurrences(of: "  ", with: " ") }
        return out
    }

    static func isPageFurniture(_ line: String) -> Bool {
        line.hasPrefix("http://") || line.hasPrefix("https://") || line == "Tutkimukselliset työkalut – osio 2"
            || (line.hasPrefix("THL – Ohjaus 10/2023 ") && line.hasSuffix(" Osallisuuden edistäjän opas"))
            || line.allSatisfy(\.isNumber)
    }
}

@Suite("THL guide excerpts")
struct GuideTextTests {
    @Test func theCommittedExcerptsAreTheSeedsLines() throws {
        guard let seed = GuideText.seedLines else {
            // A fresh clone has no ../shared: the committed excerpts stand in for the seed.
            return
        }
        for excerpt in GuideText.file.excerpts {
            let lines = Array(seed[(excerpt.from - 1)..<excerpt.to])
            #expect(lines == excerpt.lines, "lines \(excerpt.from)–\(excerpt.to) differ from the seed")
        }
    }

    @Test func joiningUndoesOnlyTheLayout() {
        #expect(GuideText.text(2600...2604).hasSuffix("osallisuuden kokemuksen vahvistaminen."))
        // Headers, page numbers and links between two halves of a sentence are dropped.
        #expect(GuideText.text(2113...2132).contains("Osallisuusindikaattori on käännetty eri kielille"))
    }
}
