import Foundation
import Testing

@testable import RinnallaCore

@Suite("Catalogs and formatting")
struct LocalizationTests {
    @Test(arguments: Language.allCases)
    func everyKeyHasATextInEveryLanguage(language: Language) throws {
        let localizer = try Localizer.loadBundled()
        #expect(localizer.missingKeys(in: language).isEmpty, "\(language): \(localizer.missingKeys(in: language))")
        #expect(localizer.unknownKeys(in: language).isEmpty, "\(language): \(localizer.unknownKeys(in: language))")
    }

    @Test(arguments: Language.allCases)
    func placeholdersMatchTheFinnishText(language: Language) throws {
        let localizer = try Localizer.loadBundled()
        func placeholders(_ text: String) -> Set<String> {
            let regex = try! NSRegularExpression(pattern: "\\{[a-zA-Z]+\\}")
            let range = NSRange(text.startIndex..., in: text)
            return Set(
                regex.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } })
        }
        for key in L10nKey.allCases {
            #expect(placeholders(localizer.text(key, language)) == placeholders(localizer.text(key, .fi)), "\(key)")
        }
    }

    /// `l10n/*.txt` is the source and `scripts/gen-l10n.py` writes the catalogs: a text
    /// added to the JSON alone would vanish at the next generation.
    @Test func theCatalogsAreGeneratedFromTheL10nFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = root.appendingPathComponent("l10n")
        var rows: [String: [String]] = [:]
        for file in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        where file.pathExtension == "txt" {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
                let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                #expect(parts.count == 4, "\(file.lastPathComponent): \(line)")
                rows[parts[0]] = Array(parts.dropFirst())
            }
        }
        let localizer = try Localizer.loadBundled()
        #expect(Set(rows.keys) == Set(L10nKey.allCases.map(\.rawValue)))
        for key in L10nKey.allCases {
            let texts = Language.allCases.map { localizer.text(key, $0) }
            #expect(rows[key.rawValue] == texts, "\(key.rawValue)")
        }
    }

    @Test func theSameKeyDiffersBetweenLanguages() {
        #expect(Localizer.shared.text(.loginTitle, .fi) == "Kirjaudu sisään")
        #expect(Localizer.shared.text(.loginTitle, .sv) == "Logga in")
        #expect(Localizer.shared.text(.loginTitle, .en) == "Log in")
        #expect(Localizer.shared.text(.homeGreeting, .fi, ["name": "Sanna"]) == "Hei, Sanna!")
    }

    @Test(arguments: [
        ("sv-FI,sv;q=0.9,en;q=0.8", Language.sv), ("en-US,en;q=0.9", .en), ("fi", .fi), ("de,en;q=0.5", .en),
        ("sv;q=0.2,fi;q=0.7", .fi), ("fi;q=0,en", .en),
    ])
    func acceptLanguage(header: String, expected: Language) {
        #expect(Language.preferred(acceptLanguage: header) == expected)
    }

    @Test func noSupportedLanguageGivesNil() {
        #expect(Language.preferred(acceptLanguage: "de-DE") == nil)
        #expect(Language.preferred(acceptLanguage: nil) == nil)
    }

    @Test func datesAreDayMonthYearInFinnishAndSwedish() {
        let day = Formatting.parseDay("4.1.2024")!
        #expect(Formatting.date(day, .fi) == "4.1.2024")
        #expect(Formatting.date(day, .sv) == "4.1.2024")
        #expect(Formatting.date(day, .en) == "4/1/2024")
        #expect(Formatting.parseDay("2024-01-04") == day)
        #expect(Formatting.parseDay("31.2.2024") == nil)
        #expect(Formatting.parseDay("yesterday") == nil)
    }

    @Test func moneyIsEurosWithACommaAndASpace() {
        #expect(Formatting.money(cents: 2700, .fi) == "27,00\u{00A0}€")
        #expect(Formatting.money(cents: 2700, .sv) == "27,00\u{00A0}€")
        #expect(Formatting.money(cents: 2700, .en) == "€27.00")
        #expect(Formatting.money(cents: 123_456_78, .fi) == "123\u{00A0}456,78\u{00A0}€")
        #expect(Formatting.money(cents: -905, .fi) == "-9,05\u{00A0}€")
    }

    @Test func csvCellsAreQuotedAndFormulasDefused() {
        #expect(CSV.line(["a", "b,c", "say \"hi\""]) == "a,\"b,c\",\"say \"\"hi\"\"\"")
        #expect(CSV.escape("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSV.escape("-5") == "-5")
        #expect(CSV.line(["a;b", "c"], separator: ";") == "\"a;b\";c")
    }
}
