import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Group attendance")
struct GroupAttendanceTests {
    /// Unit B's Thursday group with unit B's worker as its leader and three members.
    static func groupWithMembers(_ app: Application, _ fixture: Fixture, _ owner: Browser) async throws -> (
        group: ActivityGroup, members: [UUID]
    ) {
        let area = try await GroupHelpers.area(app)
        let response = try await GroupHelpers.post(
            owner, "/groups",
            GroupHelpers.form(unit: fixture.unitB, area: area) + [("leaderIDs[]", fixture.workerB.uuidString)])
        #expect(response.status == .seeOther)
        let group = try #require(try await ActivityGroup.query(on: app.db).first())
        var members = [fixture.clientB]
        for name in ["Bruno Asiakas", "Cecilia Asiakas"] {
            members.append(
                try await GroupHelpers.client(app, name: name, unit: fixture.unitB, worker: fixture.workerB).client)
        }
        for member in members {
            let enrolled = try await owner.post(
                "/groups/\(try group.requireID())/enrolments", form: ["clientID": member.uuidString])
            #expect(enrolled.status == .seeOther)
        }
        return (group, members)
    }

    @Test func attendanceSavedTwiceGivesOneRecordPerClient() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let (group, members) = try await Self.groupWithMembers(app, fixture, owner)
            let today = try #require(try await GroupHelpers.sessions(app, of: group).first)
            let sessionID = try today.requireID()
            let page = try await owner.get("/sessions/\(sessionID)/attendance")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("type=\"radio\" name=\"status-\(members[0])\""))
            #expect(html.contains("Ilmoitti poissaolosta") && html.contains("Bruno Asiakas"))
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$recordType == "group-attendance")
                    .filter(\.$action == "view").count() == 3)
            // act: saved, then saved again with one change
            var form = [
                "status-\(members[0])": "present", "status-\(members[1])": "absent",
                "status-\(members[2])": "excused", "walkIns": "2",
            ]
            let first = try await owner.post("/sessions/\(sessionID)/attendance", form: form)
            #expect(first.status == .seeOther)
            #expect(first.headers.first(name: .location)?.contains("notice=attendance-saved") == true)
            form["status-\(members[1])"] = "present"
            form["walkIns"] = "3"
            #expect(try await owner.post("/sessions/\(sessionID)/attendance", form: form).status == .seeOther)
            // check
            let records = try await GroupAttendanceRecord.query(on: app.db).all()
            #expect(records.count == 3)
            let byClient = Dictionary(uniqueKeysWithValues: records.map { ($0.$client.id, $0.status) })
            #expect(byClient == [members[0]: "present", members[1]: "present", members[2]: "excused"])
            #expect(records.allSatisfy { $0.day == "2026-01-01" && $0.$period.id != nil })
            let saved = try #require(try await GroupSession.find(sessionID, on: app.db))
            #expect(saved.walkIns == 3 && saved.attendanceSavedAt != nil)
            // The second save audited only the change.
            let changes = try await AuditEvent.query(on: app.db).filter(\.$recordType == "group-attendance")
                .filter(\.$action ~~ ["create", "update"]).all()
            #expect(changes.filter { $0.action == "create" }.count == 3)
            #expect(changes.filter { $0.action == "update" }.map(\.clientID) == [members[1]])
            // The database itself refuses a second record for the same session and client.
            let duplicate = GroupAttendanceRecord()
            duplicate.$session.id = sessionID
            duplicate.$group.id = try group.requireID()
            duplicate.$client.id = members[0]
            duplicate.$unit.id = fixture.unitB
            duplicate.day = "2026-01-01"
            duplicate.status = "absent"
            duplicate.$recordedBy.id = fixture.workerB
            await #expect(throws: (any Error).self) { try await duplicate.create(on: app.db) }
            #expect(try await GroupAttendanceRecord.query(on: app.db).count() == 3)
            // The page shows the saved choices.
            let again = try await owner.get("/sessions/\(sessionID)/attendance").body.string
            #expect(again.contains("value=\"excused\" class=\"choice-excused\" checked"))
            #expect(again.contains("value=\"3\""))
        }
    }

    @Test func refusedAttendanceNamesTheFieldAndSavesNothing() async throws {
        try await withTestApp { (app, fixture) async throws in
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let (group, members) = try await Self.groupWithMembers(app, fixture, owner)
            let sessions = try await GroupHelpers.sessions(app, of: group)
            let sessionID = try sessions[0].requireID()
            let stranger = try await GroupHelpers.client(
                app, name: "Ulla Ulkopuolinen", unit: fixture.unitB, worker: fixture.workerB)
            let before = try await tableSnapshot(app)
            let cases: [([String: String], String)] = [
                (["status-\(members[0])": "present", "status-\(members[1])": "late"], "status-\(members[1])"),
                (["status-\(stranger.client)": "present"], "status-\(stranger.client)"),
                (["status-\(members[0])": "present", "walkIns": "-1"], "walkIns"),
                (["status-\(members[0])": "present", "walkIns": "many"], "walkIns"),
            ]
            for (form, field) in cases {
                let response = try await owner.post("/sessions/\(sessionID)/attendance", form: form)
                #expect(response.status == .unprocessableEntity, "\(field)")
                #expect(response.body.string.contains("href=\"#field-\(field)\""), "\(field)")
            }
            // A session still to come, and a cancelled one, take no attendance.
            let future = try await owner.post(
                "/sessions/\(try sessions[1].requireID())/attendance", form: ["status-\(members[0])": "present"])
            #expect(future.status == .unprocessableEntity)
            #expect(future.body.string.contains("Läsnäolot merkitään kokoontumispäivänä tai sen jälkeen."))
            #expect(try await tableSnapshot(app) == before)
            _ = try await owner.post("/sessions/\(sessionID)/cancel", form: ["cancelReason": "Myrsky"])
            let afterCancel = try await tableSnapshot(app)
            let cancelled = try await owner.post(
                "/sessions/\(sessionID)/attendance", form: ["status-\(members[0])": "present"])
            #expect(cancelled.status == .unprocessableEntity)
            #expect(try await tableSnapshot(app) == afterCancel)
            #expect(try await GroupAttendanceRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func onlyTheOwningUnitMarksAttendance() async throws {
        try await withTestApp { (app, fixture) async throws in
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let (group, members) = try await Self.groupWithMembers(app, fixture, owner)
            let sessionID = try #require(try await GroupHelpers.sessions(app, of: group).first).requireID()
            let other = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let before = try await tableSnapshot(app)
            let page = try await other.get("/sessions/\(sessionID)/attendance")
            #expect(page.status == .notFound)
            #expect(!page.body.string.contains("Bea Asiakas"))
            #expect(
                try await other.post("/sessions/\(sessionID)/attendance", form: ["status-\(members[0])": "present"])
                    .status == .notFound)
            #expect(try await tableSnapshot(app) == before)
        }
    }

    @Test func aLeaderOpensTodaysSessionFromTheHomePage() async throws {
        try await withTestApp { (app, fixture) async throws in
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let (group, _) = try await Self.groupWithMembers(app, fixture, owner)
            let sessionID = try #require(try await GroupHelpers.sessions(app, of: group).first).requireID()
            let home = try await owner.get("/").body.string
            #expect(home.contains("Ryhmiesi kokoontumiset tänään"))
            #expect(home.contains("href=\"/sessions/\(sessionID)/attendance\""))
            let today = try await owner.get("/groups/today").body.string
            #expect(today.contains("href=\"/sessions/\(sessionID)/attendance\""))
            // Someone who leads no group sees no such list; another unit's worker not its sessions.
            let other = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(!(try await other.get("/").body.string.contains("Ryhmiesi kokoontumiset tänään")))
            #expect(!(try await other.get("/groups/today").body.string.contains("/sessions/\(sessionID)")))
            // The API lists it too.
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let reminders = try await api.send(.GET, "/api/v1/me/reminders")
            #expect(reminders.body.string.contains(sessionID.uuidString))
        }
    }
}
