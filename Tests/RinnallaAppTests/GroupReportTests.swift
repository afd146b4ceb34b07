import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// The group report's figures on a small fixture with known sessions and attendance.
@Suite("Group report")
struct GroupReportTests {
    @Test func theReportCountsHeldSessionsAttendanceAndParticipants() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: a Thursday group from 1.1.2026; today is Friday 16.1.2026.
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let group = try await GroupHelpers.create(worker, app, unit: fixture.unitA)
            let groupID = try group.requireID()
            fixture.clock.advance(by: 15 * 86400)
            // The session has idled out over the fortnight: log in again.
            let reader = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            var clients: [UUID] = []
            for name in ["Anna Ankka", "Bruno Karhu", "Cecilia Kettu"] {
                clients.append(
                    try await GroupHelpers.client(app, name: name, unit: fixture.unitA, worker: fixture.workerA).client)
            }
            // Anna and Bruno from the start, Bruno leaves on 15.1.; Cecilia joins on 8.1.
            for (client, joined, left) in [
                (clients[0], "2026-01-01", nil), (clients[1], "2026-01-01", "2026-01-15"),
                (clients[2], "2026-01-08", nil),
            ] as [(UUID, String, String?)] {
                let enrolment = GroupEnrolment()
                enrolment.$group.id = groupID
                enrolment.$client.id = client
                enrolment.$unit.id = fixture.unitA
                enrolment.enrolledOn = joined
                enrolment.leftOn = left
                enrolment.$createdBy.id = fixture.workerA
                try await enrolment.create(on: app.db)
            }
            let sessions = try await GroupHelpers.sessions(app, of: group)
            let first = try #require(sessions.first { $0.day == "2026-01-01" })
            let second = try #require(sessions.first { $0.day == "2026-01-08" })
            let third = try #require(sessions.first { $0.day == "2026-01-15" })
            func mark(_ session: GroupSession, _ marks: [(UUID, AttendanceStatus)], walkIns: Int) async throws {
                for (client, status) in marks {
                    let record = GroupAttendanceRecord()
                    record.$session.id = try session.requireID()
                    record.$group.id = groupID
                    record.$client.id = client
                    record.$unit.id = fixture.unitA
                    record.day = session.day
                    record.status = status.rawValue
                    record.$recordedBy.id = fixture.workerA
                    try await record.create(on: app.db)
                }
                session.walkIns = walkIns
                session.attendanceSavedAt = Date()
                try await session.update(on: app.db)
            }
            try await mark(first, [(clients[0], .present), (clients[1], .absent)], walkIns: 1)
            try await mark(
                second, [(clients[0], .present), (clients[1], .excused), (clients[2], .present)], walkIns: 2)
            third.status = GroupSession.cancelled
            try await third.update(on: app.db)
            // act
            let page = try await reader.get("/groups/\(groupID)/report")
            // check
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("id=\"report-sessions-held\">2<"))
            #expect(html.contains("id=\"report-participants\">2<"))
            #expect(html.contains("id=\"report-walk-ins\">3<"))
            #expect(html.contains("id=\"report-overall-rate\">60 %<"))
            #expect(html.contains("<td>50 %</td>") && html.contains("<td>67 %</td>"))
            #expect(html.contains("id=\"attendance-chart-title\""))
            #expect(html.contains("id=\"feedback-too-few\"") || html.contains("alle 5"))
            #expect(!html.contains("Anna Ankka"))
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let report = try await api.send(.GET, "/api/v1/groups/\(groupID)/report").content.decode(
                APIGroupFeedbackController.GroupReportDTO.self)
            #expect(report.sessionsHeld == 2)
            #expect(report.sessions.map(\.day) == ["2026-01-01", "2026-01-08"])
            #expect(report.sessions.map(\.enrolled) == [2, 3])
            #expect(report.sessions.map(\.present) == [1, 2])
            #expect(report.participants == 2)
            #expect(report.walkIns == 3)
            #expect(report.attendanceRate == 0.6)
            #expect(report.feedback.responses.value == 0)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "group-report").count()
            #expect(audit == 2)
        }
    }

    @Test func feedbackSummaryRulesInCore() {
        let few = GroupFeedback.summary(ratings: [5, 4, nil], threshold: 5)
        #expect(few.responses == .fewerThan(5))
        #expect(few.distribution == nil && few.mean.value == nil && !few.showsTexts)
        let none = GroupFeedback.summary(ratings: [], threshold: 5)
        #expect(none.responses == .shown(0))
        let enough = GroupFeedback.summary(ratings: [5, 5, 5, 5, 5, 4, 4, 4, 4, 4, nil], threshold: 5)
        #expect(enough.showsTexts)
        #expect(enough.mean.value == 4.5)
        #expect(enough.distribution?.cells.map(\.shownValue) == [0, 0, 0, nil, 5, nil])
        // The one unrated answer is a small cell; the next smallest (rating 4) is hidden with it.
        #expect(enough.distribution?.cells[3] == .hidden)
        // Fewer than five ratings among enough responses: no mean.
        let unrated = GroupFeedback.summary(ratings: [5, nil, nil, nil, nil, nil], threshold: 5)
        #expect(unrated.showsTexts && unrated.mean.value == nil)
        #expect(GroupFeedback.validate(good: " ", change: nil, rating: "") == .failure(.empty))
        #expect(GroupFeedback.validate(good: "x", change: nil, rating: "6") == .failure(.rating))
        #expect(GroupFeedback.validate(good: nil, change: nil, rating: "3").map(\.rating) == .success(3))
    }
}
