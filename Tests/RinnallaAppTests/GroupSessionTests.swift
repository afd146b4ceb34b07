import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Group sessions")
struct GroupSessionTests {
    @Test func makingTheSessionsAgainNeverDuplicates() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let group = try await GroupHelpers.create(owner, app, unit: fixture.unitB)
            let groupID = try group.requireID()
            let area = try await GroupHelpers.area(app)
            let form = GroupHelpers.form(unit: fixture.unitB, area: area)
            // act: saving the same group twice
            for _ in 0..<2 {
                #expect(try await GroupHelpers.post(owner, "/groups/\(groupID)", form).status == .seeOther)
            }
            // check
            #expect(try await GroupHelpers.sessions(app, of: group).count == 13)
            // and the database refuses a second session for the same schedule day
            let duplicate = GroupSession()
            duplicate.$group.id = groupID
            duplicate.$unit.id = fixture.unitB
            duplicate.day = "2026-01-08"
            duplicate.startMinutes = 600
            duplicate.endMinutes = 720
            duplicate.place = "x"
            duplicate.note = ""
            duplicate.status = GroupSession.planned
            duplicate.cancelReason = ""
            duplicate.scheduleKey = "2026-01-08"
            duplicate.walkIns = 0
            await #expect(throws: (any Error).self) { try await duplicate.create(on: app.db) }
            #expect(try await GroupHelpers.sessions(app, of: group).count == 13)
        }
    }

    @Test func aChangedScheduleKeepsMovedCancelledAndPastSessions() async throws {
        try await withTestApp { (app, fixture) async throws in
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let group = try await GroupHelpers.create(owner, app, unit: fixture.unitB)
            let groupID = try group.requireID()
            let area = try await GroupHelpers.area(app)
            var sessions = try await GroupHelpers.sessions(app, of: group)
            // 8.1. moves to Friday 9.1. and 15.1. is cancelled.
            let moved = try await owner.post(
                "/sessions/\(try sessions[1].requireID())",
                form: ["day": "9.1.2026", "startTime": "11:00", "endTime": "13:00", "place": "Stoa", "note": "Retki"])
            #expect(moved.status == .seeOther)
            let cancelled = try await owner.post(
                "/sessions/\(try sessions[2].requireID())/cancel", form: ["cancelReason": "Ohjaaja sairaana"])
            #expect(cancelled.status == .seeOther)
            // act: the group moves to Tuesdays
            let response = try await GroupHelpers.post(
                owner, "/groups/\(groupID)", GroupHelpers.form(unit: fixture.unitB, area: area, ["weekdays[]": "2"]))
            #expect(response.status == .seeOther)
            // check: the Thursdays still to come are gone; today's (1.1.) stays as it is
            // today, the moved and the cancelled ones stay, Tuesdays are added.
            sessions = try await GroupHelpers.sessions(app, of: group)
            let days = sessions.map(\.day)
            #expect(days.contains("2026-01-09") && days.contains("2026-01-15"))
            #expect(!days.contains("2026-01-22"))
            #expect(days.filter { Day(iso: $0)?.weekday == 2 }.count == 12)
            #expect(sessions.first { $0.day == "2026-01-15" }?.cancelReason == "Ohjaaja sairaana")
            #expect(sessions.first { $0.day == "2026-01-09" }?.note == "Retki")
            // Saving again changes nothing.
            let count = sessions.count
            _ = try await GroupHelpers.post(
                owner, "/groups/\(groupID)", GroupHelpers.form(unit: fixture.unitB, area: area, ["weekdays[]": "2"]))
            #expect(try await GroupHelpers.sessions(app, of: group).count == count)
        }
    }

    @Test func sessionsAreChangedCancelledWithAReasonOrAddedByHand() async throws {
        try await withTestApp { (app, fixture) async throws in
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let group = try await GroupHelpers.create(owner, app, unit: fixture.unitB)
            let groupID = try group.requireID()
            let session = try #require(try await GroupHelpers.sessions(app, of: group).last)
            let sessionID = try session.requireID()
            #expect(try await owner.get("/sessions/\(sessionID)").body.string.contains("Kontulan D-asema"))
            // Refused input changes nothing and names the field.
            let before = try await tableSnapshot(app)
            let dump = try await GroupHelpers.sessions(app, of: group).map { "\($0.day) \($0.place) \($0.status)" }
            let refusals: [(String, [String: String], String)] = [
                (
                    "/sessions/\(sessionID)",
                    ["day": "32.1.2026", "startTime": "10:00", "endTime": "12:00", "place": "x"], "day"
                ),
                (
                    "/sessions/\(sessionID)",
                    ["day": "26.3.2026", "startTime": "10:00", "endTime": "12:00", "place": " "], "place"
                ),
                ("/sessions/\(sessionID)/cancel", ["cancelReason": " "], "cancelReason"),
                (
                    "/groups/\(groupID)/sessions",
                    ["day": "1.4.2026", "startTime": "12:00", "endTime": "11:00", "place": "x"], "endTime"
                ),
            ]
            for (path, form, field) in refusals {
                let response = try await owner.post(path, form: form)
                #expect(response.status == .unprocessableEntity, "\(path) \(field)")
                #expect(response.body.string.contains("href=\"#field-\(field)\""), "\(field)")
            }
            #expect(try await tableSnapshot(app) == before)
            #expect(
                try await GroupHelpers.sessions(app, of: group).map { "\($0.day) \($0.place) \($0.status)" } == dump)
            // Changed, cancelled and added.
            #expect(
                try await owner.post(
                    "/sessions/\(sessionID)",
                    form: [
                        "day": "26.3.2026", "startTime": "12:00", "endTime": "14:00", "place": "Stoa", "note": "Retki",
                    ]
                ).status == .seeOther)
            let changed = try #require(try await GroupSession.find(sessionID, on: app.db))
            #expect(changed.startMinutes == 720 && changed.place == "Stoa" && changed.note == "Retki")
            #expect(
                try await owner.post("/sessions/\(sessionID)/cancel", form: ["cancelReason": "Pääsiäinen"]).status
                    == .seeOther)
            #expect(try await GroupSession.find(sessionID, on: app.db)?.status == "cancelled")
            #expect(try await owner.get("/sessions/\(sessionID)").body.string.contains("peruttu: Pääsiäinen"))
            let added = try await owner.post(
                "/groups/\(groupID)/sessions",
                form: ["day": "2.4.2026", "startTime": "10:00", "endTime": "12:00", "place": "Kontulan D-asema"])
            #expect(added.status == .seeOther)
            let extra = try #require(try await GroupSession.query(on: app.db).filter(\.$day == "2026-04-02").first())
            #expect(extra.scheduleKey == nil)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "group-session").count()
            #expect(audit == 3)
        }
    }

    @Test func anotherUnitsWorkerCannotReachTheSessions() async throws {
        try await withTestApp { (app, fixture) async throws in
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let group = try await GroupHelpers.create(owner, app, unit: fixture.unitB)
            let session = try #require(try await GroupHelpers.sessions(app, of: group).first)
            let other = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let before = try await tableSnapshot(app)
            #expect(try await other.get("/sessions/\(try session.requireID())").status == .notFound)
            #expect(
                try await other.post("/sessions/\(try session.requireID())/cancel", form: ["cancelReason": "x"]).status
                    == .notFound)
            #expect(
                try await other.post(
                    "/groups/\(try group.requireID())/sessions",
                    form: ["day": "2.4.2026", "startTime": "10:00", "endTime": "12:00", "place": "x"]
                ).status == .notFound)
            #expect(try await tableSnapshot(app) == before)
        }
    }
}
