import RinnallaCore
import Testing

@Suite("Observation rules")
struct ObservationRulesTests {
    @Test func aValidIdentityCodeIsRefusedAnywhereInTheText() {
        #expect(ObservationRules.identifying(in: "Tavattu 131052-308T asemalla") == .identityCode)
        #expect(ObservationRules.identifying(in: "131052-308t") == .identityCode)
        #expect(ObservationRules.identifying(in: "(010101A123N)") == .identityCode)
        // The check character is wrong: not an identity code, and not a phone number either.
        #expect(ObservationRules.identifying(in: "131052-308U") == nil)
    }

    @Test func phoneNumbersAreRefusedInTheUsualFinnishForms() {
        for text in ["soita 040 123 4567", "p. 0401234567", "+358 40 1234567", "numero (09) 310 12345", "050-1234567"] {
            #expect(ObservationRules.identifying(in: text) == .phoneNumber, "\(text)")
        }
    }

    @Test func datesYearsAndCountsAreNotPhoneNumbers() {
        for text in [
            "Kevät 2025-2026: asunnottomuus lisääntyi", "12.3.2026 klo 14-16", "noin 150 nuorta", "0 - 5 kertaa",
            "Asemalla 3–4 henkilöä viikoittain",
        ] {
            #expect(ObservationRules.identifying(in: text) == nil, "\(text)")
        }
    }

    @Test func emailAddressesAreRefused() {
        #expect(ObservationRules.identifying(in: "laita viestiä matti.m@example.fi.") == .emailAddress)
        #expect(ObservationRules.identifying(in: "@kanava ja some-tili") == nil)
        #expect(ObservationRules.identifying(in: "kokous @ 10") == nil)
    }

    @Test func tagsAreTrimmedLowerCasedAndUnique() {
        #expect(
            ObservationRules.tags(" Asunnottomuus, nuoret ,ASUNNOTTOMUUS,, Päihteet ") == [
                "asunnottomuus", "nuoret", "päihteet",
            ])
        #expect(ObservationRules.tags(" , ").isEmpty)
    }
}
