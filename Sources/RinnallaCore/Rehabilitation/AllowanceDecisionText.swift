/// The preventive social assistance decision on the activity allowance, in the wording
/// of the handbook's example decision (a), generated from the month's count; in Swedish
/// the team's translation (issue 15).
public enum AllowanceDecisionText {
    public struct Input: Sendable {
        /// The social rehabilitation decision the month belongs to (4.1.–3.4.2024).
        public var rehabilitationDecision: DayRange
        public var month: ActivityAllowance.MonthResult

        public init(rehabilitationDecision: DayRange, month: ActivityAllowance.MonthResult) {
            self.rehabilitationDecision = rehabilitationDecision
            self.month = month
        }
    }

    public static let legalBasis = "Laki toimeentulotuesta 13 §"

    public static func legalBasis(_ language: DecisionLanguage) -> String {
        language == .sv ? "13 § i lagen om utkomststöd" : legalBasis
    }

    /// The fixed words of the allowance decision in one language: Finnish verbatim from the
    /// handbook, Swedish the team's translation (issue 15).
    struct Wording: Sendable {
        let heading: String
        let granted: @Sendable (_ range: String, _ euros: String) -> String
        let noMeetings: @Sendable (_ month: String) -> String
        let meetings: @Sendable (_ days: String, _ count: Int) -> String
        let perDay: @Sendable (_ euros: String) -> String
        let perDayWithCount: @Sendable (_ euros: String, _ count: Int) -> String
        let and: String
        let resolution: @Sendable (_ count: Int, _ perDay: String, _ total: String, _ month: String) -> String
        let decision: @Sendable (_ description: String, _ resolution: String) -> String

        static func of(_ language: DecisionLanguage) -> Wording { language == .sv ? swedish : finnish }

        static let finnish = Wording(
            heading: "Toimintaraha sosiaalisen kuntoutuksen ajalta.",
            granted: { range, euros in
                "Asiakkaalle on myönnetty sosiaaliohjauksen yksilötyönä sosiaalista kuntoutusta ajalle \(range).\nAsiakas saa toimintarahaa \(euros) euroa/toimintapäivä, kun tapaaminen on toteutunut. Toimintaraha maksetaan kuukausittain tilille jälkikäteen."
            },
            noMeetings: { "Ajalla \($0) ei ole ollut toteutuneita tapaamisia. Toimintarahaa ei makseta." },
            meetings: { "Tapaamisia on ollut \($0). Toimintarahaa maksetaan yhteensä \($1) vuorokauden ajalta." },
            perDay: { "\($0) euroa/vrk" }, perDayWithCount: { "\($0) euroa/vrk (\($1) vrk)" }, and: " ja ",
            resolution: { count, perDay, total, month in
                "Myönnetään asiaselosteen perustein ehkäisevänä toimeentulotukena sosiaalisen kuntoutuksen toimintarahaa \(FinnishNumbers.ablative(count)) vuorokaudelta, \(perDay), yhteensä \(total) euroa asiakkaan tilille ajalta \(month).\n\nPäätös on tehty suunnitelmallisen työskentelyn ja sosiaalisen kuntoutuksen tueksi."
            },
            decision: { "\($0)\n\nPäätös:\n\nRatkaisun laji: Myönteinen\nRatkaisu ja perustelu: \($1)" })

        static let swedish = Wording(
            heading: "Verksamhetspenning för tiden för den sociala rehabiliteringen.",
            granted: { range, euros in
                "Klienten har beviljats social rehabilitering som individuellt arbete inom socialhandledningen för tiden \(range).\nKlienten får verksamhetspenning \(euros) euro/verksamhetsdag, när träffen har ägt rum. Verksamhetspenningen betalas ut månadsvis i efterskott till kontot."
            },
            noMeetings: { "Under tiden \($0) har inga träffar ägt rum. Ingen verksamhetspenning betalas ut." },
            meetings: { "Träffar har ägt rum \($0). Verksamhetspenning betalas ut för sammanlagt \($1) dygn." },
            perDay: { "\($0) euro/dygn" }, perDayWithCount: { "\($0) euro/dygn (\($1) dygn)" }, and: " och ",
            resolution: { count, perDay, total, month in
                "På basis av redogörelsen beviljas som förebyggande utkomststöd verksamhetspenning för social rehabilitering för \(SwedishNumbers.neuter(count)) dygn, \(perDay), sammanlagt \(total) euro till klientens konto för tiden \(month).\n\nBeslutet har fattats som stöd för det planmässiga arbetet och den sociala rehabiliteringen."
            },
            decision: { "\($0)\n\nBeslut:\n\nAvgörandets art: Positivt\nAvgörande och motivering: \($1)" })
    }

