import Foundation

/// What an inclusion evaluation evaluates (issue 6: "an activity (a group, a project, a
/// service, a unit)"). Raw values are stored and used by the API.
public enum InclusionActivityKind: String, CaseIterable, Codable, Sendable {
    case group
    case project
    case service
    case unit
}

/// How a response reached Rinnalla. Paper and import rows belong to an entry batch that
/// records who typed or imported them; the response itself never names anyone.
public enum InclusionResponseSource: String, CaseIterable, Codable, Sendable {
    /// The public form, filled in by the respondent on their own device.
    case form
    /// `POST /api/v1/public/rounds/{token}/responses` (offline collection tools).
    case api
    /// A paper form filled in by the respondent and typed in by staff.
    case paper
    /// A CSV file of earlier or paper responses.
    case `import`
}

/// The optional background questions for group comparisons, as the guide compares groups
/// "sukupuolittain, ikäryhmittäin tai työmarkkina-aseman mukaan". The guide gives no
/// category lists, so these are Rinnalla's; each has "prefer not to say", and an
/// unanswered question is stored as nil.
public protocol InclusionBackgroundAnswer: RawRepresentable<String>, CaseIterable, Codable, Sendable, Hashable {
    /// The column of `inclusion_responses` that holds the answer.
    static var column: String { get }
}

public enum InclusionGender: String, InclusionBackgroundAnswer {
    case woman
    case man
    case other
    case preferNotToSay = "prefer-not-to-say"
    public static let column = "gender"
}

public enum InclusionAgeGroup: String, InclusionBackgroundAnswer {
    case under25 = "under-25"
    case from25to34 = "25-34"
    case from35to49 = "35-49"
    case from50to64 = "50-64"
    case from65 = "65-plus"
    case preferNotToSay = "prefer-not-to-say"
    public static let column = "age_group"
}

public enum InclusionLabourStatus: String, InclusionBackgroundAnswer {
    case employed
    case unemployed
    case student
    case pensioner
    /// At home, on sick leave, in rehabilitation or otherwise outside the labour market.
    case other
    case preferNotToSay = "prefer-not-to-say"
    public static let column = "labour_status"
}

/// The background questions in the order the form asks them.
public enum InclusionBackgroundQuestion: String, CaseIterable, Codable, Sendable {
    case gender
    case ageGroup = "age-group"
    case labourStatus = "labour-status"

    public var column: String {
        switch self {
        case .gender: InclusionGender.column
        case .ageGroup: InclusionAgeGroup.column
        case .labourStatus: InclusionLabourStatus.column
        }
    }

    /// The stored answers, "prefer not to say" last.
    public var answers: [String] {
        switch self {
        case .gender: InclusionGender.allCases.map(\.rawValue)
        case .ageGroup: InclusionAgeGroup.allCases.map(\.rawValue)
        case .labourStatus: InclusionLabourStatus.allCases.map(\.rawValue)
        }
    }
}

/// Where a collection round is on a given day. A round is open from its first day to its
/// last day inclusive (dates in the organisation's time zone).
public enum InclusionRoundState: String, Sendable, Codable {
    case notYetOpen = "not-yet-open"
    case open
    case closed

    public static func of(opensOn: Day, closesOn: Day, today: Day) -> Self {
        if today < opensOn { return .notYetOpen }
        if today > closesOn { return .closed }
        return .open
    }
}

/// The respondent's own pairing code: made from facts only they know, so that their start
/// and end answers can be paired without anyone learning who they are. Only a salted hash
/// is stored (per evaluation). Case, spaces and hyphens do not matter, so "ab 12" and
/// "AB-12" are the same code.
public enum InclusionPairingCode {
    public static let lengths = 4...16

    public enum Problem: Error, Sendable, Equatable {
        case tooShort
        case tooLong
        case notLettersAndDigits
    }

    /// The code as hashed: upper-case letters and digits only. Nil for an empty code
    /// (pairing is optional).
    public static func normalized(_ text: String?) throws(Problem) -> String? {
        guard let text else { return nil }
        let kept = text.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        if kept.isEmpty { return nil }
        guard kept.allSatisfy({ $0.isLetter || $0.isNumber }) else { throw .notLettersAndDigits }
        if kept.count < lengths.lowerBound { throw .tooShort }
        if kept.count > lengths.upperBound { throw .tooLong }
        return kept
    }
}
