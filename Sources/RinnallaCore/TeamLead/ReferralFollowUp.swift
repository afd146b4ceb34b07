/// Referrals and their follow-up for the team lead: how many of the followed-up
/// referrals reached the service, and which still wait for their follow-up past the
/// date the worker's follow-up list puts them first (`ReferralRules.isOverdue`).
public struct ReferralFollowUp: Sendable, Hashable {
    public let pending: Int
    public let reached: Int
    public let notReached: Int
    public let unknown: Int

    public init(_ outcomes: [ReferralOutcome]) {
        pending = outcomes.count(where: { $0 == .notFollowedUp })
        reached = outcomes.count(where: { $0 == .reached })
        notReached = outcomes.count(where: { $0 == .notReached })
        unknown = outcomes.count(where: { $0 == .unknown })
    }

    /// Referrals with a recorded follow-up, "unknown" included: the worker did follow up
    /// and could not find out, and leaving those out would make the share look better
    /// the less is known.
    public var followedUp: Int { reached + notReached + unknown }

    /// Reached the service, out of the followed-up.
    public var reachedShare: Share { Share(part: reached, whole: followedUp) }

    /// Not followed up yet and past the follow-up day.
    public static func isWaitingPastFollowUp(outcome: ReferralOutcome, referralDay: Day, today: Day) -> Bool {
        outcome == .notFollowedUp && ReferralRules.isOverdue(referralDay: referralDay, today: today)
    }
}
