import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// Security review (issue 13), items 7 and 11 for group feedback: its figures and listed
/// answers change only by five answers at a time, and its storage order says nothing of
/// the order of answering.
@Suite("Group feedback privacy (issue 13)")
struct GroupFeedbackPrivacyTests {
    static func figures(_ app: Application, _ groupID: UUID) async throws -> [String] {
        let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
        return [
            try InclusionResultsPrivacyTests.sorted(
                try await api.send(.GET, "/api/v1/groups/\(groupID)/feedback").body.string),
            try InclusionResultsPrivacyTests.sorted(
                try await api.send(.GET, "/api/v1/groups/\(groupID)/report").body.string),
        ]
    }

    /// The attack: the leader reads the feedback, watches one participant answer and reads
    /// again: neither the counts nor the listed free text show the new answer.
    @Test func item7_groupFeedbackCannotBeDifferencedByOneAnswer() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: ten answers while the group runs (its last day is 26.3.2026)
            let (worker, group, token) = try await GroupFeedbackTests.groupWithLink(app, fixture)
            let groupID = try group.requireID()
            for index in 0..<10 {
                let sent = try await GroupFeedbackTests.answer(
                    app, token, ["feedbackGood": "Vastaus \(index)", "feedbackRating": "4"])
                #expect(sent.status == .ok)
            }
            #expect(try await GroupFeedbackResponse.query(on: app.db).count() == 5)
            let before = try await Self.figures(app, groupID)
            let page = try await worker.get("/groups/\(groupID)/feedback/results").body.string
            #expect(page.contains("id=\"feedback-responses\">5<"))
            #expect(page.contains("id=\"feedback-release-note\""))
            // act: one participant writes something only they would
            let sent = try await GroupFeedbackTests.answer(
                app, token,
                ["feedbackGood": "Minun salaisuuteni", "feedbackChange": "Ei mitään", "feedbackRating": "1"])
            #expect(sent.status == .ok)
            // check
            #expect(try await Self.figures(app, groupID) == before)
            let after = try await worker.get("/groups/\(groupID)/feedback/results").body.string
            #expect(!after.contains("Minun salaisuuteni") && !after.contains("Ei mitään"))
            #expect(after.contains("id=\"feedback-responses\">5<"))
            // Four more: five join at once.
            for index in 0..<4 {
                _ = try await GroupFeedbackTests.answer(app, token, ["feedbackGood": "Lisää \(index)"])
            }
            #expect(try await GroupFeedbackResponse.query(on: app.db).count() == 10)
            #expect(try await heldCount(app, "group_feedback_held_responses") == 5)
            // The group ends: everything joins.
            fixture.clock.advance(by: 90 * 86400)
            let later = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let ended = try await later.get("/groups/\(groupID)/feedback/results").body.string
            #expect(ended.contains("id=\"feedback-responses\">15<"))
            #expect(ended.contains("Minun salaisuuteni"))
            #expect(try await heldCount(app, "group_feedback_held_responses") == 0)
        }
    }

    /// On PostgreSQL the answers released together share one `xmin` and lie in the heap in
    /// random-id order; on SQLite the table has no rowid (also checked with the ESIS tables in
    /// `InclusionResultsPrivacyTests`).
    @Test func item11_groupFeedbackStorageOrderDoesNotFollowAnsweringOrder() async throws {
        try await withTestApp { (app, fixture) async throws in
            let (_, group, token) = try await GroupFeedbackTests.groupWithLink(app, fixture)
            for index in 0..<15 {
                _ = try await GroupFeedbackTests.answer(app, token, ["feedbackGood": "Vastaus \(index)"])
            }
            let sql = app.db as! any SQLDatabase
            if TestDatabase.isPostgres {
                let rows = try await sql.raw(
                    "SELECT id::text AS id, xmin::text AS x FROM group_feedback_responses ORDER BY ctid"
                ).all().map {
                    (try $0.decode(column: "id", as: String.self), try $0.decode(column: "x", as: String.self))
                }
                #expect(rows.count == 10)
                let releases = Dictionary(grouping: rows, by: \.1)
                #expect(releases.count == 2)
                for (_, release) in releases {
                    #expect(release.map(\.0) == release.map(\.0).sorted())
                }
            } else {
                await #expect(throws: (any Error).self) {
                    try await sql.raw("SELECT rowid FROM group_feedback_responses").all()
                }
            }
            // Listed answers come in random-id order, never in the order given.
            let results = try await GroupFeedbackService.results(ofGroup: try group.requireID(), on: app.db)
            #expect(results.good.count == 10)
        }
    }
}
