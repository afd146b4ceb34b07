/// The Small success stories tool (Pienet onnistumistarinat -arviointityökalu), THL's
/// qualitative tool for evaluating how an activity strengthens inclusion: the guide's four
/// steps with their guidance, the interview guide's three themes with their questions, and
/// the interviewer's follow-up questions — verbatim from the guide (seed
/// `004_1d8d46e8ce5452c4.txt`, lines 2436–3221), read-only.
///
/// Text handling: lines broken by the PDF extraction are joined with one space and runs of
/// spaces collapsed to one. Where the extraction hyphenates a word at a line end
/// ("vahvista-" / "minen"), the hyphen is the layout's and the word is joined
/// ("vahvistaminen"); nothing else is changed, the guide's own typos included
/// ("Arvoitiraporttiin", line 2650).
public enum SmallSuccessStories {
    public static let name = "Pienet onnistumistarinat"

    public enum StepKind: String, Sendable, Hashable, CaseIterable, Codable {
        case preparation = "valmistelu"
        case interview = "haastattelu"
        case analysis = "analyysi"
        case reporting = "raportointi"
    }

    public struct Step: Sendable, Hashable {
        public let kind: StepKind
        /// As the guide titles the step in its summary (lines 2600–2648).
        public let title: String
        /// The step's guidance bullets from the summary, in order.
        public let guidance: [String]
        /// The heading of the longer section on the step, and where it is in the seed.
        public let section: String
        public let sectionSeedLines: ClosedRange<Int>
    }

    /// "Työkalun käyttö etenee seuraavilla askelilla." (lines 2596–2662.)
    public static let steps: [Step] = [
        Step(
            kind: .preparation, title: "Valmistelu",
            guidance: [
                "Sopii toimintaan, jonka keskeisenä tavoitteena on osallisuuden kokemuksen vahvistaminen.",
                "Haastatteluun tulee valita myönteisesti toiminnan kokeneita osallistujia, jotta positiiviset vaikutusmekanismit tulisivat esiin.",
                "Haastatteluun osallistuminen on aina vapaaehtoista.",
                "Sovella osallisuuden kokemuksiin johdattelevaa kysymysrunkoa.",
            ], section: "Valmistelut", sectionSeedLines: 2663...2734),
        Step(
            kind: .interview, title: "Haastattelu",
            guidance: [
                "Haastattelut ovat yksilöhaastatteluja, jotka toteutetaan luottamuksen ilmapiirissä ja tilassa, jossa ei ole ulkopuolisia läsnä.",
                "Tavoitteena on saada aikaan mahdollisimman luonnollinen keskustelu haastateltavan kokemuksista toiminnassa: keskity kuuntelemaan, anna tilaa ja aikaa kertoa omista kokemuksista siten, kun se on haastateltavalle luontevaa.",
                "Rohkaise haastateltavia jakamaan pieniä ja vähäpätöiseltäkin vaikuttavia arkisia kokemuksia.",
                "Tallenna keskustelut joko nauhurilla tai mahdollisimman tarkoilla muistiinpanoilla. Parasta on litteroida eli kirjoittaa äänitallenteet tekstiksi.",
            ], section: "Haastattelujen toteuttaminen", sectionSeedLines: 2736...2988),
        Step(
            kind: .analysis, title: "Analyysi",
            guidance: [
                "Kaikki tarinat eli juonelliset tapahtumien kuvaukset tunnistetaan.",
                "Tulkitse, millaisesta osallisuuden lisääntymisestä tarinat kertovat. Millainen toiminta, tilanteet tai tapahtumat lisäävät osallisuutta? Esimerkkejä: sosiaalisen vuorovaikutuksen lisääntyminen tai helpottuminen, pystyvyyden tunteiden lisääntyminen tai merkityksellisyyden tunnetta luovat kokemukset.",
                "Tyypittely: toistuvatko tietynlaiset tilanteet tai tapahtumat?",
            ], section: "Haastattelujen analyysi", sectionSeedLines: 2990...3173),
        Step(
            kind: .reporting, title: "Raportointi",
            guidance: [
                "Arvoitiraporttiin tulee kirjata tarinoiden ohella myös muita tuloksia, kuten määrällistä tietoa. Onnistumisten ohella myös epäonnistumiset on hyvä muistaa mainita.",
                "Osallistujien oma ääni kannattaa tuoda esiin siteeraamalla tarinoita.",
                "Kerro raportissa, millaisesta osallisuuden edistymisestä tarinat ovat esimerkkejä. Mitä ne kertovat toiminnan vaikuttavuudesta?",
                "Muista luottamuksellisuus. Haastateltujen henkilöllisyyden ei tule käydä ilmi raportista.",
            ], section: "Raportointi", sectionSeedLines: 3175...3217),
    ]

