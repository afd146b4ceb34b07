import Foundation
import Testing

@testable import RinnallaCore

@Suite("Service map rules")
struct PlaceRulesTests {
    @Test(arguments: [
        "https://www.hdl.fi/d-asema-kontula/", "http://www.stoa.fi/",
        "https://www.myhelsinki.fi/fi/n%C3%A4e-ja-koe/tapahtumat/tapulin-asukastila",
    ])
    func httpAndHttpsAddressesAreAccepted(address: String) {
        #expect(PlaceRules.webAddress(address) == address)
    }

    @Test(arguments: [
        "javascript:alert(1)", "www.stoa.fi", "ftp://files.example.fi/x", "https://", "https://stoa fi/",
        "mailto:info@stoa.fi", "https://user:secret@stoa.fi/", "stoa",
    ])
    func otherAddressesAreRefused(address: String) {
        #expect(PlaceRules.webAddress(address) == nil)
    }

    @Test func searchFindsEveryWordIgnoringCaseAndAccents() {
        let fields = ["Kontulan D-asema", "Kontulankaari 1B 14A", "Kaikille avoin kohtaamispaikka."]
        #expect(PlaceRules.matches("kontula asema", in: fields))
        #expect(PlaceRules.matches("KOHTAAMISPAIKKA", in: fields))
        #expect(PlaceRules.matches("kontulankaari", in: fields))
        #expect(!PlaceRules.matches("kontula vuosaari", in: fields))
        #expect(PlaceRules.matches("  ", in: fields))
    }

    @Test func languagesAreStoredInTheListsOrderAndUnknownOnesDropped() {
        #expect(PlaceRules.encodeLanguages(["en", "fi", "xx"]) == "fi,en")
        #expect(PlaceRules.decodeLanguages("fi,en,xx") == ["fi", "en"])
        #expect(PlaceRules.decodeLanguages("") == [])
    }

    @Test(arguments: Language.allCases)
    func everyCategoryHasALabel(language: Language) {
        let labels = PlaceCategory.allCases.map { Localizer.shared.text($0.l10nKey, language) }
        #expect(Set(labels).count == PlaceCategory.allCases.count)
        #expect(labels.allSatisfy { !$0.hasPrefix("place.") })
    }
}
