/// The 24 auxiliary questions of inclusion (Osallisuuden 24 apukysymystä, "Edistääkö
/// toiminta osallisuutta?"), verbatim from THL's guide (seed `004_1d8d46e8ce5452c4.txt`,
/// lines 3255–3448), in its groups: the three domains of inclusion, the second divided in
/// two, then the closing group on structures that make the good practices last. Where the
/// guide gives an example list under a question ("Esim. …"), it is the question's
/// `examples`; an example written into the question itself (question 10) stays there.
///
/// Text handling as in `SmallSuccessStories`: lines joined with one space, a word
/// hyphenated at a line end by the layout joined ("mielipi-" / "dekirjoitus" →
/// "mielipidekirjoitus"), hyphens inside a line kept ("yhteis- tai", "-tuottama").
public enum AuxiliaryQuestions {
    public static let title = "Edistääkö toiminta osallisuutta? 24 apukysymystä"

    public enum GroupKind: String, Sendable, Hashable, CaseIterable, Codable {
        /// Osallisuus omassa elämässä.
        case ownLife = "osallisuus-omassa-elamassa"
        /// Osallisuus yhteisöissä ja vaikuttamisen prosesseissa.
        case communitiesAndInfluence = "osallisuus-yhteisoissa"
        /// Osallisuus yhteisestä hyvästä.
        case commonGood = "osallisuus-yhteisesta-hyvasta"
        /// Osallisuutta edistävien rakenteiden luominen (the closing group).
        case lastingStructures = "rakenteiden-luominen"
    }

    public struct Question: Sendable, Hashable {
        /// 1 … 24.
        public let number: Int
        public let text: String
        /// The guide's example list under the question, if any.
        public let examples: String?

        init(_ number: Int, _ text: String, examples: String? = nil) {
            self.number = number
            self.text = text
            self.examples = examples
        }
    }

    public struct Section: Sendable, Hashable {
        /// A subheading inside a group, if the guide has one.
        public let title: String?
        public let questions: [Question]
    }

    public struct Group: Sendable, Hashable {
        public let kind: GroupKind
        public let title: String
        /// A sentence the guide prints under the group's title.
        public let introduction: String?
        public let sections: [Section]

        public var questions: [Question] { sections.flatMap(\.questions) }
    }

