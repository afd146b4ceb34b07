import Foundation
import Testing

@testable import RinnallaCore

@Suite("Submission limit of public forms")
struct SubmissionLimitTests {
    let limit = SubmissionLimit(maximum: 3, window: 600)
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func admitsUpToTheMaximumInAWindowThenRefusesWithTheMinutesLeft() {
        var window: SubmissionLimit.Window?
        for second in [0.0, 10, 20] {
            let decision = limit.admit(window, now: start.addingTimeInterval(second))
            #expect(decision.admitted)
            window = decision.window
        }
        #expect(window == .init(start: start, count: 3))
        let refused = limit.admit(window, now: start.addingTimeInterval(61))
        #expect(!refused.admitted)
        #expect(refused.window == window)  // a refused submission does not count
        #expect(refused.retryAfterMinutes == 9)  // 539 s left, rounded up
        #expect(limit.admit(window, now: start.addingTimeInterval(599.5)).retryAfterMinutes == 1)
    }

    @Test func aNewWindowStartsWhenTheOldOneEnds() {
        let full = SubmissionLimit.Window(start: start, count: 3)
        #expect(!limit.hasEnded(full, now: start.addingTimeInterval(599)))
        #expect(limit.hasEnded(full, now: start.addingTimeInterval(600)))
        let decision = limit.admit(full, now: start.addingTimeInterval(600))
        #expect(decision.admitted)
        #expect(decision.window == .init(start: start.addingTimeInterval(600), count: 1))
    }

    @Test func thePublicFormsLimitLetsAGroupAnswerFromOneAddress() {
        // A group of 30 on the centre's Wi-Fi, some answering twice by mistake.
        var window: SubmissionLimit.Window?
        for index in 0..<45 {
            let decision = SubmissionLimit.publicForms.admit(window, now: start.addingTimeInterval(Double(index) * 5))
            #expect(decision.admitted)
            window = decision.window
        }
    }
}
