/// The preventive social assistance decision on the activity allowance, in the wording
/// of the handbook's example decision (a), generated from the month's count.
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

    /// "Hakemuksen kuvaus" and "Ratkaisu ja perustelu" in the handbook's words.
    public static func description(_ input: Input) -> String {
        let rate = input.month.singleRate ?? input.month.dayRates.first ?? 0
        var lines = [
            "Toimintaraha sosiaalisen kuntoutuksen ajalta.",
            "",
            "Asiakkaalle on myönnetty sosiaaliohjauksen yksilötyönä sosiaalista kuntoutusta ajalle \(input.rehabilitationDecision.finnish).",
            "Asiakas saa toimintarahaa \(euros(rate)) euroa/toimintapäivä, kun tapaaminen on toteutunut. Toimintaraha maksetaan kuukausittain tilille jälkikäteen.",
            "",
        ]
        let days = input.month.activityDays
        if days.isEmpty {
            lines.append(
                "Ajalla \(input.month.month.finnish) ei ole ollut toteutuneita tapaamisia. Toimintarahaa ei makseta.")
        } else {
            lines.append(
                "Tapaamisia on ollut \(dayList(days)). Toimintarahaa maksetaan yhteensä \(days.count) vuorokauden ajalta."
            )
        }
        return lines.joined(separator: "\n")
    }

    public static func resolution(_ input: Input) -> String {
        let count = input.month.activityDays.count
        let total = euros(input.month.totalCents)
        let perDay: String
        if let rate = input.month.singleRate {
            perDay = "\(euros(rate)) euroa/vrk"
        } else {
            // A rate change inside the month: name each rate with its days.
            let groups = Dictionary(grouping: zip(input.month.activityDays, input.month.dayRates), by: { $0.1 })
            perDay = groups.keys.sorted().map { rate in
                "\(euros(rate)) euroa/vrk (\(groups[rate]!.count) vrk)"
            }.joined(separator: " ja ")
        }
        return
            "Myönnetään asiaselosteen perustein ehkäisevänä toimeentulotukena sosiaalisen kuntoutuksen toimintarahaa \(FinnishNumbers.ablative(count)) vuorokaudelta, \(perDay), yhteensä \(total) euroa asiakkaan tilille ajalta \(input.month.month.finnish).\n\nPäätös on tehty suunnitelmallisen työskentelyn ja sosiaalisen kuntoutuksen tueksi."
    }

    /// `4.1., 17.1. ja 24.1.2024`: the year only where it changes and at the end.
    public static func dayList(_ days: [Day]) -> String {
        let parts = days.enumerated().map { index, day -> String in
            let isLast = index == days.count - 1
            return isLast || days[index + 1].year != day.year ? day.finnish : day.finnishWithoutYear
        }
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " ja " + parts.last!
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
