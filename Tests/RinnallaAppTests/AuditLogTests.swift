import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Audit log")
struct AuditLogTests {
    /// Drives a realistic session of many actions through the routes.
    static func busyDay(_ app: Application, _ fixture: Fixture) async throws {
        let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
        _ = try await admin.post("/admin/units", form: ["name": "Pohjoinen aikuissosiaalityö"])
        _ = try await admin.post(
            "/admin/users",
            form: [
                "name": "Uusi Työntekijä", "email": "uusi@example.fi", "role": "social-instructor",
                "unitID": fixture.unitA.uuidString, "password": "initial password 1",
            ])
        _ = try await admin.post(
            "/admin/users/\(fixture.workerB)", form: ["name": "Bertta B", "email": "worker.b@example.fi"])
        _ = try await admin.post(
            "/admin/users/\(fixture.workerB)/roles", form: ["role": "group-leader", "unitID": fixture.unitB.uuidString])
        _ = try await admin.post("/admin/users/\(fixture.workerB)/password", form: ["password": "reset password 123"])
        _ = try await Browser(app).login(email: "worker.a@example.fi", password: "wrong password!!")
        let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
        _ = try await lead.get("/units/\(fixture.unitA)/audit")
        _ = try await lead.post("/account/language", form: ["language": "sv"])
        _ = try await lead.post("/logout")
        let api = try await APIClient.loggedIn(app, email: "admin@example.fi")
        _ = try await api.send(.POST, "/api/v1/units", json: ["name": "Etelä"])
        _ = try await api.send(.DELETE, "/api/v1/auth/token")
    }

    @Test func theChainVerifiesAfterManyActions() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await Self.busyDay(app, fixture)
            let count = try await AuditEvent.query(on: app.db).count()
            #expect(count >= 12)
            #expect(try await AuditLog.verify(on: app.db, pageSize: 5) == .intact(rows: count))
        }
    }

    @Test func concurrentReadsAreEachAuditedAndTheChainHolds() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let before = try await AuditEvent.query(on: app.db).count()
            // Page reads at once: their view rows go through the group commit together.
            try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<40 {
                    group.addTask { try await worker.get("/clients/\(fixture.clientA)").status }
                }
                for try await status in group { #expect(status == .ok) }
            }
            let rows = try await AuditEvent.query(on: app.db).filter(\.$sequence > before)
                .filter(\.$recordType == "client").all()
            #expect(rows.count == 40)
            let sequences = try await AuditEvent.query(on: app.db).sort(\.$sequence).all().map(\.sequence)
            #expect(sequences == Array(1...sequences.count))
            #expect(try await AuditLog.verify(on: app.db) == .intact(rows: sequences.count))
        }
    }

    @Test func aBatchOfEntriesIsChainedInOrder() async throws {
        try await withTestApp { (app, fixture) async throws in
            let before = try await AuditEvent.query(on: app.db).count()
            let entries = (1...5).map { index in
                (
                    entry: AuditLog.Entry(action: .view, recordType: "batch-test", recordID: "\(index)"),
                    now: Date(timeIntervalSince1970: 1_767_268_800)
                )
            }
            try await AuditLog.write(entries, on: app.db)
            let rows = try await AuditEvent.query(on: app.db).filter(\.$sequence > before).sort(\.$sequence).all()
            #expect(rows.map(\.recordID) == ["1", "2", "3", "4", "5"])
            #expect(zip(rows.dropFirst(), rows).allSatisfy { $0.previousHash == $1.hash })
            #expect(try await AuditLog.verify(on: app.db) == .intact(rows: before + 5))
        }
    }

    @Test func noActionChangesOrRemovesEarlierRows() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            try await Self.busyDay(app, fixture)
            let before = try await AuditEvent.query(on: app.db).sort(\.$sequence).all().map {
                "\($0.sequence)|\($0.hash)|\($0.action)|\($0.detail ?? "")"
            }
            // act: every route, as an admin and as a team lead
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            for client in [admin, lead] {
                for route in app.routes.all where route.path.first != .constant("api") {
                    let path = AccessControlTests.path(
                        route, ["unitID": fixture.unitA.uuidString, "userID": fixture.workerB.uuidString])
                    if route.method == .GET { _ = try await client.get(path) }
                }
            }
            // check
            let after = try await AuditEvent.query(on: app.db).sort(\.$sequence).all().map {
                "\($0.sequence)|\($0.hash)|\($0.action)|\($0.detail ?? "")"
            }
            #expect(Array(after.prefix(before.count)) == before)
            #expect(try await AuditLog.verify(on: app.db) == .intact(rows: after.count))
        }
    }

    @Test func editingARowDirectlyMakesVerifyNameIt() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            try await Self.busyDay(app, fixture)
            let sql = app.db as! any SQLDatabase
            // act: someone with database access rewrites who did something
            try await sql.raw("UPDATE audit_events SET actor_name = 'Someone Else' WHERE seq = 4").run()
            // check
            #expect(try await AuditLog.verify(on: app.db) == .broken(sequence: 4, reason: .contentHashMismatch))
        }
    }

    @Test func deletingARowBreaksTheChain() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await Self.busyDay(app, fixture)
            try await (app.db as! any SQLDatabase).raw("DELETE FROM audit_events WHERE seq = 3").run()
            #expect(try await AuditLog.verify(on: app.db) == .broken(sequence: 4, reason: .sequenceGap))
        }
    }

    @Test func rowsRecordWhoWhatAndTheRequest() async throws {
        try await withTestApp { (app, fixture) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            _ = try await admin.post("/admin/units", form: ["name": "Pohjoinen"])
            let event = try #require(try await AuditEvent.query(on: app.db).filter(\.$action == "create").first())
            #expect(event.userID == fixture.admin)
            #expect(event.actorName == "Antti Pääkäyttäjä")
            #expect(event.recordType == "unit")
            #expect(event.requestID?.isEmpty == false)
        }
    }

    @Test func exportWritesCSVForTheRange() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await Self.busyDay(app, fixture)
            let from = fixture.clock.now.addingTimeInterval(-86400)
            let csv = try await AuditLog.exportCSV(from: from, to: from.addingTimeInterval(2 * 86400), on: app.db)
            let lines = csv.split(separator: "\r\n")
            #expect(lines.first == Substring(AuditLog.csvHeader.joined(separator: ",")))
            #expect(lines.count == (try await AuditEvent.query(on: app.db).count()) + 1)
            let none = try await AuditLog.exportCSV(from: from.addingTimeInterval(-10 * 86400), to: from, on: app.db)
            #expect(none.split(separator: "\r\n").count == 1)
        }
    }

    @Test func teamLeadsSeeTheirUnitsClientTrail() async throws {
        try await withTestApp { (app, fixture) async throws in
            // A client-data read recorded for unit A (client records arrive with the periods issue).
            let client = UUID()
            try await AuditLog.append(
                .view, actor: .init(userID: fixture.workerA, name: "Aila Työntekijä"), unitID: fixture.unitA,
                clientID: client, recordType: "client", recordID: client.uuidString, now: fixture.clock.now, on: app.db)
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let page = try await lead.get("/units/\(fixture.unitA)/audit")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Aila Työntekijä"))
            #expect(page.body.string.contains(Localizer.shared.text(.auditActionView, .fi)))
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let logins = try await admin.get("/admin/logins")
            #expect(logins.status == .ok)
            #expect(logins.body.string.contains("Leena Esihenkilö"))
            #expect(!logins.body.string.contains("client "))
        }
    }
}