    public static let groups: [Group] = [
        Group(
            kind: .ownLife, title: "Osallisuus omassa elämässä", introduction: nil,
            sections: [
                Section(
                    title: nil,
                    questions: [
                        Question(
                            1,
                            "Miten houkuttelette mukaan ihmisiä, jotka eivät koe julkisia tiloja turvallisiksi tai jotka vetäytyvät omiin oloihin rahan puutteen tai muiden vaikeuksien vuoksi?"
                        ),
                        Question(
                            2,
                            "Mitä teette, jotta yksin jääneet tulisivat a) löydetyiksi, b) kunnioittaen kohdatuiksi, c) vuorovaikutukseen innostetuiksi ja d) palveluihin, toimintaan tai työelämään saatetuiksi?"
                        ),
                        Question(
                            3,
                            "Etsitäänkö toimintaan tai palveluun osallistujan kanssa hänelle sopivia ratkaisuja? Millä tavalla?"
                        ),
                        Question(
                            4,
                            "Voiko toimintaan osallistua halutessaan vain sivustakatsojana tai pienellä ja satunnaisellakin panoksella?"
                        ),
                        Question(
                            5, "Saako osallistuja olla toimija eikä toiminnan kohde? Miten se tehdään käytännössä?"),
                        Question(6, "Saako osallistuja kokeilla erilaisia rooleja? Miten se tehdään käytännössä?"),
                        Question(
                            7,
                            "Järjestättekö tapahtumia ja toimintaa, jossa ihmiset voivat irrottautua hetkeksi arjesta? Millaisia?"
                        ),
                    ])
            ]),
        Group(
            kind: .communitiesAndInfluence, title: "Osallisuus yhteisöissä ja vaikuttamisen prosesseissa",
            introduction: nil,
            sections: [
                Section(
                    title: "Yhdessä suunnittelu ja yhteiskehittäminen",
                    questions: [
                        Question(8, "Onko osallistujien tarpeita selvitettäessä kuultu osallistujia itseään? Miten?"),
                        Question(
                            9, "Käytetäänkö palvelussa tai toiminnassa jotakin yhteiskehittämisen menetelmää?",
                            examples:
                                "Esim. kokemusasiantuntijuus, kehittäjäasiakkuus, fokusryhmä, asiakasraati tai jokin aivan uusi menetelmä."
                        ),
                        Question(
                            10,
                            "Millaista yhteiskehittämistä tai yhteistuotantoa teette? Esim. kokemusasiantuntijan vastaanotto tai kyläjuhlien järjestäminen yhdessä muiden toimijoiden kanssa."
                        ),
                        Question(
                            11,
                            "Muotoillaanko palvelua yhdessä asiakkaiden kanssa palvelumuotoilun tai muun tuotekehityksen työkalun avulla? Mitä teette käytännössä?"
                        ),
                        Question(
                            12,
                            "Millä tavalla yhteis- tai tuotekehittämiseen osallistuva voi seurata työnsä vaikuttavuutta?"
                        ),
                        Question(
                            13,
                            "Kerätäänkö yhteiskehittämisen myötä kertynyttä kokemustietoa talteen ja hyödynnetäänkö sitä paikallisesti tai valtakunnallisesti? Onko tähän luotu pysyvä rakenne?"
                        ),
                        Question(
                            14,
                            "Pyritäänkö yhteiskehittäminen vakiinnuttamaan pysyväksi käytännöksi julkisen sektorin toimialoilla? Miten?"
                        ),
                    ]),
                Section(
                    title: "Omaehtoinen ja yhteinen toiminta",
                    questions: [
                        Question(
                            15,
                            "Annetaanko osallistujille erilaisia tilaisuuksia toteuttaa itseään tai ilmaista ajatuksiaan tai mielipiteitään?",
                            examples:
                                "Esim. piirtämällä, maalaamalla, kirjoittamalla, kuvaamalla tai muulla tavoin luovasti."
                        ),
                        Question(
                            16,
                            "Millä tavoin kaikkein heikoimmassa asemassa olevat saavat osaamisensa näkyviin niin, että siitä seuraa arvostusta ja kiitosta myös oman viiteryhmän ulkopuolelta?"
                        ),
                        Question(
                            17,
                            "Etsitäänkö keinoja, joilla osallistujat voivat vaikuttaa itselle tärkeisiin asioihin lähipiirissä, elinympäristössä tai laajemmin? Mitä nämä keinot ovat?"
                        ),
                        Question(
                            18, "Lisätäänkö kansalais- ja demokratiataitoja?",
                            examples:
                                "Esim. vapaan sivistystyön keinoin, opintopiirein, avoimin tiloin tai maahanmuuttajien kielitaitoon panostamalla."
                        ),
                        Question(
                            19,
                            "Toteuttavatko osallistujat yksin tai yhdessä vertaisten ja ammattilaisten kanssa isompia tai pienempiä projekteja, joilla osallistujat saavat tärkeiksi kokemilleen asioille näkyvyyttä?",
                            examples:
                                "Esim. pop up -tapahtuma, kansalaisopiston kurssi, asennekampanja, mielipidekirjoitus, kokemustietoisku, avoin tila, flash mob, osallistavaa tiedettä tai kulttuuria."
                        ),
                        Question(
                            20, "Miten rohkaisette osallistujia köyhyyden torjuntaan tai syrjinnän ehkäisemiseen?"),
                    ]),
            ]),
        Group(
            kind: .commonGood, title: "Osallisuus yhteisestä hyvästä", introduction: nil,
            sections: [
                Section(
                    title: nil,
                    questions: [
                        Question(
                            21,
                            "Luodaanko toiminnassa yhteisiä tiloja ja yleishyödyllistä toimintaa, jossa ihmiset voivat kohdata toisensa tasavertaisina ilman, että ihmisten ongelmat tai taustat määrittäisivät kohtaamista? Pyritäänkö toiminnassa aktiivisesti siihen, että eri väestöryhmät kohtaavat?"
                        ),
                        Question(
                            22,
                            "Tarjoaako toiminta mahdollisuuden luoda yhteistä hyvää eli sosiaalista ja jopa taloudellista arvoa a) muille toimintaan osallistuville ja b) laajemmin paikallisessa yhteisössä?",
                            examples:
                                "Esim. virkistys; ympäristönhoito; yhteisten tilojen viihtyvyyden, yhteisötaiteen, harrastusmahdollisuuksien tai sosiaalisen toiminnan yhteistuotanto; tietojen ja taitojen jakaminen; osuuskuntiin osallistuminen; yhteisöllisen hyvinvoinnin ja luottamuksen rakentaminen."
                        ),
                        Question(
                            23,
                            "Tarjoaako toiminta mahdollisuuden nauttia paikallisen yhteisöllisyyden hyvistä puolista?",
                            examples:
                                "Esim. merkityksellisyyden kokemus osana yhteisöä, yhdenvertaisuuden kokemus, luottamus, yhteisöllinen hyvinvointi, toisten ihmisten seura, tiedot ja taidot."
                        ),
                    ])
            ]),
        Group(
            kind: .lastingStructures, title: "Osallisuutta edistävien rakenteiden luominen",
            introduction:
                "On tärkeää, että yllä mainitut hyvät osallisuutta edistävät keinot juurtuvat osaksi jatkuvaa toimintaa.",
            sections: [
                Section(
                    title: nil,
                    questions: [
                        Question(
                            24, "Millaisia osallisuutta lisääviä rakenteita toiminnassa luodaan? Miten?",
                            examples:
                                "Esimerkkejä rakenteista: osallisuusohjelma, kunnan ja kansalaistoimijat yhteen tuova toimintamalli (esimerkiksi kumppanuuspöytä tai kumppanuusrahoitus), verkosto, osallisuutta edistävä säännöllinen yleishyödyllinen toiminta, osallisuuden edistämisestä vastaava työntekijä, luovia toimintamalleja työssään käyttävä kiertävä kulttuurituottaja tai luova pedagogi, sosiaalityön asiakkaiden ja kansalaisopiston yhteiskehittämä ja -tuottama säännöllisesti järjestettävä kurssi."
                        )
                    ])
            ]),
    ]

    /// All 24 in order.
    public static var questions: [Question] { groups.flatMap(\.questions) }

    public static func group(of number: Int) -> Group? {
        groups.first { $0.questions.contains { $0.number == number } }
    }
}
