import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Goals: main goal → sub-goals → everyday changes, with versions")
struct GoalFlowTests {
    static let mainGoal: [String: String] = [
        "level": "main", "text": "Vuorokausirytmi kuntoon", "smart-S": "on", "smart-T": "on",
        "expected": "Herään arkisin kello yhdeksään", "less": "Herään puoleltapäivin", "weight": "2", "baseline": "-1",
    ]

    /// Main goal, a sub-goal under it and an everyday change under that, through the pages.
    static func writeGoals(_ worker: Browser, _ fixture: Fixture, app: Application) async throws -> (
        main: Goal, sub: Goal, everyday: Goal
    ) {
        let created = try await worker.post("/periods/\(fixture.periodB)/goals", form: mainGoal)
        #expect(created.status == .seeOther, "\(created.body.string.prefix(300))")
        let main = try #require(try await Goal.query(on: app.db).filter(\.$level == "main").first())
        let sub = try await worker.post(
            "/periods/\(fixture.periodB)/goals",
            form: [
                "level": "sub", "parentID": try main.requireID().uuidString,
                "text": "Hallitsen arkeani lukujärjestyksen avulla", "expected": "Lukujärjestys on käytössä",
            ])
        #expect(sub.status == .seeOther)
        let subGoal = try #require(try await Goal.query(on: app.db).filter(\.$level == "sub").first())
        let everyday = try await worker.post(
            "/periods/\(fixture.periodB)/goals",
            form: [
                "level": "everyday", "parentID": try subGoal.requireID().uuidString,
                "text": "Tarkistan edellisenä iltana sovitut tekemiset lukujärjestyksestä",
            ])
        #expect(everyday.status == .seeOther)
        let step = try #require(try await Goal.query(on: app.db).filter(\.$level == "everyday").first())
        return (main, subGoal, step)
    }

