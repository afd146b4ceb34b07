import Testing

@testable import RinnallaCore

@Suite("Team lead: shares, and shares shown as aggregates only")
struct TeamLeadShareTests {
    @Test func shareCountsAndRoundsHalfUp() {
        #expect(Share(part: 8, whole: 24).percent == 33)
        #expect(Share(part: 2, whole: 3).percent == 67)
        #expect(Share(part: 1, whole: 8).percent == 13)  // 12,5 % → 13 %
        #expect(Share(part: 6, whole: 10).fraction == 0.6)
        #expect(Share.empty.fraction == nil)
        #expect(Share.empty.percent == nil)
        #expect(Share(part: 1, whole: 2) + Share(part: 3, whole: 4) == Share(part: 4, whole: 6))
    }

    @Test func aSmallPartAndItsRestAreHiddenTheWholeStays() {
        // 3 of 20: 3 is under 5, so the rest 17 is hidden too (20 − 17 would give it)
        let small = ProtectedShare(Share(part: 3, whole: 20), threshold: 5)
        #expect(small.part == .fewerThan(5))
        #expect(small.whole == .shown(20))
        #expect(small.percent == nil)
        // 17 of 20: the rest is 3
        let smallRest = ProtectedShare(Share(part: 17, whole: 20), threshold: 5)
        #expect(smallRest.part == .hidden && smallRest.percent == nil)
        // 12 of 20: everything shown, 60 %
        let shown = ProtectedShare(Share(part: 12, whole: 20), threshold: 5)
        #expect(shown.part == .shown(12) && shown.whole == .shown(20) && shown.percent == 60)
        // 0 of 6: a zero is shown, the rest 6 too
        #expect(ProtectedShare(Share(part: 0, whole: 6), threshold: 5).percent == 0)
        // a whole of 4: hidden with its parts
        let tiny = ProtectedShare(Share(part: 4, whole: 4), threshold: 5)
        #expect(tiny.whole == .fewerThan(5) && tiny.percent == nil)
        // the organisation may raise the threshold, never lower it below 5
        #expect(ProtectedShare(Share(part: 12, whole: 20), threshold: 3) == shown)
        #expect(ProtectedShare(Share(part: 12, whole: 20), threshold: 15).part == .fewerThan(15))
    }

    @Test func aTeamLeadSeesEveryCountAsItIs() {
        let share = ProtectedShare(shown: Share(part: 3, whole: 4))
        #expect(share.part == .shown(3) && share.whole == .shown(4) && share.percent == 75)
        let list = ProtectedList(shown: [2, 0, 1])
        #expect(list.cells == [.shown(2), .shown(0), .shown(1)] && list.total == .shown(3))
        // rows 2 + 1 and 0 + 3: columns 2 and 4, rows 3 and 3, all 6
        let table = ProtectedTable(shown: [[2, 1], [0, 3]], columns: 2)
        #expect(table.columnTotals == [.shown(2), .shown(4)])
        #expect(table.rowTotals == [.shown(3), .shown(3)])
        #expect(table.total == .shown(6))
        #expect(ProtectedTable(shown: [], columns: 3).columnTotals == [.shown(0), .shown(0), .shown(0)])
    }

    @Test func moreThanTheWholeIsTwoCountsOfTheirOwn() {
        // 9 participants for 8 places (walk-ins)
        let over = ProtectedShare(Share(part: 9, whole: 8), threshold: 5)
        #expect(over.part == .shown(9) && over.whole == .shown(8) && over.percent == 113)
        #expect(ProtectedShare(Share(part: 4, whole: 3), threshold: 5).percent == nil)
    }
}
