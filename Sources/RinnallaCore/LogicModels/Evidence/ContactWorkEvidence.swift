/// The fidelity and outcomes of low-threshold and outreach work from a unit's contacts,
/// initial assessments, referrals and phenomena observations, quarter by quarter. As
/// elsewhere, an empty whole is "no data", never 0 %.
public enum ContactWorkEvidence {
    public struct Contact: Sendable, Hashable {
        public var day: Day
        public var channel: ContactChannel
        public var supports: Set<ContactSupport>
        /// A referral to a service on the service map was made from it.
        public var referred: Bool

        public init(day: Day, channel: ContactChannel, supports: Set<ContactSupport> = [], referred: Bool = false) {
            self.day = day
            self.channel = channel
            self.supports = supports
            self.referred = referred
        }
    }

    public struct Referral: Sendable, Hashable {
        public var day: Day
        public var outcome: ReferralOutcome
        /// When the follow-up was recorded.
        public var outcomeDay: Day?

        public init(day: Day, outcome: ReferralOutcome, outcomeDay: Day? = nil) {
            self.day = day
            self.outcome = outcome
            self.outcomeDay = outcomeDay
        }
    }

    /// Where outreach work seeks people: "kaduilta, kodeista ja verkkoympäristöstä".
    public static let outreachChannels: Set<ContactChannel> = [.street, .home, .online]

    /// Contacts of the quarter: those in which the worker gave any of `supports`.
    public static func contacts(_ contacts: [Contact], giving supports: Set<ContactSupport>, in quarter: DayRange)
        -> Share
    {
        let inQuarter = contacts.filter { quarter.contains($0.day) }
        return Share(part: inQuarter.count { !$0.supports.isDisjoint(with: supports) }, whole: inQuarter.count)
    }

    /// Contacts of the quarter: those on the street, at home or online.
    public static func wherePeopleAre(_ contacts: [Contact], in quarter: DayRange) -> Share {
        let inQuarter = contacts.filter { quarter.contains($0.day) }
        return Share(part: inQuarter.count { outreachChannels.contains($0.channel) }, whole: inQuarter.count)
    }

    /// Contacts of the quarter by channel, every channel listed (zeros too), in the
    /// channels' order.
    public static func byChannel(_ contacts: [Contact], in quarter: DayRange) -> [(
        channel: ContactChannel, count: Int
    )] {
        let inQuarter = contacts.filter { quarter.contains($0.day) }
        return ContactChannel.allCases.map { channel in (channel, inQuarter.count { $0.channel == channel }) }
    }

    /// Contacts of the quarter: those from which a person was referred along an agreed
    /// service path (the service map's).
    public static func referredThroughPaths(_ contacts: [Contact], in quarter: DayRange) -> Share {
        let inQuarter = contacts.filter { quarter.contains($0.day) }
        return Share(part: inQuarter.count(where: \.referred), whole: inQuarter.count)
    }

    /// Initial assessments of the quarter: those recorded together with the client.
    public static func assessmentsTogether(_ assessments: [(day: Day, together: Bool)], in quarter: DayRange)
        -> Share
    {
        let inQuarter = assessments.filter { quarter.contains($0.day) }
        return Share(part: inQuarter.count(where: \.together), whole: inQuarter.count)
    }

    /// Referrals made in the quarter: those whose outcome has been followed up (reached,
    /// not reached or not known), as of now.
    public static func referralsFollowedUp(_ referrals: [Referral], in quarter: DayRange) -> Share {
        let made = referrals.filter { quarter.contains($0.day) }
        return Share(part: made.count { $0.outcome != .notFollowedUp }, whole: made.count)
    }

    /// Referrals followed up in the quarter: those where the person reached the service
    /// ("Asiakkaan pääsy tarvitsemiinsa palveluihin on parantunut"). A follow-up without
    /// its day counts on the referral's day.
    public static func servicesReached(_ referrals: [Referral], in quarter: DayRange) -> Share {
        let followed = referrals.filter { referral in
            referral.outcome != .notFollowedUp && quarter.contains(referral.outcomeDay ?? referral.day)
        }
        return ReferralFollowUp(followed.map(\.outcome)).reachedShare
    }

    /// Phenomena observations of the quarter: those chosen for the social report.
    public static func observationsInReport(_ observations: [(day: Day, inReport: Bool)], in quarter: DayRange)
        -> Share
    {
        let inQuarter = observations.filter { quarter.contains($0.day) }
        return Share(part: inQuarter.count(where: \.inReport), whole: inQuarter.count)
    }
}
