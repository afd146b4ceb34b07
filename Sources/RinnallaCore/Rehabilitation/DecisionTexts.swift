/// The texts of the social rehabilitation and travel ticket decisions in the wording of
/// the handbook's examples, filled in from the period's data, in Finnish (verbatim from the
/// handbook) or Swedish (the team's translation with the laws named as in Swedish; issue
/// 15). The worker can edit them before saving.
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

        public func name(_ language: DecisionLanguage) -> String {
            switch language {
            case .fi: finnish
            case .sv: self == .positive ? "Positivt" : "Negativt"
            }
        }
    }

    public static func rehabilitation(_ input: Rehabilitation, in language: DecisionLanguage = .fi) -> String {
        rehabilitation(input, wording: .official(language))
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

    public static func travelTicket(_ input: TravelTicket, in language: DecisionLanguage = .fi) -> String {
        travelTicket(input, wording: .official(language))
    }

    /// "eläkeläisalennus" → "eläkeläisalennuksen" (the object form the sentence needs).
    static func discountAccusative(_ discount: String) -> String {
        discount.hasSuffix("alennus") ? String(discount.dropLast()) + "ksen" : discount
    }

    /// Zones HSL sells season tickets for.
    public static let zones = ["AB", "BC", "CD", "ABC", "BCD", "ABCD", "D"]
    /// Discount groups offered in the form; the handbook's example uses the pensioner discount.
    public static let discounts = ["eläkeläisalennus"]
    /// The discount groups' names in Swedish (HRT's own term).
    public static let swedishDiscounts = ["eläkeläisalennus": "pensionärsrabatt"]

    /// The default answer to "how the opinion was heard", as the handbook writes it.
    public static func opinionMethodDefault(_ language: DecisionLanguage) -> String {
        language == .sv ? "Träffats" : "Tavattu"
    }
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