    /// "Hakemuksen kuvaus" and "Ratkaisu ja perustelu" in the handbook's words.
    public static func description(_ input: Input, in language: DecisionLanguage = .fi) -> String {
        let w = Wording.of(language)
        let rate = input.month.singleRate ?? input.month.dayRates.first ?? 0
        let days = input.month.activityDays
        return [
            w.heading, "", w.granted(input.rehabilitationDecision.finnish, euros(rate)), "",
            days.isEmpty
                ? w.noMeetings(input.month.month.finnish) : w.meetings(dayList(days, in: language), days.count),
        ].joined(separator: "\n")
    }

    public static func resolution(_ input: Input, in language: DecisionLanguage = .fi) -> String {
        let w = Wording.of(language)
        let perDay: String
        if let rate = input.month.singleRate {
            perDay = w.perDay(euros(rate))
        } else {
            // A rate change inside the month: name each rate with its days.
            let groups = Dictionary(grouping: zip(input.month.activityDays, input.month.dayRates), by: { $0.1 })
            perDay = groups.keys.sorted().map { w.perDayWithCount(euros($0), groups[$0]!.count) }
                .joined(separator: w.and)
        }
        return w.resolution(
            input.month.activityDays.count, perDay, euros(input.month.totalCents), input.month.month.finnish)
    }

    /// The whole decision as stored: the description, then the resolution under "Päätös:".
    public static func fullText(description: String, resolution: String, in language: DecisionLanguage = .fi)
        -> String
    {
        Wording.of(language).decision(description, resolution)
    }

    /// `4.1., 17.1. ja 24.1.2024`: the year only where it changes and at the end.
    public static func dayList(_ days: [Day], in language: DecisionLanguage = .fi) -> String {
        let parts = days.enumerated().map { index, day -> String in
            let isLast = index == days.count - 1
            return isLast || days[index + 1].year != day.year ? day.finnish : day.finnishWithoutYear
        }
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + Wording.of(language).and + parts.last!
    }

    /// Whole euros as `27`, otherwise `27,50`.
    public static func euros(_ cents: Int) -> String {
        cents % 100 == 0 ? String(cents / 100) : String(format: "%d,%02d", cents / 100, abs(cents % 100))
    }
}

/// Finnish numerals in the ablative case ("kolmelta"), as the decision text uses them.
public enum FinnishNumbers {
    static let ones = [
        "", "yhdeltä", "kahdelta", "kolmelta", "neljältä", "viideltä", "kuudelta", "seitsemältä",
        "kahdeksalta", "yhdeksältä",
    ]

    public static func ablative(_ number: Int) -> String {
        switch number {
        case 0: return "nollalta"
        case 1...9: return ones[number]
        case 10: return "kymmeneltä"
        case 11...19: return ones[number - 10] + "toista"
        case 20...99:
            let tens = ones[number / 10] + "kymmeneltä"
            return number % 10 == 0 ? tens : tens + ones[number % 10]
        default: return String(number)
        }
    }
}

/// Swedish numerals for a neuter noun ("tre dygn", "ett dygn"), as the Swedish decision
/// text uses them where the Finnish one has "kolmelta vuorokaudelta".
public enum SwedishNumbers {
    static let ones = [
        "noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton",
        "fjorton", "femton", "sexton", "sjutton", "arton", "nitton",
    ]
    static let tens = ["", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"]

    public static func neuter(_ number: Int) -> String {
        switch number {
        case 0...19: return ones[number]
        case 20...99: return tens[number / 10] + (number % 10 == 0 ? "" : ones[number % 10])
        default: return String(number)
        }
    }
}
