/// The texts of the social rehabilitation and travel ticket decisions in the wording of
/// the handbook's examples, filled in from the period's data. The worker can edit them
/// before saving.
public enum DecisionTexts {
    public struct Rehabilitation: Sendable {
        public var range: DayRange
        public var individualMeetings: Int
        public var groupSessions: Int
        public var allowanceCentsPerDay: Int
        public var goals: [String]
        public var isContinuation: Bool
        public var resolution: Resolution
        public var opinionHeard: Bool
        public var opinionMethod: String

        public init(
            range: DayRange, individualMeetings: Int, groupSessions: Int, allowanceCentsPerDay: Int, goals: [String],
            isContinuation: Bool, resolution: Resolution = .positive, opinionHeard: Bool = true,
            opinionMethod: String = "Tavattu"
        ) {
            self.range = range
            self.individualMeetings = individualMeetings
            self.groupSessions = groupSessions
            self.allowanceCentsPerDay = allowanceCentsPerDay
            self.goals = goals
            self.isContinuation = isContinuation
            self.resolution = resolution
            self.opinionHeard = opinionHeard
            self.opinionMethod = opinionMethod
        }
    }

    /// Ratkaisun laji.
    public enum Resolution: String, Sendable, Codable, CaseIterable {
        case positive
        case negative

        public var finnish: String { self == .positive ? "Myönteinen" : "Kielteinen" }
    }

    public static func rehabilitation(_ input: Rehabilitation) -> String {
        let range = input.range.finnish
        let euros = AllowanceDecisionText.euros(input.allowanceCentsPerDay)
        let agreed =
            input.isContinuation
            ? "Asiakkaan kanssa sovittu sosiaalisen kuntoutuksen jatkamisesta."
            : "Asiakkaan kanssa sovittu sosiaalisen kuntoutuksen aloituksesta."
        var lines = [
            "\(agreed) Sosiaalinen kuntoutus toteutetaan ajalla \(range), jona aikana tehostetun yksilötyön tapaamisia noin \(input.individualMeetings) kertaa ja ryhmätoiminnan tapaamisia noin \(input.groupSessions) kertaa. Asiakas saa toimintarahaa \(euros) euroa jokaiselta toimintapäivältä. Toimintaraha maksetaan kuukausittain jälkikäteen toteutuman mukaisesti.",
            "",
        ]
        if !input.goals.isEmpty {
            lines.append("Sosiaalisen kuntoutuksen tavoitteina on:")
            lines += input.goals.map { "- \($0)" }
            lines.append("")
        }
        lines += [
            "Kyseessä on jatkopäätös: \(input.isContinuation ? "Kyllä" : "Ei")",
            "",
            "Päätös:",
            "",
            "Ratkaisun laji: \(input.resolution.finnish)",
        ]
        if input.resolution == .positive {
            lines.append(
                "Ratkaisu ja perustelut: Sinulle myönnetään sosiaalista kuntoutusta ajalle \(range) sosiaalihuoltolain 17 §:n mukaisesti. Palvelun sisällöstä on sovittu tarkemmin palvelutarpeen arvioinnissa ja/tai asiakassuunnitelmassa."
            )
        } else {
            lines.append("Ratkaisu ja perustelut: ")
        }
        lines += [
            "",
            "Asianosaisen mielipide on selvitetty: \(input.opinionHeard ? "Kyllä" : "Ei")",
            "Tapa, jolla asianosaisen mielipide on selvitetty: \(input.opinionMethod)",
        ]
        return lines.joined(separator: "\n")
    }

    /// The HSL period ticket decision (the handbook's example b): a payment commitment
    /// for a 90-day season ticket.
    public struct TravelTicket: Sendable {
        public var range: DayRange
        public var zones: String
        /// The discount group in Finnish as the decision names it, e.g. "eläkeläisalennus"; nil for none.
        public var discount: String?

        public init(range: DayRange, zones: String, discount: String?) {
            self.range = range
            self.zones = zones
            self.discount = discount
        }
    }

    public static let ticketDays = 90

    public static func travelTicket(_ input: TravelTicket) -> String {
        var lines = ["HSL-matkakortti sosiaalisen kuntoutuksen ajalle.", ""]
        if let discount = input.discount {
            lines += ["Asiakas saa matkakortista \(discountAccusative(discount)).", ""]
        }
        lines += [
            "Päätös:",
            "",
            "Ratkaisun laji: Myönteinen",
            "Ratkaisu ja perustelu: Myönnetään ehkäisevänä toimeentulotukena maksusitoumus HSL-matkakortin kausilipun lataukseen \(input.zones)-vyöhykkeen matkoihin \(ticketDays) vuorokauden ajalle\(input.discount.map { ", \($0)" } ?? ""). Maksusitoumukseen sisältyy tarvittaessa HSL-kortti. Lataa kausilippusi rautatieaseman HSL:n palvelupisteessä osoitteessa Elielinaukio 3, 00100 Helsinki.",
        ]
        return lines.joined(separator: "\n")
    }

    /// "eläkeläisalennus" → "eläkeläisalennuksen" (the object form the sentence needs).
    static func discountAccusative(_ discount: String) -> String {
        discount.hasSuffix("alennus") ? String(discount.dropLast()) + "ksen" : discount
    }

    /// Zones HSL sells season tickets for.
    public static let zones = ["AB", "BC", "CD", "ABC", "BCD", "ABCD", "D"]
    /// Discount groups offered in the form; the handbook's example uses the pensioner discount.
    public static let discounts = ["eläkeläisalennus"]
}

/// Decision numbers unique in the organisation: the year and a running number, as in
/// the handbook's example `202412345678`.
public enum DecisionNumber {
    public static func make(year: Int, sequence: Int) -> String {
        String(format: "%04d%08d", year, sequence)
    }

    public static func sequence(of number: String, year: Int) -> Int? {
        guard number.count == 12, number.hasPrefix(String(format: "%04d", year)) else { return nil }
        return Int(number.dropFirst(4))
    }
}
