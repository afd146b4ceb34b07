import Testing

@testable import RinnallaCore

@Suite("Team lead: GAS change at closing")
struct TeamLeadGoalTests {
    func close(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) < 0.001
    }

    @Test func theChangeIsTheClosingTScoreMinusTheBaselineTScore() throws {
        // one goal from −1 to the expected level: T 40 → 50
        let one = try #require(GoalChange.change([.init(goal: "a", level: 0)]))
        #expect(close(one, 10))
        #expect(GoalChange.bin(one) == .muchBetter)
        // three goals at −1: T = 50 + 10·(−3)/√(0,7·3 + 0,3·9) = 50 − 30/√4,8 = 36,307
        // one goal to 0: T = 50 − 20/√4,8 = 40,871, change +4,564 → no clear change
        let oneOfThree = try #require(
            GoalChange.change([.init(goal: "a", level: 0), .init(goal: "b", level: -1), .init(goal: "c", level: -1)]))
        #expect(close(oneOfThree, 4.564))
        #expect(GoalChange.bin(oneOfThree) == .noClearChange)
        // two goals to 0: T = 50 − 10/√4,8 = 45,436, change +9,129 → better
        let twoOfThree = try #require(
            GoalChange.change([.init(goal: "a", level: 0), .init(goal: "b", level: 0), .init(goal: "c", level: -1)]))
        #expect(close(twoOfThree, 9.129))
        #expect(GoalChange.bin(twoOfThree) == .better)
        // all three to 0: T = 50, change +13,693 → much better
        let all = try #require(
            GoalChange.change([.init(goal: "a", level: 0), .init(goal: "b", level: 0), .init(goal: "c", level: 0)]))
        #expect(close(all, 13.693))
        // a goal set at the expected level that fell back one: 50 → 40
        let fell = try #require(GoalChange.change([.init(goal: "a", level: -1, baseline: 0)]))
        #expect(close(fell, -10))
        #expect(GoalChange.bin(fell) == .worse)
        #expect(GoalChange.change([]) == nil)
        // an infinite weight would give no number: no change rather than a bin
        #expect(GoalChange.change([.init(goal: "a", level: 0, weight: .infinity)]) == nil)
    }

    @Test func theBinsAreJudgedOnTheShownValue() {
        #expect(GoalChange.bin(0) == .noClearChange)
        #expect(GoalChange.bin(4.94) == .noClearChange)  // shown 4,9
        #expect(GoalChange.bin(4.96) == .better)  // shown 5,0
        #expect(GoalChange.bin(-4.94) == .noClearChange)  // shown −4,9
        #expect(GoalChange.bin(-4.96) == .worse)  // shown −5,0
        #expect(GoalChange.bin(9.94) == .better)
        #expect(GoalChange.bin(9.96) == .muchBetter)
        #expect(GoalChange.bin(-25) == .worse)
    }

    @Test func theDistributionHasEveryBinInOrder() {
        let distribution = GoalChange.distribution([10, 4.564, -10, 9.129, 13.693, 0])
        #expect(distribution.map(\.bin) == [.worse, .noClearChange, .better, .muchBetter])
        #expect(distribution.map(\.count) == [1, 2, 1, 2])
        #expect(GoalChange.distribution([]).map(\.count) == [0, 0, 0, 0])
    }
}
