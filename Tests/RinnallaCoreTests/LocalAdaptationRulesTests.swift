import Testing

@testable import RinnallaCore

/// A unit's local adaptations and yearly self-rating of an operating model's core elements
/// (issue 17), with seed 002's own adaptation examples as the worked cases.
@Suite("Local adaptations and core element self-rating")
struct LocalAdaptationRulesTests {
    static let today = Day(2026, 12, 5)

    @Test func theSeedsExamplesAreValidAdaptations() throws {
        // The social rehabilitation model's examples (seed 002, lines 109–111).
        for text in [
            "MTP-osaamisen tarve", "Liikkuvan työn edellyttämä minibussi jne.",
            "Digi-ratkaisut harvaan asutuilla seuduilla",
        ] {
            let valid = try LocalAdaptationRules.validate(text: "  \(text)\n", day: "3.2.2026", today: Self.today)
            #expect(valid == .init(text: text, day: Day(2026, 2, 3)))
        }
    }

    @Test func theDayIsISOOrFinnishAndNotInTheFuture() throws {
        #expect(
            try LocalAdaptationRules.validate(text: "Minibussi", day: "2026-12-05", today: Self.today).day == Self.today
        )
        #expect(throws: FieldProblem(.logicModelUnitErrorDayFuture, field: "day")) {
            try LocalAdaptationRules.validate(text: "Minibussi", day: "6.12.2026", today: Self.today)
        }
        for day in [nil, "", "31.2.2026", "2026-13-01", "eilen", "5.12.20266"] {
            #expect(throws: FieldProblem(.logicModelUnitErrorDayInvalid, field: "day")) {
                try LocalAdaptationRules.validate(text: "Minibussi", day: day, today: Self.today)
            }
        }
    }

    @Test func theTextIsRequiredAndBounded() throws {
        for text in [nil, "", " \n "] {
            #expect(throws: FieldProblem(.logicModelUnitErrorTextRequired, field: "text")) {
                try LocalAdaptationRules.validate(text: text, day: "1.1.2026", today: Self.today)
            }
        }
        let longest = String(repeating: "ä", count: LocalAdaptationRules.maximumTextLength)
        #expect(try LocalAdaptationRules.validate(text: longest, day: "1.1.2026", today: Self.today).text == longest)
        #expect(throws: FieldProblem(.logicModelUnitErrorTextTooLong, field: "text", arguments: ["max": "2000"])) {
            try LocalAdaptationRules.validate(text: longest + "ä", day: "1.1.2026", today: Self.today)
        }
    }

    static func rate(_ rating: String?, _ reason: String?) throws(FieldProblem) -> CoreElementRatingRules.Valid? {
        try CoreElementRatingRules.validate(
            rating: rating, reason: reason, element: "group-activity", ratingField: "rating-group-activity",
            reasonField: "reason-group-activity")
    }

    @Test func deliveredNeedsNoReasonButPartlyAndNotYetDo() throws {
        // The seed's marks "X X X" under the table: one mark per core element, here worded.
        #expect(try Self.rate("delivered", nil) == .init(rating: .delivered, reason: nil))
        #expect(
            try Self.rate("delivered", " Ryhmät kokoontuvat viikoittain ")
                == .init(rating: .delivered, reason: "Ryhmät kokoontuvat viikoittain"))
        #expect(
            try Self.rate("partly", "Vertaistukiryhmä vain Länsi-alueella")
                == .init(rating: .partly, reason: "Vertaistukiryhmä vain Länsi-alueella"))
        let required = FieldProblem(
            .logicModelUnitErrorReasonRequired, field: "reason-group-activity", arguments: ["element": "group-activity"]
        )
        #expect(throws: required) { try Self.rate("partly", "  ") }
        #expect(throws: required) { try Self.rate("not-yet", nil) }
    }

    @Test func nothingChosenLeavesTheElementAndAReasonNeedsARating() throws {
        #expect(try Self.rate(nil, nil) == nil)
        #expect(try Self.rate("", " ") == nil)
        #expect(
            throws: FieldProblem(
                .logicModelUnitErrorRatingMissing, field: "rating-group-activity",
                arguments: ["element": "group-activity"])
        ) { try Self.rate(nil, "Ei vielä ryhmiä") }
        #expect(
            throws: FieldProblem(
                .logicModelUnitErrorRatingInvalid, field: "rating-group-activity",
                arguments: ["element": "group-activity"])
        ) { try Self.rate("X", nil) }
        let long = String(repeating: "x", count: CoreElementRatingRules.maximumReasonLength + 1)
        #expect(throws: FieldProblem.self) { try Self.rate("not-yet", long) }
    }

    @Test func aYearIsFromTheFirstToTheRunningOne() throws {
        #expect(CoreElementRatingRules.years(today: Self.today) == 2020...2026)
        #expect(try CoreElementRatingRules.year(" 2025 ", today: Self.today) == 2025)
        for text in [nil, "2027", "2019", "20x6", "+2026", "٢٠٢٦"] {
            #expect(
                throws: FieldProblem(
                    .logicModelUnitErrorYearInvalid, field: "year", arguments: ["first": "2020", "last": "2026"])
            ) { try CoreElementRatingRules.year(text, today: Self.today) }
        }
    }

    @Test func everyRatingHasItsWords() {
        #expect(CoreElementRating.allCases.map(\.rawValue) == ["delivered", "partly", "not-yet"])
        #expect(CoreElementRating.allCases.filter(\.needsReason) == [.partly, .notYet])
        for rating in CoreElementRating.allCases {
            for language in Language.allCases {
                #expect(!Localizer.shared.text(rating.l10nKey, language).isEmpty)
            }
        }
        #expect(Localizer.shared.text(CoreElementRating.partly.l10nKey, .fi) == "Toteutuu osittain")
    }
}
