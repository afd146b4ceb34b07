/// The language a decision is written in. A bilingual municipality decides in Finnish or
/// Swedish (issue 15); a client with another language gets the one of the two they chose.
/// English is never an official decision language, only a courtesy copy.
public enum DecisionLanguage: String, Sendable, Codable, CaseIterable {
    case fi
    case sv

    /// The client's decision language: the one chosen for the client, else the client's own
    /// language when it is Finnish or Swedish, else Finnish.
    public static func forClient(chosen: String?, language: String) -> DecisionLanguage {
        chosen.flatMap(DecisionLanguage.init(rawValue:)) ?? DecisionLanguage(rawValue: language) ?? .fi
    }
}

/// The frame of a printed administrative decision around the handbook's text: its
/// headings and labels in the decision's language, and the default texts of the review
/// instructions (oikaisuvaatimusohje) and of service (tiedoksianto) that an organisation
/// confirms before any decision is printed. Content, not UI: the document is in the
/// decision's language whatever language the worker reads the app in.
public enum DecisionDocument {
    public enum Kind: String, Sendable, CaseIterable {
        case rehabilitation
        case travelTicket = "travel-ticket"
        case allowance
    }

    /// The title, as the handbook heads its examples.
    public static func title(_ kind: Kind, _ language: DecisionLanguage) -> String {
        switch (kind, language) {
        case (.rehabilitation, .fi): "Päätös sosiaalisesta kuntoutuksesta"
        case (.rehabilitation, .sv): "Beslut om social rehabilitering"
        case (_, .fi): "Päätös ehkäisevästä toimeentulotuesta"
        case (_, .sv): "Beslut om förebyggande utkomststöd"
        }
    }

    /// "Ratkaisun peruste": social rehabilitation under the Social Welfare Act, the ticket
    /// and the allowance as preventive social assistance.
    public static func legalBasis(_ kind: Kind, _ language: DecisionLanguage) -> String {
        switch (kind, language) {
        case (.rehabilitation, .fi): "Sosiaalihuoltolaki 17 §"
        case (.rehabilitation, .sv): "17 § i socialvårdslagen"
        case (_, let language): AllowanceDecisionText.legalBasis(language)
        }
    }

    public struct Labels: Sendable, Equatable {
        public let decisionNumber: String
        public let decisionDate: String
        public let legalBasis: String
        public let validity: String
        public let result: String
        public let positiveResult: String
        public let negativeResult: String
        public let replaces: String
        public let client: String
        public let identityCode: String
        public let birthDate: String
        public let decisionMaker: String
        public let moreInformation: String
        public let service: String
        public let reviewHeading: String
        public let reviewBody: String
        public let reviewAddress: String
        public let page: String
    }

    public static func labels(_ language: DecisionLanguage) -> Labels {
        switch language {
        case .fi:
            Labels(
                decisionNumber: "Päätösnumero", decisionDate: "Päätöspäivä", legalBasis: "Ratkaisun peruste",
                validity: "Voimassaolo", result: "Tulos", positiveResult: "Myönteinen päätös",
                negativeResult: "Kielteinen päätös", replaces: "Korvaa päätöksen", client: "Asiakas",
                identityCode: "Henkilötunnus", birthDate: "Syntymäaika", decisionMaker: "Päätöksentekijä",
                moreInformation: "Lisätietoja antaa", service: "Tiedoksianto", reviewHeading: "Oikaisuvaatimusohje",
                reviewBody: "Oikaisuvaatimus tehdään", reviewAddress: "Osoite", page: "Sivu")
        case .sv:
            Labels(
                decisionNumber: "Beslutsnummer", decisionDate: "Beslutsdatum", legalBasis: "Grund för avgörandet",
                validity: "Giltighetstid", result: "Resultat", positiveResult: "Positivt beslut",
                negativeResult: "Negativt beslut", replaces: "Ersätter beslut", client: "Klient",
                identityCode: "Personbeteckning", birthDate: "Födelsedatum", decisionMaker: "Beslutsfattare",
                moreInformation: "Ytterligare information ges av", service: "Delgivning",
                reviewHeading: "Anvisning om begäran om omprövning",
                reviewBody: "Begäran om omprövning framställs till", reviewAddress: "Adress", page: "Sida")
        }
    }

