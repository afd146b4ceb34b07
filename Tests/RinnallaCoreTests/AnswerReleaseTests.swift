import Testing

@testable import RinnallaCore

/// Security review (issue 13), item 7: answers of an open collection join the figures only
/// in steps that cannot isolate one answer.
@Suite("Answer release in steps")
struct AnswerReleaseTests {
    typealias R = AnswerRelease

    @Test func item7_whileOpenAtLeastFiveAlwaysWaitAndReleasesAreWholeStepsOfFive() {
        #expect(R.step == 5)
        for waiting in 0..<10 { #expect(R.releasable(waiting: waiting, collectionOpen: true) == 0) }
        #expect(R.releasable(waiting: 10, collectionOpen: true) == 5)
        #expect(R.releasable(waiting: 14, collectionOpen: true) == 5)
        #expect(R.releasable(waiting: 15, collectionOpen: true) == 10)
        // A large paper batch: all but five to nine go at once, in whole steps.
        #expect(R.releasable(waiting: 38, collectionOpen: true) == 30)
        for waiting in 0..<200 {
            let released = R.releasable(waiting: waiting, collectionOpen: true)
            #expect(released % 5 == 0)
            if waiting >= 10 { #expect((5...9).contains(waiting - released)) }
        }
    }

    @Test func item7_everyChangeAViewerCanSeeIsAtLeastFiveAnswersClosingIncluded() {
        // Answers arrive one by one; after each one a viewer looks, and once more at the close.
        for total in 1...60 {
            var seen = [0]
            for arrived in 1...total {
                let shown = R.shown(arrived: arrived, collectionOpen: true)
                if shown != seen.last! { seen.append(shown) }
            }
            let closed = R.shown(arrived: total, collectionOpen: false)
            #expect(closed == total)
            if closed != seen.last! { seen.append(closed) }
            let steps = zip(seen.dropFirst(), seen).map { $0 - $1 }
            // The first figures are the whole collection or at least five answers; every
            // later change is five or more.
            #expect(steps.allSatisfy { $0 >= 5 } || total < 5, "\(total): \(seen)")
        }
    }

    @Test func item7_closingReleasesEverythingStillWaiting() {
        #expect(R.releasable(waiting: 3, collectionOpen: false) == 3)
        #expect(R.releasable(waiting: 9, collectionOpen: false) == 9)
        #expect(R.releasable(waiting: 0, collectionOpen: false) == 0)
        #expect(R.shown(arrived: 9, collectionOpen: true) == 0)
        #expect(R.shown(arrived: 10, collectionOpen: true) == 5)
        #expect(R.shown(arrived: 14, collectionOpen: true) == 5)
        #expect(R.shown(arrived: 15, collectionOpen: true) == 10)
    }
}