    public static func step(_ kind: StepKind) -> Step { steps.first { $0.kind == kind }! }

    public enum ThemeKind: String, Sendable, Hashable, CaseIterable, Codable {
        case meaningfulness = "merkityksellisyys"
        case agencyBeliefs = "toimijauskomukset"
        case qualityOfSocialRelationships = "sosiaalisten-suhteiden-laatu"
    }

    public struct InterviewTheme: Sendable, Hashable {
        public let kind: ThemeKind
        public let number: Int
        /// E.g. "Merkityksellisyys" ("Teema 1: Merkityksellisyys").
        public let title: String
        /// The theme's questions as the guide lists them, in order. The extraction prints
        /// them all as one level of bullets; the more specific ones ("Voitko antaa
        /// esimerkkiä?", "Keneltä?") follow up the one before them, and are kept in place
        /// rather than split off by guesswork.
        public let questions: [String]
    }

    /// "Haastattelu jakautuu kolmeen teemaan: merkityksellisyyden kokemukseen,
    /// toimijauskomuksiin ja sosiaalisten suhteiden koettuun laatuun." (lines 2857–2930.)
    public static let themes: [InterviewTheme] = [
        InterviewTheme(
            kind: .meaningfulness, number: 1, title: "Merkityksellisyys",
            questions: [
                "Miltä osallistuminen on sinusta tuntunut? Millainen merkitys hankkeeseen osallistumisella on sinulle ollut?",
                "Millaiset asiat toiminnassa ovat olleet hyviä? Millaiset ovat huonoja?",
                "Miten olet hyötynyt toiminnasta? / Millaisia vaikutuksia toiminnalla on sinulle ollut?",
                "Voitko antaa esimerkkiä?",
                "Miten vaikutukset näkyvät arkielämässäsi? Terveydessä tai hyvinvoinnissa?",
                "Teetkö nyt jotain asioita eri tavalla kuin aikaisemmin?",
            ]),
        InterviewTheme(
            kind: .agencyBeliefs, number: 2, title: "Toimijauskomukset",
            questions: [
                "Millaisiin asioihin olet voinut vaikuttaa toiminnassa?",
                "Esimerkiksi toiminnan sisältöihin? Tai elinympäristöön? Tai omaan elämään?",
                "Millä tavalla? Voitko kuvata tilannetta, jossa pystyit vaikuttamaan?",
                "Oletko oppinut jotain uutta?",
                "Mitä? Millainen se kokemus oli?",
                "Oletko havainnut muutoksia itseluottamuksessasi? Miten ne näkyvät elämässäsi?",
                "Onko osallistuminen vaikuttanut tulevaisuuden suunnitelmiisi? Miten?",
            ]),
        InterviewTheme(
            kind: .qualityOfSocialRelationships, number: 3, title: "Sosiaalisten suhteiden laatu",
            questions: [
                "Oletko saanut uusia tuttavia tai ystäviä?",
                "Keitä? Millaisissa tilanteissa näet heitä?",
                "Miten näkemyksesi on otettu huomioon toiminnassa?",
                "Millaisissa tilanteissa tai asioissa esimerkiksi?",
                "Millaista palautetta olet saanut osallistuessasi?",
                "Keneltä?",
                "Millainen se tilanne oli?",
            ]),
    ]

    public static func theme(_ kind: ThemeKind) -> InterviewTheme { themes.first { $0.kind == kind }! }

    /// The guide allows themes of the team's own (lines 2863–2867), so the interview screen
    /// offers room for them beside the three.
    public static let ownThemesNote =
        "Haastattelurunko on viitteellinen ja teemoiksi voidaan ottaa muitakin osallisuuden kokemukseen vaikuttavia tai arvioitavan toiminnan kannalta tärkeitä tekijöitä, kuten hallittavuus ja ennakoitavuus."

