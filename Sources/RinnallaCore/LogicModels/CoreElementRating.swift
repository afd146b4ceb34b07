/// A unit's yearly self-rating of one core element: how far the element is delivered.
/// Seed 002 leaves a row of marks under each model's table ("X X X") for it; the three
/// steps are the team's reading of those marks (issue 17, item 2).
public enum CoreElementRating: String, CaseIterable, Sendable, Codable {
    case delivered
    case partly
    case notYet = "not-yet"

    public var l10nKey: L10nKey {
        switch self {
        case .delivered: .coreElementRatingDelivered
        case .partly: .coreElementRatingPartly
        case .notYet: .coreElementRatingNotYet
        }
    }

    /// An element not (yet) delivered in full needs a reason: that is what the next
    /// year's work starts from.
    public var needsReason: Bool { self != .delivered }
}
