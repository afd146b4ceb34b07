import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Interim and final evaluations, closing and the client's progress page")
struct EvaluationFlowTests {
    static func interimForm(_ goals: (main: Goal, sub: Goal, everyday: Goal)) throws -> [String: String] {
        [
            "kind": "interim", "day": "20.3.2026", "rating-\(try goals.main.requireID())": "0",
            "rating-\(try goals.sub.requireID())": "1", "note-\(try goals.sub.requireID())": "Lukujärjestys seinällä",
            "groupParticipation": "Kävi kahdesti taideryhmässä.", "continuation": "yes",
            "continuationReasons": "Asiakas on hyötynyt ja haluaa jatkaa.", "nextSteps": "Jatkopäätös ja uusi ryhmä.",
        ]
    }

    @Test func anInterimEvaluationRatesEveryGoalAndShowsTheGasChange() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            try await AllowanceFlowTests.decide(worker, fixture)
            let goals = try await GoalFlowTests.writeGoals(worker, fixture, app: app)
            // Due within 14 days of the decision's end (31.3.2026).
            fixture.clock.advance(by: 78 * 86_400)
            let later = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let page = try await later.get("/periods/\(fixture.periodB)/evaluations")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Väliarviointi on tehtävä viimeistään 31.3.2026"))
            #expect(page.body.string.contains("Herään puoleltapäivin"), "the GAS levels label the choices")
            // and the worker's home page lists it
            let home = try await later.get("/").body.string
            #expect(home.contains(Localizer.shared.text(.workerdayInterim, .fi)))
            #expect(home.contains("/periods/\(fixture.periodB)/evaluations"))
            // a goal left unrated is refused, naming the goal
            var form = try Self.interimForm(goals)
            form.removeValue(forKey: "rating-\(try goals.sub.requireID())")
            let before = try await tableSnapshot(app)
            let refused = try await later.post("/periods/\(fixture.periodB)/evaluations", form: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Arvioi tavoite ”Hallitsen arkeani lukujärjestyksen avulla”"))
            var noChoice = try Self.interimForm(goals)
            noChoice["continuation"] = ""
            #expect(
                try await later.post("/periods/\(fixture.periodB)/evaluations", form: noChoice).status
                    == .unprocessableEntity)
            #expect(try await tableSnapshot(app) == before)
            // saved
            let saved = try await later.post(
                "/periods/\(fixture.periodB)/evaluations", form: try Self.interimForm(goals))
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location)?.hasSuffix("#decisions") == true)
            let ratings = try await GoalRating.query(on: app.db).all()
            #expect(ratings.count == 2, "everyday changes are not GAS-rated")
            // main goal weight 2 at 0 (from −1), sub-goal weight 1 at +1 (from −1)
            let expected = try #require(
                GoalProgress.summary([
                    .init(goal: "m", level: 0, weight: 2, baseline: -1),
                    .init(goal: "s", level: 1, weight: 1, baseline: -1),
                ]))
            let list = try await later.get("/periods/\(fixture.periodB)/evaluations").body.string
            #expect(list.contains(GoalProgress.format(expected.current, language: .fi)))
            #expect(list.contains(GoalProgress.formatChange(expected.change, language: .fi)))
            #expect(!list.contains("Väliarviointi on tehtävä"), "the evaluation settles the reminder")
            #expect(!(try await later.get("/").body.string.contains("/periods/\(fixture.periodB)/evaluations")))
            // API
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let json = try await api.send(.GET, "/api/v1/periods/\(fixture.periodB)/evaluations")
            let evaluations = try json.content.decode([APIEvaluationController.EvaluationDTO].self)
            #expect(evaluations.count == 1 && evaluations[0].continuation == true)
            #expect(abs((evaluations[0].tScore ?? 0) - expected.current) < 1e-9)
        }
    }

    @Test func theFinalEvaluationClosesThePeriodReadOnly() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            try await AllowanceFlowTests.decide(worker, fixture)
            let goals = try await GoalFlowTests.writeGoals(worker, fixture, app: app)
            _ = try await worker.post("/goals/\(try goals.everyday.requireID())/reached", form: ["reached": "true"])
            try await AllowanceFlowTests.meeting(worker, fixture, day: "2.1.2026", status: "realised")
            try await AllowanceFlowTests.meeting(worker, fixture, day: "9.1.2026", status: "realised", type: "group")
            let form: [String: String] = [
                "kind": "final", "day": "31.3.2026", "rating-\(try goals.main.requireID())": "1",
                "rating-\(try goals.sub.requireID())": "2", "achieved": "Herään nyt arkisin yhdeksältä.",
                "feedbackLanguage": "fi", "followUpPlan": "Jatkaa taideryhmässä omatoimisesti.",
                "transition": "Kuntouttava työtoiminta",
            ]
            var missing = form
            missing["followUpPlan"] = ""
            let refused = try await worker.post("/periods/\(fixture.periodB)/evaluations", form: missing)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Täytä kenttä: Jatkosuunnitelma."))
            #expect(try await RehabilitationPeriod.find(fixture.periodB, on: app.db)?.isOpen == true)
            let saved = try await worker.post("/periods/\(fixture.periodB)/evaluations", form: form)
            #expect(saved.status == .seeOther)
            let period = try #require(try await RehabilitationPeriod.find(fixture.periodB, on: app.db))
            #expect(period.status == "closed" && period.closedAt != nil && period.phase == "closing")
            // read-only now
            let goal = try await worker.post("/periods/\(fixture.periodB)/goals", form: GoalFlowTests.mainGoal)
            #expect(goal.status == .conflict)
            #expect(
                try await worker.post("/periods/\(fixture.periodB)/plan/agreement", form: ["startDay": "1.1.2026"])
                    .status
                    == .conflict)
            // the client's progress page, plain and printable
            let progress = try await worker.get("/periods/\(fixture.periodB)/progress")
            #expect(progress.status == .ok)
            let html = progress.body.string
            #expect(html.contains("Olet ottanut 1 askelta 1 askeleesta."))
            #expect(html.contains("Olet käynyt 2 tapaamisessa, niistä 1 ryhmässä."))
            #expect(html.contains("Tavoitteissa on edetty"))
            #expect(html.contains("Paljon enemmän kuin odotettiin!"))
            #expect(html.contains("data-print"))
            let audited = try await AuditEvent.query(on: app.db).filter(\.$recordType == "progress").count()
            #expect(audited == 1)
        }
    }
}