    /// Follow-up questions that help a story along (lines 2847–2855: "Tällaiset
    /// jatkokysymykset ovat koepalloja, joihin haastateltava voi vastata pienellä
    /// tarinalla."), without the guide's quotation marks.
    public static let followUpQuestions = [
        "miltä se sinusta tuntui",
        "miten se vaikutti sinun toimintakykyysi",
        "miten muutos näkyy arkipäivässäsi",
    ]

    /// Encouraging comments for every experience told (lines 2811–2815).
    public static let encouragingComments = [
        "tuohan kuulostaa hyvältä",
        "tuollakin on merkitystä",
        "tuokin kuulostaa onnistumiselta",
    ]

    /// Whether the growth in inclusion shows in everyday life (lines 2823–2827).
    public static let everydayLifeQuestions = [
        "Uskalletaanko tehdä jotain, mitä ei ennen uskallettu?",
        "Tehdäänkö jotain asioita nyt toisin kuin aikaisemmin?",
        "Onko elämä jotenkin parempaa kuin ennen?",
    ]

    /// "Hyvän haastattelun periaatteita" (lines 2942–2988), shown with the consent and
    /// privacy text of the preparation step.
    public static let goodInterviewPrinciples = [
        "Haastatteluun osallistuminen on aina vapaaehtoista. Haastattelun saa keskeyttää ja tutkimuksesta perääntyä. Ketään ei voi pakottaa jakamaan kokemuksiaan muille. Painostaminen vähentää osallisuuden kokemusta.",
        "Kun pyydät osallistujaa haastateltavaksi, selosta haastateltaville haastattelun käyttötarkoitus ja eteneminen selkeästi. Kysy suostumusta uudelleen sitten, kun tiedät, että haastateltava on ymmärtänyt, mistä on haastatteluissa kysymys.",
        "Haastattelut on tallennettava mahdollisimman tarkkaan. Paras tapa, on nauhoittaa haastattelut ja kirjata puhe nauhoituksista yksityiskohtaisesti tekstiksi. Toinen tapa on kirjoittaa keskustelun kuluessa tarinat muistiin mahdollisimman tarkkaan, mieluiten yhdessä haastateltavan kanssa.",
        "Jos mahdollista, kunkin haastatellun puheesta tunnistetut tarinat voi antaa tarkastettavaksi hänelle itselleen, jotta hän voi tarkistaa, onko hän niistä samaa mieltä. Tämä on erityisen suotavaa, jos haastattelut on kirjattu ylös vain muistiinpanoin.",
        "Tarinat on syytä anonymisoida siten, ettei puhujien henkilöllisyys käy niistä ilmi.",
        "Haastatteluissa tuotettua materiaalia ei tule antaa ulkopuolisten nähtäväksi. Anonymisoimaton materiaali tulee säilyttää esimerkiksi lukitussa kaapissa, ettei se joudu ulkopuolisten nähtävillä edes vahingossa. Parasta on hävittää haastattelut, kun niitä ei enää käytetä.",
        "Haastatteluun osallistumisesta ei tule maksaa korvausta, koska muuten haastateltavalle voisi tulla painetta myötäillä haastattelijan oletettuja ajatuksia. Sen sijaan pienet kiitoksen osoitukset kuten kahvit tai karamellit ovat paikallaan.",
        "Haastatteluissa tulee antaa riittävästi aikaa vastauksille. Haastateltava voi puhua hitaasti tai hän voi miettiä hiljaa pitkiäkin aikoja. Haastattelijan ei tule häiritä tätä.",
    ]

    /// What counts as a story (lines 3019–3021): the test for marking an excerpt as a
    /// small success story.
    public static let storyDefinition =
        "Tarina on mikä tahansa tapahtuman kuvaus, jossa on ajallisesti etenevä rakenne, vähintään alku ja loppu."

    /// Typology (lines 3096–3108): recurring story types point to the mechanisms at work.
    public static let typologyGuidance =
        "Kun pienet onnistumistarinat ja niissä kuvatut vaikutukset on tunnistettu, pohditaan, toistuvatko kokemuksissa tietyntyyppiset tarinat, esimerkiksi positiivisen palautteen saaminen, mahdollisuudet vaikuttaa tai uusien tehtävien parissa saadut oivallukset omasta kyvykkyydestä. Toistuvat tarinatyypit kuvaavat toiminnassa todennäköisesti vaikuttavia mekanismeja. Laadullisessa arvioinnissa yksikin tarina on riittävä määrä todentamaan vaikutusta, mutta uskottavuus lisääntyy, jos samankaltaisia tarinoita on useampia."
}
