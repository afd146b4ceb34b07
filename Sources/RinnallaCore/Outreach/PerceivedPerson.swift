/// The person as the worker perceives them, without identifying anyone: an age group, and
/// optionally a gender. Nothing here is asked of the person.
public enum PerceivedAgeGroup: String, CaseIterable, Codable, Sendable, Hashable {
    case under18 = "under-18"
    case from18to24 = "18-24"
    case from25to34 = "25-34"
    case from35to49 = "35-49"
    case from50to64 = "50-64"
    case from65 = "65-"
    case unknown

    public var l10nKey: L10nKey {
        switch self {
        case .under18: .contactAgeUnder18
        case .from18to24: .contactAge1824
        case .from25to34: .contactAge2534
        case .from35to49: .contactAge3549
        case .from50to64: .contactAge5064
        case .from65: .contactAge65
        case .unknown: .contactAgeUnknown
        }
    }
}

/// Optional; not recorded unless the worker chooses to.
public enum PerceivedGender: String, CaseIterable, Codable, Sendable, Hashable {
    case woman
    case man
    case other

    public var l10nKey: L10nKey {
        switch self {
        case .woman: .contactGenderWoman
        case .man: .contactGenderMan
        case .other: .contactGenderOther
        }
    }
}