    @Test func goalsAreWrittenWithTheSmartCheckAndGuidingQuestionsBeside() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let form = try await worker.get("/periods/\(fixture.periodB)/goals")
            #expect(form.status == .ok)
            let html = form.body.string
            #expect(html.contains("Tukikysymyksiä tavoitteen asetteluun"))
            #expect(html.contains("Mistä asiakas itse huomaa muutoksen?"))
            #expect(html.contains("Timed = mahdollinen aikatauluttaa"))
            let goals = try await Self.writeGoals(worker, fixture, app: app)
            #expect(goals.sub.$parent.id == goals.main.id && goals.everyday.$parent.id == goals.sub.id)
            let version = try #require(
                try await GoalVersion.query(on: app.db).filter(\.$goal.$id == goals.main.id!).first())
            #expect(version.smart == "ST" && version.weight == 2 && version.baseline == -1 && version.version == 1)
            let page = try await worker.get("/periods/\(fixture.periodB)/goals").body.string
            let main = try #require(page.range(of: "Vuorokausirytmi kuntoon"))
            let step = try #require(page.range(of: "Tarkistan edellisenä iltana"))
            #expect(main.lowerBound < step.lowerBound)
            #expect(page.contains("Odotettu taso: Herään arkisin kello yhdeksään"))
        }
    }

    @Test func refusedGoalsLeaveTheDatabaseUnchanged() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let before = try await tableSnapshot(app)
            // a sub-goal needs a main goal above it
            let orphan = try await worker.post(
                "/periods/\(fixture.periodB)/goals", form: ["level": "sub", "text": "Osatavoite", "expected": "x"])
            #expect(orphan.status == .unprocessableEntity)
            #expect(orphan.body.string.contains(Localizer.shared.text(.goalErrorParentRequired, .fi)))
            // a main goal needs its expected level (GAS 0)
            var noExpected = Self.mainGoal
            noExpected["expected"] = "  "
            let missing = try await worker.post("/periods/\(fixture.periodB)/goals", form: noExpected)
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.string.contains("Täytä kenttä: 0 = odotettu taso."))
            #expect(missing.body.string.contains("Vuorokausirytmi kuntoon"), "the form keeps what was typed")
            var badWeight = Self.mainGoal
            badWeight["weight"] = "9"
            #expect(
                try await worker.post("/periods/\(fixture.periodB)/goals", form: badWeight).status
                    == .unprocessableEntity)
            // the refusals are not audited as changes, and nothing was stored
            #expect(try await tableSnapshot(app) == before)
            // another unit's worker learns nothing
            let other = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await other.post("/periods/\(fixture.periodB)/goals", form: Self.mainGoal).status == .notFound)
            #expect(try await other.get("/periods/\(fixture.periodB)/goals").status == .notFound)
        }
    }

    @Test func aRevisionKeepsEveryEarlierVersionVisible() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let goals = try await Self.writeGoals(worker, fixture, app: app)
            let id = try goals.main.requireID()
            var revised = Self.mainGoal
            revised["text"] = "Vuorokausirytmi säännölliseksi"
            revised["reason"] = "Tavoite täsmentyi väliarvioinnissa"
            let saved = try await worker.post("/goals/\(id)", form: revised)
            #expect(saved.status == .seeOther)
            let versions = try await GoalVersion.query(on: app.db).filter(\.$goal.$id == id).sort(\.$version).all()
            #expect(versions.map(\.version) == [1, 2])
            #expect(versions.map(\.text) == ["Vuorokausirytmi kuntoon", "Vuorokausirytmi säännölliseksi"])
            let page = try await worker.get("/goals/\(id)").body.string
            #expect(page.contains("Vuorokausirytmi kuntoon") && page.contains("Vuorokausirytmi säännölliseksi"))
            #expect(page.contains("Muutoksen syy: Tavoite täsmentyi väliarvioinnissa"))
            let before = try await tableSnapshot(app)
            revised["text"] = ""
            #expect(try await worker.post("/goals/\(id)", form: revised).status == .unprocessableEntity)
            #expect(try await tableSnapshot(app) == before)
        }
    }

    @Test func anEverydayChangeIsMarkedReached() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let goals = try await Self.writeGoals(worker, fixture, app: app)
            let reached = try await worker.post(
                "/goals/\(try goals.everyday.requireID())/reached", form: ["reached": "true"])
            #expect(reached.status == .seeOther)
            #expect(try await Goal.find(goals.everyday.id, on: app.db)?.reachedOn == "2026-01-01")
            // a main goal is rated with GAS, not ticked
            let refused = try await worker.post(
                "/goals/\(try goals.main.requireID())/reached", form: ["reached": "true"])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await Goal.find(goals.main.id, on: app.db)?.reachedOn == nil)
            let audits = try await AuditEvent.query(on: app.db).filter(\.$recordType == "goal").count()
            #expect(audits >= 4)
        }
    }

    @Test func theClientPageShowsGoalsUpcomingMeetingsAndDocumentsInOnePlace() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            try await AllowanceFlowTests.decide(worker, fixture)
            _ = try await Self.writeGoals(worker, fixture, app: app)
            try await AllowanceFlowTests.meeting(worker, fixture, day: "20.1.2026", status: "planned")
            try await AllowanceFlowTests.meeting(worker, fixture, day: "2.1.2026", status: "realised")
            _ = try await worker.post(
                "/periods/\(fixture.periodB)/plan/agreement", form: ["startDay": "1.1.2026", "goal1": "Rytmi"])
            let page = try await worker.get("/clients/\(fixture.clientB)").body.string
            #expect(page.contains("Päätavoite: Vuorokausirytmi kuntoon"))
            #expect(page.contains("Arkimuutos: Tarkistan edellisenä iltana"))
            #expect(page.contains("20.1.2026"), "the planned meeting")
            #expect(!page.contains("2.1.2026 10"), "past meetings are not upcoming")
            let decision = try #require(try await Decision.query(on: app.db).first())
            #expect(page.contains(decision.number))
            #expect(page.contains("/periods/\(fixture.periodB)/agreement/print"))
            #expect(page.contains("/periods/\(fixture.periodB)/progress"))
        }
    }
}
