import Testing

@testable import RinnallaCore

@Suite("Team lead: waiting time")
struct TeamLeadWaitingTests {
    func close(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) < 1e-9
    }

    func waits(_ days: [Int]) -> WaitingTime {
        WaitingTime(days.map { WaitingTime.Wait(from: Day(2026, 10, 1), to: Day(2026, 10, 1).adding(days: $0)) })
    }

    @Test func anOddCount() {
        // 3, 7, 10, 14, 30 (n = 5)
        let time = waits([14, 3, 30, 7, 10])
        #expect(time.days == [3, 7, 10, 14, 30])
        // median: rank (5 − 1)·0,5 = 2 → the third value, 10
        #expect(close(time.median, 10))
        // 90th: rank (5 − 1)·0,9 = 3,6 → 14 + 0,6·(30 − 14) = 23,6
        #expect(close(time.percentile90, 23.6))
    }

    @Test func anEvenCount() {
        // 2, 4, 6, 8 (n = 4)
        let time = waits([8, 2, 6, 4])
        // median: rank 1,5 → 4 + 0,5·(6 − 4) = 5, the mean of the two middle values
        #expect(close(time.median, 5))
        // 90th: rank 3·0,9 = 2,7 → 6 + 0,7·(8 − 6) = 7,4
        #expect(close(time.percentile90, 7.4))
    }

    @Test func oneValueAndNone() {
        let one = waits([12])
        #expect(close(one.median, 12) && close(one.percentile90, 12))
        let none = WaitingTime([])
        #expect(none.median == nil && none.percentile90 == nil && none.count == 0)
    }

    @Test func negativeWaitsAreLeftOutAndCounted() {
        let time = WaitingTime([
            .init(from: Day(2026, 10, 5), to: Day(2026, 10, 1)),  // −4: the decision before the check
            .init(from: Day(2028, 2, 25), to: Day(2028, 3, 1)),  // 5 days over a leap day
            .init(from: Day(2026, 10, 1), to: Day(2026, 10, 1)),  // same day: 0
        ])
        #expect(time.days == [0, 5])
        #expect(time.negativeCount == 1)
        #expect(close(time.median, 2.5))
        // 90th: rank 0,9 → 0 + 0,9·5 = 4,5
        #expect(close(time.percentile90, 4.5))
        let onlyNegative = WaitingTime([.init(from: Day(2026, 10, 5), to: Day(2026, 10, 1))])
        #expect(onlyNegative.median == nil && onlyNegative.negativeCount == 1)
    }

    @Test func theEndsAreTheShortestAndLongest() {
        #expect(WaitingTime.percentile(0, ofSorted: [3, 7, 10]) == 3)
        #expect(WaitingTime.percentile(100, ofSorted: [3, 7, 10]) == 10)
        #expect(WaitingTime.percentile(50, ofSorted: []) == nil)
    }
}
