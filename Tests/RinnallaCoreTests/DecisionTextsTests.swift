import Foundation
import Testing

@testable import RinnallaCore

/// The decision texts against the handbook's examples (seed 003, lines 1827–1898, kept in
/// `Fixtures/handbook-decision-texts.txt`): the Finnish texts verbatim, the Swedish ones
/// with the laws named as in Swedish and no Finnish left in them (issue 15).
@Suite("Decision texts in Finnish and Swedish")
struct DecisionTextsTests {
    static let fixture: String = {
        let url =
            Bundle.module.url(forResource: "handbook-decision-texts", withExtension: "txt", subdirectory: "Fixtures")
            ?? Bundle.module.url(forResource: "handbook-decision-texts", withExtension: "txt")
        guard let url, let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("Fixtures/handbook-decision-texts.txt missing")
        }
        return text
    }()

    /// The seed's text with the PDF's line breaks and doubled spaces taken out.
    /// A word the PDF broke at a hyphen ("HSL-" / "matkakortin") is joined again.
    static let seed = normalised(fixture.replacingOccurrences(of: "-\n", with: "-"))

    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Every non-empty line of `text` must be found in the seed word for word.
    static func expectVerbatim(_ text: String, except skipped: [String] = []) {
        for line in text.split(separator: "\n").map(String.init) where !line.isEmpty {
            if skipped.contains(where: { line.hasPrefix($0) }) { continue }
            #expect(seed.contains(normalised(line)), "not in the handbook: \(line)")
        }
    }

    let decision = DayRange(Day(2024, 1, 4), Day(2024, 4, 3))
    let goals = [
        "työkykykartoitukseen ja eläkkeelle hakeutumisen selvittäminen",
        "kodin ulkopuolisen mielekkään toiminnan aloittaminen",
        "virasto- ja muissa asiointikäynneissä tukeminen",
        "asiakkaan omatoimisen selviytymisen tukeminen muuttuneessa elämäntilanteessa",
    ]

    var rehabilitation: DecisionTexts.Rehabilitation {
        .init(
            range: decision, individualMeetings: 6, groupSessions: 4, allowanceCentsPerDay: 900, goals: goals,
            isContinuation: false)
    }

    var month: AllowanceDecisionText.Input {
        let first = ActivityAllowance.months(of: decision, mode: .fromDecisionStart)[0]
        let meetings = [Day(2024, 1, 4), Day(2024, 1, 17), Day(2024, 1, 24)].map {
            ActivityAllowance.Meeting(day: $0, status: .realised)
        }
        let result = ActivityAllowance.count(
            month: first, meetings: meetings, decisions: [decision], rates: [.handbook])
        return .init(rehabilitationDecision: decision, month: result)
    }

    @Test func theFixtureIsTheSeedsText() throws {
        let seedURL = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/seeds/003_82827c2aae075d3e.txt")
        guard let data = try? Data(contentsOf: seedURL) else { return }  // not reachable in CI
        let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        #expect(lines[1826...1897].joined(separator: "\n") + "\n" == Self.fixture)
    }

    @Test func theFinnishRehabilitationDecisionIsTheHandbooksWordForWord() {
        let text = DecisionTexts.rehabilitation(rehabilitation, in: .fi)
        // The handbook writes "Kyllä/Ei" where the decision answers one of them.
        Self.expectVerbatim(text, except: ["Kyseessä on jatkopäätös:"])
        #expect(text.contains("Kyseessä on jatkopäätös: Ei"))
        #expect(Self.seed.contains("Kyseessä on jatkopäätös: Kyllä/Ei"))
    }

    @Test func theFinnishTicketAndAllowanceDecisionsAreTheHandbooksWordForWord() {
        Self.expectVerbatim(
            DecisionTexts.travelTicket(.init(range: decision, zones: "AB", discount: "eläkeläisalennus"), in: .fi))
        let input = month
        Self.expectVerbatim(
            AllowanceDecisionText.fullText(
                description: AllowanceDecisionText.description(input, in: .fi),
                resolution: AllowanceDecisionText.resolution(input, in: .fi), in: .fi))
        #expect(Self.seed.contains("Ratkaisun peruste: " + DecisionDocument.legalBasis(.allowance, .fi)))
        #expect(Self.seed.contains(DecisionDocument.title(.rehabilitation, .fi)))
        #expect(Self.seed.contains(DecisionDocument.title(.allowance, .fi)))
        #expect(Self.seed.contains(DecisionDocument.labels(.fi).decisionNumber + ": 202412345678"))
        #expect(
            Self.seed.contains(DecisionDocument.labels(.fi).result + ": " + DecisionDocument.labels(.fi).positiveResult)
        )
    }

    @Test func theSwedishTextsNameTheLawsAsInSwedish() {
        let text = DecisionTexts.rehabilitation(rehabilitation, in: .sv)
        #expect(
            text.contains(
                "Avgörande och motivering: Du beviljas social rehabilitering för tiden 4.1.-3.4.2024 enligt 17 § i socialvårdslagen."
            ))
        #expect(
            text.contains(
                "cirka 6 träffar inom intensifierat individuellt arbete och cirka 4 träffar i gruppverksamhet"))
        #expect(text.contains("Klienten får verksamhetspenning 9 euro för varje verksamhetsdag."))
        #expect(
            text.contains("- kodin ulkopuolisen mielekkään toiminnan aloittaminen"), "the worker's goals as written")
        #expect(text.contains("Det är fråga om ett fortsatt beslut: Nej"))
        #expect(text.contains("Sätt på vilket partens åsikt har utretts: Tavattu"), "the worker's own words are kept")
        #expect(DecisionDocument.legalBasis(.rehabilitation, .sv) == "17 § i socialvårdslagen")
        #expect(DecisionDocument.legalBasis(.allowance, .sv) == "13 § i lagen om utkomststöd")
        #expect(DecisionDocument.legalBasis(.travelTicket, .sv) == "13 § i lagen om utkomststöd")
        let ticket = DecisionTexts.travelTicket(
            .init(range: decision, zones: "AB", discount: "eläkeläisalennus"), in: .sv)
        #expect(ticket.contains("Klienten får pensionärsrabatt på resekortet."))
        #expect(ticket.contains("för resor i zon AB för 90 dygn, pensionärsrabatt."))
        #expect(ticket.contains("Elielplatsen 3, 00100 Helsingfors"))
        let input = month
        let allowance = AllowanceDecisionText.fullText(
            description: AllowanceDecisionText.description(input, in: .sv),
            resolution: AllowanceDecisionText.resolution(input, in: .sv), in: .sv)
        #expect(
            allowance.contains(
                "Träffar har ägt rum 4.1., 17.1. och 24.1.2024. Verksamhetspenning betalas ut för sammanlagt 3 dygn."))
        #expect(
            allowance.contains(
                "beviljas som förebyggande utkomststöd verksamhetspenning för social rehabilitering för tre dygn, 9 euro/dygn, sammanlagt 27 euro till klientens konto för tiden 4.1.-3.2.2024."
            ))
        // The Finnish text's fixed words do not leak into the Swedish one.
        for text in [
            DecisionTexts.rehabilitation(
                .init(
                    range: decision, individualMeetings: 6, groupSessions: 4, allowanceCentsPerDay: 900, goals: [],
                    isContinuation: true, opinionMethod: DecisionTexts.opinionMethodDefault(.sv)), in: .sv),
            ticket, allowance,
        ] {
            for finnish in [
                "Päätös", "Ratkaisu", "euroa", "vuorokau", "sosiaalihuoltolain", "toimeentulotu", "Asiakas",
            ] {
                #expect(!text.contains(finnish), "\(finnish) in the Swedish text")
            }
        }
    }

    @Test func theFrameIsInTheDecisionsLanguage() {
        #expect(DecisionDocument.title(.rehabilitation, .sv) == "Beslut om social rehabilitering")
        #expect(DecisionDocument.title(.travelTicket, .sv) == "Beslut om förebyggande utkomststöd")
        #expect(DecisionDocument.pageHeader(number: "202600000001", .sv) == "Beslutsnummer 202600000001")
        #expect(DecisionDocument.labels(.fi).reviewHeading == "Oikaisuvaatimusohje")
        #expect(DecisionDocument.labels(.fi).moreInformation == "Lisätietoja antaa")
        // The review instructions carry the 30-day limit and how to count it, in both languages.
        let fi = DecisionDocument.defaultReviewInstructions(.fi)
        #expect(fi.contains("30 päivän kuluessa päätöksen tiedoksisaannista"))
        #expect(fi.contains("Tiedoksisaantipäivää ei lueta määräaikaan."))
        #expect(fi.contains("hallintolain 7 a luvussa"))
        let sv = DecisionDocument.defaultReviewInstructions(.sv)
        #expect(sv.contains("inom 30 dagar från delfåendet av beslutet"))
        #expect(sv.contains("Dagen för delfåendet räknas inte in i tidsfristen."))
        #expect(sv.contains("7 a kap. i förvaltningslagen"))
        #expect(DecisionDocument.defaultService(.fi).contains("seitsemäntenä päivänä kirjeen lähettämisestä"))
        #expect(DecisionDocument.defaultService(.sv).contains("59 § i förvaltningslagen"))
    }

    @Test func theEnglishCopyIsMarkedUnofficial() {
        #expect(DecisionCourtesyCopy.notice.hasPrefix("Unofficial English translation"))
        #expect(DecisionCourtesyCopy.notice.contains("not the decision"))
        #expect(
            DecisionCourtesyCopy.pageHeader(number: "202600000001") == "Unofficial translation – decision 202600000001")
        let text = DecisionCourtesyCopy.rehabilitation(rehabilitation)
        #expect(
            text.contains(
                "You are granted social rehabilitation for 4.1.-3.4.2024 under section 17 of the Social Welfare Act."))
        let input = month
        let allowance = DecisionCourtesyCopy.allowance(
            month: input.month.month, activityDays: input.month.activityDays, totalCents: input.month.totalCents)
        #expect(
            allowance.contains(
                "Meetings took place on 4.1.2024, 17.1.2024 and 24.1.2024. The activity allowance is paid for 3 days."))
        #expect(allowance.contains("27 euros in total"))
    }

    @Test func aClientsDecisionLanguage() {
        #expect(DecisionLanguage.forClient(chosen: nil, language: "sv") == .sv)
        #expect(DecisionLanguage.forClient(chosen: nil, language: "fi") == .fi)
        #expect(DecisionLanguage.forClient(chosen: nil, language: "other") == .fi)
        #expect(DecisionLanguage.forClient(chosen: "sv", language: "other") == .sv)
        #expect(DecisionLanguage.forClient(chosen: "fi", language: "sv") == .fi)
    }

    @Test(arguments: [
        (0, "noll"), (1, "ett"), (3, "tre"), (12, "tolv"), (20, "tjugo"), (23, "tjugotre"), (31, "trettioett"),
    ])
    func swedishNumerals(number: Int, word: String) {
        #expect(SwedishNumbers.neuter(number) == word)
    }
}
