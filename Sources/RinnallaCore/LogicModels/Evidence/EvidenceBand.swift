/// How a core element or outcome is coloured in the model diagram: by its indicators'
/// latest quarter, the weakest of them. The bands are Rinnalla's reading aid, not the
/// seed's: the seed sets no target level for any indicator. The diagram says so in its
/// legend, and every element carries its band as text too.
public enum EvidenceBand: String, CaseIterable, Sendable, Codable, Comparable {
    /// Under `middleFrom` percent.
    case low
    /// `middleFrom` … `highFrom` − 1 percent.
    case middle
    /// `highFrom` percent or more.
    case high
    /// Counts too small to show (small-cell protection).
    case hidden
    /// Nothing to count in the quarter.
    case noData = "no-data"
    /// Rinnalla records nothing that shows it.
    case notMeasured = "not-measured"

    public static let highFrom = 80
    public static let middleFrom = 50

    public init(percent: Int) {
        self = percent >= Self.highFrom ? .high : percent >= Self.middleFrom ? .middle : .low
    }

    /// The band of a protected share: no data when its whole is nothing, hidden when
    /// protection took its percent.
    public init(_ share: ProtectedShare) {
        if share.whole == .shown(0) {
            self = .noData
        } else if let percent = share.percent {
            self.init(percent: percent)
        } else {
            self = .hidden
        }
    }

    /// The band of several indicators: the weakest measured one; failing any, hidden
    /// before no data before not measured.
    public static func weakest(_ bands: [EvidenceBand]) -> EvidenceBand {
        bands.min() ?? .notMeasured
    }

    public var title: L10nKey {
        guard let key = L10nKey(rawValue: "evidence.band.\(rawValue)") else {
            preconditionFailure("l10n/evidence.txt has no evidence.band.\(rawValue)")
        }
        return key
    }

    private var order: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: EvidenceBand, rhs: EvidenceBand) -> Bool { lhs.order < rhs.order }
}
