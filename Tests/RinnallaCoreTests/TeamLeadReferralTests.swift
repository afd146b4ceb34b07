import Testing

@testable import RinnallaCore

@Suite("Team lead: referrals followed up")
struct TeamLeadReferralTests {
    @Test func theShareReachedIsOfTheFollowedUp() {
        let figures = ReferralFollowUp([.reached, .reached, .notReached, .unknown, .notFollowedUp])
        #expect(figures.followedUp == 4)  // "unknown" was followed up too
        #expect(figures.pending == 1)
        #expect(figures.reachedShare == Share(part: 2, whole: 4))
        #expect(figures.reachedShare.percent == 50)
        #expect(ReferralFollowUp([.notFollowedUp]).reachedShare.fraction == nil)
    }

    @Test func waitingPastTheFollowUpDayIsTheWorkersOverdueRule() {
        // made 1.11.2026; the follow-up list puts it first 14 days later, on 15.11.
        let day = Day(2026, 11, 1)
        #expect(
            !ReferralFollowUp.isWaitingPastFollowUp(outcome: .notFollowedUp, referralDay: day, today: Day(2026, 11, 14))
        )
        #expect(
            ReferralFollowUp.isWaitingPastFollowUp(outcome: .notFollowedUp, referralDay: day, today: Day(2026, 11, 15)))
        #expect(!ReferralFollowUp.isWaitingPastFollowUp(outcome: .reached, referralDay: day, today: Day(2026, 12, 15)))
        #expect(!ReferralFollowUp.isWaitingPastFollowUp(outcome: .unknown, referralDay: day, today: Day(2026, 12, 15)))
    }
}
