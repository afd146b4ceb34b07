import Testing

@testable import RinnallaCore

@Suite("Team lead: group figures")
struct TeamLeadGroupTests {
    typealias Session = GroupFigures.Session<String>

    // A group with 8 places in November 2026; D enrols on 20.11.; E comes once without
    // being enrolled (an open group).
    let november: [Session] = [
        Session(
            day: Day(2026, 11, 3), held: true, capacity: 8, enrolled: ["A", "B", "C"],
            attendance: ["A": .present, "B": .absent, "C": .present], walkIns: 1),
        Session(
            day: Day(2026, 11, 10), held: true, capacity: 8, enrolled: ["A", "B", "C"],
            attendance: ["A": .present, "B": .excused, "C": .absent]),
        Session(day: Day(2026, 11, 17), held: false, capacity: 8, enrolled: ["A", "B", "C"], attendance: [:]),
        Session(
            day: Day(2026, 11, 24), held: true, capacity: 8, enrolled: ["A", "B", "C", "D"],
            attendance: ["A": .present, "B": .absent, "C": .present, "D": .present, "E": .present]),
    ]

    @Test func heldSessionsAttendanceAndOccupancy() {
        let figures = GroupFigures(november)
        #expect(figures.sessions == 4)
        #expect(figures.held == 3)  // 17.11. was cancelled
        // attendance of the enrolled: 3.11. 2/3, 10.11. 1/3 (excused is not attendance),
        // 24.11. 3/4 (E was not enrolled) → 6/10 = 60 %
        #expect(figures.attendance == Share(part: 6, whole: 10))
        #expect(figures.attendance.percent == 60)
        // occupancy: participants 3 (2 + a walk-in), 1, 4 (A, C, D, E) = 8 of 3·8 = 24 → 33 %
        #expect(figures.occupancy == Share(part: 8, whole: 24))
        #expect(figures.occupancy.percent == 33)
        // the list behind it: one row per held session, its columns add up to the figure
        #expect(november.filter(\.held).map(\.participants) == [3, 1, 4])
    }

    @Test func absentTwiceInARowIsTheGroupPagesRule() {
        // B: absent, excused, absent → three in a row; C: present, absent, present → none
        #expect(GroupFigures.missedInARow(november) == ["B": 3])
        // up to 10.11. only: B two in a row, C one
        #expect(GroupFigures.missedInARow(Array(november.prefix(2))) == ["B": 2])
        // a client who has left the group is not listed, however many sessions were missed
        let left =
            november + [
                Session(
                    day: Day(2026, 12, 1), held: true, capacity: 8, enrolled: ["A", "C", "D"],
                    attendance: ["A": .present, "C": .present, "D": .absent])
            ]
        #expect(GroupFigures.missedInARow(left) == [:])
        // a held session without the client's record is skipped, as on the group page
        let unrecorded = [
            Session(day: Day(2026, 11, 3), held: true, capacity: 8, enrolled: ["A"], attendance: ["A": .absent]),
            Session(day: Day(2026, 11, 10), held: true, capacity: 8, enrolled: ["A"], attendance: [:]),
        ]
        #expect(GroupFigures.missedInARow(unrecorded) == [:])
        #expect(GroupAttendance.missedInARow([.absent]) == 1)
    }

    @Test func aGroupWithoutHeldSessionsHasNoShares() {
        let figures = GroupFigures([
            Session(day: Day(2026, 11, 17), held: false, capacity: 8, enrolled: ["A"], attendance: [:])
        ])
        #expect(figures.held == 0)
        #expect(figures.attendance.fraction == nil && figures.occupancy.fraction == nil)
        #expect(GroupFigures.missedInARow([Session]()) == [:])
    }
}
