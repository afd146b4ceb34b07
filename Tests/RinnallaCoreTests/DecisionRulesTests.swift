import Testing

@testable import RinnallaCore

@Suite("Social rehabilitation decisions")
struct DecisionRulesTests {
    /// The handbook's example decision runs 4.1.–3.4.2024.
    @Test func aDecisionLastsUntilTheDayBeforeTheSameDateThreeMonthsLater() {
        #expect(DecisionRules.latestEnd(ofDecisionStarting: Day(2024, 1, 4)) == Day(2024, 4, 3))
        #expect(DecisionRules.latestEnd(ofDecisionStarting: Day(2024, 1, 1)) == Day(2024, 3, 31))
        #expect(DecisionRules.latestEnd(ofDecisionStarting: Day(2023, 11, 30)) == Day(2024, 2, 29))
        #expect(DecisionRules.latestEnd(ofDecisionStarting: Day(2024, 1, 31)) == Day(2024, 4, 30))
        #expect(DecisionRules.latestEnd(ofPeriodStarting: Day(2024, 1, 4)) == Day(2025, 1, 3))
    }

    @Test func theHandbookExampleIsAccepted() throws {
        try DecisionRules.check(DayRange(Day(2024, 1, 4), Day(2024, 4, 3)), existing: [])
    }

    @Test func aLongerDecisionIsRefusedNamingTheLatestEnd() {
        #expect(throws: DecisionRules.Violation.longerThanThreeMonths(latestEnd: Day(2024, 4, 3))) {
            try DecisionRules.check(DayRange(Day(2024, 1, 4), Day(2024, 4, 4)), existing: [])
        }
    }

    @Test func continuationsFollowWithoutAGapOrOverlap() throws {
        let first = DayRange(Day(2024, 1, 4), Day(2024, 4, 3))
        try DecisionRules.check(DayRange(Day(2024, 4, 4), Day(2024, 7, 3)), existing: [first])
        #expect(throws: DecisionRules.Violation.gap(expectedStart: Day(2024, 4, 4))) {
            try DecisionRules.check(DayRange(Day(2024, 4, 10), Day(2024, 7, 9)), existing: [first])
        }
        #expect(throws: DecisionRules.Violation.overlaps(first)) {
            try DecisionRules.check(DayRange(Day(2024, 4, 1), Day(2024, 6, 30)), existing: [first])
        }
        #expect(throws: DecisionRules.Violation.endBeforeStart) {
            try DecisionRules.check(DayRange(Day(2024, 5, 1), Day(2024, 4, 30)), existing: [first])
        }
    }

    @Test func thePeriodEndsAfterTwelveMonths() throws {
        var decisions = [DayRange(Day(2024, 1, 4), Day(2024, 4, 3))]
        while let next = DecisionRules.nextDecision(after: decisions, startingIfFirst: Day(2024, 1, 4)) {
            try DecisionRules.check(next, existing: decisions)
            decisions.append(next)
        }
        #expect(decisions.count == 4)
        #expect(decisions.last == DayRange(Day(2024, 10, 4), Day(2025, 1, 3)))
        #expect(throws: DecisionRules.Violation.pastTwelveMonths(latestEnd: Day(2025, 1, 3))) {
            try DecisionRules.check(DayRange(Day(2025, 1, 4), Day(2025, 2, 3)), existing: decisions)
        }
    }

    @Test func aShortLastDecisionIsCutAtTheYear() {
        let decisions = [
            DayRange(Day(2024, 1, 4), Day(2024, 4, 3)), DayRange(Day(2024, 4, 4), Day(2024, 7, 3)),
            DayRange(Day(2024, 7, 4), Day(2024, 11, 3)),
        ]
        #expect(
            DecisionRules.nextDecision(after: decisions, startingIfFirst: Day(2024, 1, 4))
                == DayRange(Day(2024, 11, 4), Day(2025, 1, 3)))
    }

    @Test func violationsCarryTheirMessageArguments() {
        let violation = DecisionRules.Violation.longerThanThreeMonths(latestEnd: Day(2024, 4, 3))
        #expect(violation.arguments == ["date": "3.4.2024"])
        #expect(Localizer.shared.text(violation.key, .fi, violation.arguments).contains("3.4.2024"))
    }
}

@Suite("Decision texts")
struct DecisionTextTests {
    /// The handbook's example decision, word for word where the data is the same.
    @Test func theHandbookRehabilitationDecision() {
        let text = DecisionTexts.rehabilitation(
            .init(
                range: DayRange(Day(2024, 1, 4), Day(2024, 4, 3)), individualMeetings: 6, groupSessions: 4,
                allowanceCentsPerDay: 900,
                goals: [
                    "kodin ulkopuolisen mielekkään toiminnan aloittaminen",
                    "virasto- ja muissa asiointikäynneissä tukeminen",
                ],
                isContinuation: false))
        #expect(
            text.hasPrefix(
                "Asiakkaan kanssa sovittu sosiaalisen kuntoutuksen aloituksesta. Sosiaalinen kuntoutus toteutetaan ajalla 4.1.-3.4.2024, jona aikana tehostetun yksilötyön tapaamisia noin 6 kertaa ja ryhmätoiminnan tapaamisia noin 4 kertaa. Asiakas saa toimintarahaa 9 euroa jokaiselta toimintapäivältä. Toimintaraha maksetaan kuukausittain jälkikäteen toteutuman mukaisesti."
            ))
        #expect(
            text.contains(
                "Sosiaalisen kuntoutuksen tavoitteina on:\n- kodin ulkopuolisen mielekkään toiminnan aloittaminen\n"))
        #expect(text.contains("Kyseessä on jatkopäätös: Ei"))
        #expect(text.contains("Ratkaisun laji: Myönteinen"))
        #expect(
            text.contains(
                "Ratkaisu ja perustelut: Sinulle myönnetään sosiaalista kuntoutusta ajalle 4.1.-3.4.2024 sosiaalihuoltolain 17 §:n mukaisesti. Palvelun sisällöstä on sovittu tarkemmin palvelutarpeen arvioinnissa ja/tai asiakassuunnitelmassa."
            ))
        #expect(
            text.hasSuffix(
                "Asianosaisen mielipide on selvitetty: Kyllä\nTapa, jolla asianosaisen mielipide on selvitetty: Tavattu"
            ))
    }

    @Test func theHandbookTravelTicketDecision() {
        let text = DecisionTexts.travelTicket(
            .init(
                range: DayRange(Day(2024, 1, 4), Day(2024, 4, 3)), zones: "AB", discount: "eläkeläisalennus"))
        #expect(text.contains("Asiakas saa matkakortista eläkeläisalennuksen."))
        #expect(
            text.contains(
                "Myönnetään ehkäisevänä toimeentulotukena maksusitoumus HSL-matkakortin kausilipun lataukseen AB-vyöhykkeen matkoihin 90 vuorokauden ajalle, eläkeläisalennus. Maksusitoumukseen sisältyy tarvittaessa HSL-kortti."
            ))
    }

    @Test func decisionNumbersAreYearAndSequence() {
        #expect(DecisionNumber.make(year: 2024, sequence: 12_345_678) == "202412345678")
        #expect(DecisionNumber.sequence(of: "202400000042", year: 2024) == 42)
        #expect(DecisionNumber.sequence(of: "202300000042", year: 2024) == nil)
    }
}
