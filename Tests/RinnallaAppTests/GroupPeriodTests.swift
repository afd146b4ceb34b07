import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Group activity in the period")
struct GroupPeriodTests {
    static let day = 86_400.0

    /// Unit B's Thursday group led by unit B's worker, with Bea (period B) as a member.
    static func setUp(_ app: Application, _ fixture: Fixture) async throws -> (Browser, ActivityGroup, [GroupSession]) {
        let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
        let area = try await GroupHelpers.area(app)
        let created = try await GroupHelpers.post(
            owner, "/groups",
            GroupHelpers.form(unit: fixture.unitB, area: area) + [("leaderIDs[]", fixture.workerB.uuidString)])
        #expect(created.status == .seeOther)
        let group = try #require(try await ActivityGroup.query(on: app.db).first())
        let enrolled = try await owner.post(
            "/groups/\(try group.requireID())/enrolments", form: ["clientID": fixture.clientB.uuidString])
        #expect(enrolled.status == .seeOther)
        return (owner, group, try await GroupHelpers.sessions(app, of: group))
    }

    static func mark(_ browser: Browser, _ session: GroupSession, _ fixture: Fixture, _ status: String) async throws {
        let response = try await browser.post(
            "/sessions/\(try session.requireID())/attendance", form: ["status-\(fixture.clientB)": status])
        #expect(response.status == .seeOther, "\(session.day): \(response.body.string.prefix(300))")
    }

    @Test func attendedSessionsAreActivityDaysAndDecidedMonthsAreCorrectedNotChanged() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: a decision 1.1.–31.3.2026, a realised meeting on Thursday 8.1.
            var (worker, _, sessions) = try await Self.setUp(app, fixture)
            try await AllowanceFlowTests.decide(worker, fixture)
            try await AllowanceFlowTests.meeting(worker, fixture, day: "8.1.2026", status: "realised")
            // act: 1.1. present; on 16.1. the leader marks 8.1. present and 15.1. absent
            try await Self.mark(worker, sessions[0], fixture, "present")
            fixture.clock.advance(by: 15 * Self.day)
            worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            try await Self.mark(worker, sessions[1], fixture, "present")
            try await Self.mark(worker, sessions[2], fixture, "absent")
            // check: 8.1. had both a meeting and a session and counts once
            var months = try await AllowanceService.months(
                ofPeriod: fixture.periodB, today: Day(fixture.clock.now), on: app.db)
            #expect(months[0].result.activityDays == [Day(2026, 1, 1), Day(2026, 1, 8)])
            #expect(months[0].result.excluded == [.init(day: Day(2026, 1, 15), reason: .didNotCome)])
            #expect(months[0].result.totalCents == 1800)
            let page = try await worker.get("/periods/\(fixture.periodB)").body.string
            #expect(page.contains("id=\"groups\"") && page.contains("Hyvä päivä -ryhmä"))
            #expect(page.contains("Paikalla") && page.contains("Poissa"))
            _ = try await GoalFlowTests.writeGoals(worker, fixture, app: app)
            let evaluation = try await worker.get("/periods/\(fixture.periodB)/evaluations").body.string
            #expect(evaluation.contains("Toteutuneita ryhmätapaamisia jakson aikana: 2."))
            // The month ends; the home page lists it to decide, with the session days.
            fixture.clock.advance(by: 20 * Self.day)
            worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let home = try await worker.get("/").body.string
            #expect(home.contains("1.-31.1.2026: toimintapäiviä 2, 18,00"))
            #expect(
                try await worker.post("/periods/\(fixture.periodB)/allowances", form: ["month": "1.1.2026"]).status
                    == .seeOther)
            let first = try #require(try await Decision.query(on: app.db).filter(\.$kind == "allowance").first())
            #expect(first.amountCents == 1800)
            // A session marked late changes the count, never the decision already made.
            try await Self.mark(worker, sessions[3], fixture, "present")
            let unchanged = try #require(try await Decision.find(first.id, on: app.db))
            #expect(unchanged.amountCents == 1800 && unchanged.text == first.text)
            #expect(unchanged.details.activityDays == ["2026-01-01", "2026-01-08"])
            months = try await AllowanceService.months(
                ofPeriod: fixture.periodB, today: Day(fixture.clock.now), on: app.db)
            #expect(months[0].result.activityDays.count == 3 && months[0].decided?.id == first.id)
            #expect(months[0].changedSinceDecision)
            let changed = try await worker.get("/periods/\(fixture.periodB)").body.string
            #expect(changed.contains("Toimintapäivät ovat muuttuneet päätöksen jälkeen"))
            // The worker corrects it the usual way: a new decision referring to the first.
            #expect(
                try await worker.post(
                    "/periods/\(fixture.periodB)/allowances", form: ["month": "1.1.2026", "correct": "1"]
                ).status == .seeOther)
            let decisions = try await Decision.query(on: app.db).filter(\.$kind == "allowance").sort(\.$number).all()
            #expect(decisions.count == 2)
            #expect(decisions[1].correctsID == first.id && decisions[1].amountCents == 2700)
            let corrected = try await worker.get("/periods/\(fixture.periodB)").body.string
            #expect(!corrected.contains("Toimintapäivät ovat muuttuneet päätöksen jälkeen"))
        }
    }

    @Test func twoMissedSessionsInARowShowOnTheWorkersHomePage() async throws {
        try await withTestApp { (app, fixture) async throws in
            var (worker, group, sessions) = try await Self.setUp(app, fixture)
            try await Self.mark(worker, sessions[0], fixture, "present")
            fixture.clock.advance(by: 15 * Self.day)
            worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            try await Self.mark(worker, sessions[1], fixture, "absent")
            var home = try await worker.get("/").body.string
            #expect(home.contains("Poissa ryhmästä kahdesti peräkkäin"))
            #expect(home.contains("Kukaan asiakkaistasi ei ole ollut poissa ryhmästä kahdesti peräkkäin."))
            try await Self.mark(worker, sessions[2], fixture, "excused")
            home = try await worker.get("/").body.string
            #expect(home.contains("Hyvä päivä -ryhmä: poissa 2 kertaa peräkkäin, viimeksi 15.1.2026"))
            #expect(home.contains("href=\"/periods/\(fixture.periodB)#groups\""))
            let groupPage = try await worker.get("/groups/\(try group.requireID())").body.string
            #expect(groupPage.contains("Poissa 2 kertaa peräkkäin – tartu asiaan."))
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let reminders = try await api.send(.GET, "/api/v1/me/reminders").body.string
            #expect(reminders.contains("\"missed\":2") || reminders.contains("\"missed\" : 2"))
            // Coming back clears it.
            try await Self.mark(worker, sessions[2], fixture, "present")
            home = try await worker.get("/").body.string
            #expect(!home.contains("poissa 2 kertaa peräkkäin"))
            // Someone else's worker is not told.
            let other = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(!(try await other.get("/").body.string.contains("Bea Asiakas")))
        }
    }

    @Test func theProgressPageCountsAttendedSessions() async throws {
        try await withTestApp { (app, fixture) async throws in
            let (worker, _, sessions) = try await Self.setUp(app, fixture)
            try await Self.mark(worker, sessions[0], fixture, "present")
            let progress = try await worker.get("/periods/\(fixture.periodB)/progress").body.string
            #expect(progress.contains("Olet käynyt 1 tapaamisessa, niistä 1 ryhmässä."))
        }
    }
}
