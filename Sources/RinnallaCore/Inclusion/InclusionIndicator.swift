/// The inclusion indicator (osallisuusindikaattori, Experiences of Social Inclusion Scale,
/// ESIS) in Finnish, exactly as THL's guide prints the form: *Osallisuuden edistäjän opas*
/// (THL – Ohjaus 10/2023), part 2, Kuva 2 and Taulukko 1 (seed
/// `004_1d8d46e8ce5452c4.txt`, lines 2339–2408; the same items as a numbered list at
/// lines 2055–2085).
///
/// The guide forbids any change (lines 2314–2322): "Osallisuusindikaattorin pääkysymystä,
/// ohjaavaa lausetta, vastausvaihtoehtoja, väittämiä tai niiden järjestystä ei saa millään
/// tavalla muuttaa tai muunnella, eikä jättää pois." So this is the one read-only
/// definition; the forms, the paper form, the import and the exports all read it, and a
/// test compares it with the guide's text.
public enum InclusionIndicator {
    /// Stable code stored with every response.
    public static let code = "esis"
    public static let name = "Osallisuusindikaattori"
    /// Line 1883: "(engl. Experiences of Social Inclusion Scale, ESIS)".
    public static let englishName = "Experiences of Social Inclusion Scale, ESIS"
    /// Printed under the form (line 2408).
    public static let copyright = "© Terveyden ja hyvinvoinnin laitos, 2019, all rights reserved"
    public static let source =
        "THL: Osallisuuden edistäjän opas, THL – Ohjaus 10/2023, osio 2, Kuva 2 (Osallisuusindikaattori) ja Taulukko 1 (Osallisuusindikaattorin pisteytys)"

    /// Ten statements, each answered on five options.
    public static let statementCount = 10
    public static let optionCount = 5
    /// The points of the options (Taulukko 1, lines 2341–2353): 1 … 5.
    public static let values: ClosedRange<Int> = 1...5

    /// The form in Finnish. The statements are those of Kuva 2 (lines 2385–2406), which
    /// prints them without the full stops of the numbered list at lines 2061–2079; the
    /// guiding sentence is that of Kuva 2 (line 2365), with its full stop. The first
    /// statement is broken over two lines in the extraction (2385–2386) and joined with
    /// one space; no word is hyphenated across lines in the form.
    public static let finnish = InclusionIndicatorWording(
        language: "fi",
        source: source,
        question: "Mitä mieltä olet seuraavista väittämistä?",
        guidingSentence: "Merkitse jokaisen väittämän kohdalla se vaihtoehto, joka kuvaa parhaiten omaa kokemustasi.",
        statements: [
            "Tunnen, että päivittäiset tekemiseni ovat merkityksellisiä",
            "Saan myönteistä palautetta tekemisistäni",
            "Kuulun itselleni tärkeään ryhmään tai yhteisöön",
            "Olen tarpeellinen muille ihmisille",
            "Pystyn vaikuttamaan oman elämäni kulkuun",
            "Tunnen, että elämälläni on tarkoitus",
            "Pystyn tavoittelemaan minulle tärkeitä asioita",
            "Saan itse apua silloin, kun sitä todella tarvitsen",
            "Koen, että minuun luotetaan",
            "Pystyn vaikuttamaan joihinkin elinympäristöni asioihin",
        ],
        // Taulukko 1 (lines 2345–2353), in the order of the points 1 … 5.
        options: [
            "täysin eri mieltä",
            "jokseenkin eri mieltä",
            "ei samaa eikä eri mieltä",
            "jokseenkin samaa mieltä",
            "täysin samaa mieltä",
        ])

    /// The options with their points, as Taulukko 1 scores them. No statement is scored the
    /// other way round: every statement is worded so that agreeing means more inclusion,
    /// and the formula (Kuva 3, lines 2409–2417) simply adds the points.
    public static var options: [InclusionResponseOption] { finnish.responseOptions }

    /// The statements numbered 1 … 10 in the guide's order.
    public static var statements: [String] { finnish.statements }

    /// Conditions of use the pages around the form must show (verbatim, joined lines).
    public enum Guidance {
        /// Lines 2022–2028: not for assessing an individual client.
        public static let notForIndividualAssessment =
            "Tämän kirjan kirjoittamishetkellä emme suosittele osallisuusindikaattorin käyttöä asiakkaan yksilöarvioinnissa osana yksilötason asiakasohjausta, koska asiaa ei ole tutkittu tarpeeksi."
        /// Lines 2323–2327: self-completion; the interview form was not validated.
        public static let selfCompletion =
            "Vastaajan tulisi mahdollisuuksien mukaan täyttää osallisuusindikaattori itse. Haastattelumuotoa ei ole tarkistettu ja sitä on vältettävä."
        /// Lines 2314–2322: the wording may not be changed.
        public static let noChanges =
            "Osallisuusindikaattorin pääkysymystä, ohjaavaa lausetta, vastausvaihtoehtoja, väittämiä tai niiden järjestystä ei saa millään tavalla muuttaa tai muunnella, eikä jättää pois."
        /// Lines 2419–2421: every statement must be answered.
        public static let noMissingValues =
            "Kaavasta seuraa, että puuttuvat arvot (väittämät, joihin ei ole vastattu) eivät ole sallittuja. Osallisuusindikaattori on validoitu sallimatta puuttuvia arvoja."
        /// Lines 2128–2130: other languages come from THL (official translations only).
        public static let translations =
            "Osallisuusindikaattori on käännetty eri kielille (mm. englanti, ruotsi, venäjä, pohjoissaame, arabia, somali). Pyydä kieliversioilta THL:n osallisuustiimin tutkijoilta."
    }
}

/// One response option: its points and its wording.
public struct InclusionResponseOption: Sendable, Hashable, Codable {
    public let value: Int
    public let text: String
}

/// The wording of the indicator in one language: the Finnish original or an official
/// translation installed as a data file (`InclusionIndicatorTranslation`).
public struct InclusionIndicatorWording: Sendable, Hashable, Codable {
    /// Language code, e.g. `fi`, `sv`, `en`.
    public let language: String
    /// Where the wording comes from (for a translation: THL's official version and its
    /// attribution).
    public let source: String
    public let question: String
    public let guidingSentence: String
    /// Exactly 10, in the original's order.
    public let statements: [String]
    /// Exactly 5, for the points 1 … 5 in this order.
    public let options: [String]

    public var responseOptions: [InclusionResponseOption] {
        options.enumerated().map { InclusionResponseOption(value: $0.offset + 1, text: $0.element) }
    }
}
