import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Generated benchmark data (demo --scale)")
struct DemoScaleTests {
    @Test func aSmallScaleMakesExactCountsAndThePagesStillAnswer() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await DemoData.load(on: app)
            let before = try await tableSnapshot(app)
            // 0.002 → 20 clients, 60 periods, 2,000 meetings; Sanna answers for 3 of them.
            let summary = try await DemoScale.load(scale: 0.002, on: app) { _ in }
            let after = try await tableSnapshot(app)
            #expect(summary.clients == 20)
            #expect(summary.sannaClients == 3)
            #expect(after["clients"]! - before["clients"]! == 20)
            #expect(after["periods"]! - before["periods"]! == 60)
            #expect(after["meetings"]! - before["meetings"]! == 2_000)
            #expect(after["decisions"]! - before["decisions"]! == summary.decisions)
            #expect(summary.decisions >= 60)
            // 0.002 → 4 groups and exactly 200 sessions, each group's from its schedule.
            #expect(summary.groups == 4 && summary.sessions == 200)
            #expect(after["groups"]! - before["groups"]! == 4)
            #expect(after["groupSessions"]! - before["groupSessions"]! == 200)
            #expect(after["groupEnrolments"]! - before["groupEnrolments"]! == summary.enrolments)
            let generatedGroups = try await ActivityGroup.query(on: app.db)
                .filter(\.$name !~ DemoGroups.seeds.map(\.name)).all()
            for group in generatedGroups {
                let sessions = try await GroupHelpers.sessions(app, of: group)
                #expect(sessions.count == 50)
                #expect(sessions.allSatisfy { group.schedule.isSessionDay(Day(iso: $0.day)!, in: group.range!) })
                let members = try await GroupEnrolment.query(on: app.db).filter(\.$group.$id == group.requireID())
                    .count()
                #expect(group.enrolledCount == members && members <= group.capacity)
            }

            // A client has at most one open period, and every period has a decision.
            let fixtureClients = [fixture.clientA, fixture.clientB]
            let periods = try await RehabilitationPeriod.query(on: app.db).filter(\.$client.$id !~ fixtureClients).all()
            let openByClient = Dictionary(grouping: periods.filter(\.isOpen), by: { $0.$client.id })
            #expect(openByClient.values.allSatisfy { $0.count == 1 })
            let decided = Set(try await Decision.query(on: app.db).all().map(\.$period.id))
            #expect(periods.allSatisfy { decided.contains($0.id!) })
            // Generated data has birth dates, never identity codes.
            #expect(
                try await ClientRecord.query(on: app.db).filter(\.$id !~ fixtureClients).filter(\.$identityCode != nil)
                    .count() == 0)

            // A second run is refused and changes nothing.
            await #expect(throws: DemoScale.Refused.self) {
                _ = try await DemoScale.load(scale: 0.002, on: app) { _ in }
            }
            #expect(try await tableSnapshot(app) == after)

            let sanna = try #require(
                try await User.query(on: app.db).filter(\.$email == "sanna@demo.rinnalla.fi").first())
            let generated = try #require(
                try await ClientRecord.query(on: app.db).filter(\.$responsibleWorker.$id == sanna.requireID())
                    .filter(\.$identityCode == nil).sort(\.$name).all()
                    .first { name in !DemoCaseload.clients.map(\.name).contains(name.name) })
            let browser = try await Browser.loggedIn(app, email: "sanna@demo.rinnalla.fi", password: DemoData.password)
            #expect(try await browser.get("/").status == .ok)
            let page = try await browser.get("/clients/\(generated.requireID())")
            #expect(page.status == .ok)
            #expect(page.body.string.contains(generated.name))
        }
    }

    @Test func theGeneratorIsDeterministic() async throws {
        // Same seed, same rows: two runs on fresh databases make the same clients.
        var runs: [[String]] = []
        for _ in 0..<2 {
            try await withTestApp { (app, fixture) async throws in
                _ = try await DemoScale.load(scale: 0.001, on: app) { _ in }
                let handbook = DemoCaseload.clients.map(\.name) + DemoGroups.extraClients.map(\.0)
                runs.append(
                    try await ClientRecord.query(on: app.db).filter(\.$id !~ [fixture.clientA, fixture.clientB])
                        .filter(\.$name !~ handbook).all().map { "\($0.id!) \($0.name) \($0.birthDate ?? "")" }
                        .sorted())
            }
        }
        #expect(runs.count == 2)
        #expect(runs[0].count == 10)
        #expect(runs[0] == runs[1])
    }

    @Test func theScaleMustBePositive() async throws {
        try await withTestApp { (app, _) async throws in
            await #expect(throws: DemoScale.Refused.self) {
                _ = try await DemoScale.load(scale: 0, on: app) { _ in }
            }
        }
    }
}
