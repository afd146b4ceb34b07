import Testing

@testable import RinnallaCore

@Suite("Logic model evidence: low-threshold and outreach work")
struct EvidenceContactWorkTests {
    let range = ReportingPeriod.quarter(year: 2026, quarter: 4).range

    typealias Contact = ContactWorkEvidence.Contact

    let contacts: [Contact] = [
        Contact(day: Day(2026, 10, 1), channel: .street, supports: [.adviceAndGuidance, .escortToService]),
        Contact(day: Day(2026, 10, 2), channel: .officeDropIn, supports: [.listeningAndSupport], referred: true),
        Contact(day: Day(2026, 11, 3), channel: .online, supports: [.adviceAndGuidance, .listeningAndSupport]),
        Contact(day: Day(2026, 12, 4), channel: .phone, supports: [.serviceInterpreting], referred: true),
        Contact(day: Day(2026, 9, 30), channel: .home, supports: [.adviceAndGuidance]),  // Q3
    ]

    @Test func contactSharesCountTheQuartersContacts() {
        #expect(
            ContactWorkEvidence.contacts(contacts, giving: [.adviceAndGuidance], in: range) == Share(part: 2, whole: 4))
        #expect(
            ContactWorkEvidence.contacts(contacts, giving: [.listeningAndSupport], in: range)
                == Share(part: 2, whole: 4))
        // escort or interpreting: a contact with either counts once.
        #expect(
            ContactWorkEvidence.contacts(contacts, giving: [.escortToService, .serviceInterpreting], in: range)
                == Share(part: 2, whole: 4))
        #expect(ContactWorkEvidence.referredThroughPaths(contacts, in: range) == Share(part: 2, whole: 4))
        #expect(ContactWorkEvidence.wherePeopleAre(contacts, in: range) == Share(part: 2, whole: 4))
    }

    @Test func channelsAreListedEveryOne() {
        let channels = ContactWorkEvidence.byChannel(contacts, in: range)
        #expect(channels.map(\.channel) == ContactChannel.allCases)
        #expect(channels.map(\.count).reduce(0, +) == 4)
        #expect(channels.first { $0.channel == .home }?.count == 0)
        #expect(channels.first { $0.channel == .street }?.count == 1)
    }

    @Test func noContactsIsNoData() {
        #expect(ContactWorkEvidence.wherePeopleAre([], in: range).percent == nil)
    }

    @Test func assessmentsAndObservations() {
        let assessments: [(day: Day, together: Bool)] = [
            (Day(2026, 10, 5), true), (Day(2026, 10, 6), false), (Day(2026, 12, 31), true), (Day(2027, 1, 1), true),
        ]
        #expect(ContactWorkEvidence.assessmentsTogether(assessments, in: range) == Share(part: 2, whole: 3))
        let observations: [(day: Day, inReport: Bool)] = [(Day(2026, 11, 1), true), (Day(2026, 11, 2), false)]
        #expect(ContactWorkEvidence.observationsInReport(observations, in: range) == Share(part: 1, whole: 2))
    }

    @Test func referralsFollowedUpAreThoseMadeInTheQuarter() {
        let referrals: [ContactWorkEvidence.Referral] = [
            .init(day: Day(2026, 10, 1), outcome: .reached, outcomeDay: Day(2026, 10, 20)),
            .init(day: Day(2026, 10, 2), outcome: .notFollowedUp),
            .init(day: Day(2026, 11, 2), outcome: .unknown, outcomeDay: Day(2027, 1, 10)),
            .init(day: Day(2026, 9, 2), outcome: .notReached, outcomeDay: Day(2026, 10, 2)),
        ]
        #expect(ContactWorkEvidence.referralsFollowedUp(referrals, in: range) == Share(part: 2, whole: 3))
        // Reached counts by the day of the follow-up: 20.10. reached and 2.10. not
        // reached are Q4's; the unknown was followed up in January.
        #expect(ContactWorkEvidence.servicesReached(referrals, in: range) == Share(part: 1, whole: 2))
    }
}