    /// The default review instructions: who may ask, the 30-day limit and how it is
    /// counted (Administrative Procedure Act ch. 7 a; the Act on Calculating Statutory Time
    /// Limits), what the request must say. The body and its address are separate settings
    /// printed above this text. Only a default: the organisation's administrator confirms
    /// the text before any decision is printed, and a lawyer should read it first.
    public static func defaultReviewInstructions(_ language: DecisionLanguage) -> String {
        switch language {
        case .fi:
            """
            Tähän päätökseen tyytymätön voi hakea siihen oikaisua tekemällä kirjallisen oikaisuvaatimuksen. Oikaisuvaatimuksen saa tehdä se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös välittömästi vaikuttaa (asianosainen).

            Oikaisuvaatimus on tehtävä 30 päivän kuluessa päätöksen tiedoksisaannista. Tiedoksisaantipäivää ei lueta määräaikaan. Jos määräajan viimeinen päivä on pyhäpäivä, itsenäisyyspäivä, vapunpäivä, joulu- tai juhannusaatto tai arkilauantai, oikaisuvaatimuksen saa tehdä ensimmäisenä arkipäivänä sen jälkeen (laki säädettyjen määräaikain laskemisesta).

            Oikaisuvaatimuksessa on ilmoitettava tekijän nimi ja yhteystiedot, päätös, johon oikaisua haetaan, millaista oikaisua päätökseen vaaditaan ja millä perusteilla oikaisua vaaditaan. Oikaisuvaatimus on toimitettava oikaisuvaatimusajan kuluessa edellä mainittuun osoitteeseen.

            Oikaisuvaatimuksesta säädetään hallintolain 7 a luvussa.
            """
        case .sv:
            """
            Den som är missnöjd med detta beslut kan söka omprövning av det genom att framställa en skriftlig begäran om omprövning. Begäran om omprövning får framställas av den som beslutet avser eller vars rätt, skyldighet eller fördel direkt påverkas av beslutet (part).

            Begäran om omprövning ska framställas inom 30 dagar från delfåendet av beslutet. Dagen för delfåendet räknas inte in i tidsfristen. Om den sista dagen av tidsfristen är en helgdag, självständighetsdagen, första maj, julafton, midsommarafton eller en helgfri lördag, får begäran om omprövning framställas den första vardagen därefter (lagen om beräknande av laga termin).

            I begäran om omprövning ska uppges namnet på den som framställer begäran och hans eller hennes kontaktuppgifter, det beslut som begäran gäller, vilken omprövning som yrkas och på vilka grunder omprövning yrkas. Begäran om omprövning ska lämnas in till den ovan nämnda adressen inom tidsfristen.

            Bestämmelser om begäran om omprövning finns i 7 a kap. i förvaltningslagen.
            """
        }
    }

    /// The default text on how the decision is served: by ordinary letter, deemed received
    /// on the seventh day after sending unless shown otherwise (Administrative Procedure
    /// Act 59 §), or handed over in person.
    public static func defaultService(_ language: DecisionLanguage) -> String {
        switch language {
        case .fi:
            "Päätös annetaan tiedoksi asiakkaalle kirjeellä. Asiakkaan katsotaan saaneen päätöksestä tiedon seitsemäntenä päivänä kirjeen lähettämisestä, jollei muuta näytetä (hallintolaki 59 §). Jos päätös luovutetaan asiakkaalle henkilökohtaisesti, tiedoksisaantipäivä on luovutuspäivä."
        case .sv:
            "Beslutet delges klienten per brev. Klienten anses ha fått del av beslutet den sjunde dagen efter att brevet sändes, om inte något annat visas (59 § i förvaltningslagen). Om beslutet överlämnas personligen till klienten, är dagen för delfåendet den dag då beslutet överlämnades."
        }
    }

    /// The default title of the decision-maker.
    public static func defaultMakerTitle(_ language: DecisionLanguage) -> String {
        language == .sv ? "socialhandledare" : "sosiaaliohjaaja"
    }

    /// The running header printed on every page: `Päätösnumero 202600000001`.
    public static func pageHeader(number: String, _ language: DecisionLanguage) -> String {
        "\(labels(language).decisionNumber) \(number)"
    }
}
