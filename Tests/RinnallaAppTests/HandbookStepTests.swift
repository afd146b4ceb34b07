import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("The handbook's steps on a period, the end self-assessment and the closing feedback")
struct HandbookStepTests {
    static func stepState(_ app: Application, _ period: UUID, _ id: String) async throws -> HandbookStepState {
        let found = try #require(try await RehabilitationPeriod.find(period, on: app.db))
        try await found.$client.load(on: app.db)
        let states = try await PeriodStepService.states(of: found, on: app.db)
        return try #require(states.first { $0.step.id == id })
    }

    @Test func stepsDoneInRinnallaTickThemselvesAndTheWorkerTicksTheRest() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let periodID = fixture.periodB
            // Nothing done yet: the page lists every step of the six phases, none done.
            let empty = try await worker.get("/periods/\(periodID)/steps")
            #expect(empty.status == .ok)
            let html = empty.body.string
            for step in HandbookStep.all {
                #expect(html.contains("id=\"step-\(step.id)\""), "\(step.id)")
            }
            #expect(html.contains(Localizer.shared.text(.handbookStepStartSelfAssessment, .fi)))
            #expect(!html.contains("Tehty Rinnallassa"))

            // A decision and a network meeting tick their steps, with who and when.
            try await AllowanceFlowTests.decide(worker, fixture)
            try await AllowanceFlowTests.meeting(worker, fixture, day: "2.1.2026", status: "realised", type: "network")
            let decided = try await Self.stepState(app, periodID, "decisions")
            #expect(decided.recorded?.by == "Bertta Työntekijä")
            #expect(try await Self.stepState(app, periodID, "network-meeting").recorded?.on == Day(2026, 1, 2))
            #expect(try await Self.stepState(app, periodID, "consider-network").isDone)
            #expect(try await Self.stepState(app, periodID, "thank-client").isDone == false)
            let after = try await worker.get("/periods/\(periodID)/steps").body.string
            #expect(after.contains("Tehty Rinnallassa 2.1.2026"))

            // The worker ticks a step done outside Rinnalla; one of another phase is refused
            // and nothing is saved.
            let before = try await tableSnapshot(app)
            let wrong = try await worker.post(
                "/periods/\(periodID)/steps", form: ["phase": "start", "tick-thank-client": "on"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(try await tableSnapshot(app) == before)
            let saved = try await worker.post(
                "/periods/\(periodID)/steps",
                form: ["phase": "before-start", "tick-present-service": "on", "tick-discuss-starting": "on"])
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location)?.hasSuffix("#phase-before-start") == true)
            #expect(try await Self.stepState(app, periodID, "present-service").ticked?.on == Day(fixture.clock.now))
            // Saving the phase again without one takes that tick away and keeps the other.
            _ = try await worker.post(
                "/periods/\(periodID)/steps", form: ["phase": "before-start", "tick-present-service": "on"])
            #expect(try await Self.stepState(app, periodID, "discuss-starting").isDone == false)
            #expect(try await PeriodStepTick.query(on: app.db).count() == 1)
            let audited = try await AuditEvent.query(on: app.db).filter(\.$recordType == "period-steps").all()
            #expect(audited.contains { $0.action == AuditAction.update.rawValue })
            #expect(audited.contains { $0.action == AuditAction.view.rawValue })

            // The period page shows the current phase's steps and links to all of them.
            let overview = try await worker.get("/periods/\(periodID)").body.string
            #expect(overview.contains("href=\"/periods/\(periodID)/steps\""))
            #expect(overview.contains("id=\"step-decisions\""), "the fixture's period is in its start phase")

            // Someone from another unit learns nothing.
            let other = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await other.get("/periods/\(periodID)/steps").status == .notFound)
            #expect(
                try await other.post("/periods/\(periodID)/steps", form: ["phase": "before-start"]).status
                    == .notFound)
        }
    }

    @Test func theAPIListsTicksAndUnticksSteps() async throws {
        try await withTestApp { (app, fixture) async throws in
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let base = "/api/v1/periods/\(fixture.periodB)/steps"
            let listed = try await api.send(.GET, base)
            #expect(listed.status == .ok)
            let steps = try listed.content.decode([APIPeriodStepController.StepDTO].self)
            #expect(steps.map(\.id) == HandbookStep.all.map(\.id))
            #expect(steps.allSatisfy { !$0.done })
            let ticked = try await api.send(.PUT, base + "/thank-client")
            #expect(ticked.status == .ok)
            let step = try ticked.content.decode(APIPeriodStepController.StepDTO.self)
            #expect(step.done && step.tickedBy == "Bertta Työntekijä" && step.tickedOn == "2026-01-01")
            // Ticking again keeps the one tick; an unknown step is not found.
            #expect(try await api.send(.PUT, base + "/thank-client").status == .ok)
            #expect(try await PeriodStepTick.query(on: app.db).count() == 1)
            #expect(try await api.send(.PUT, base + "/no-such-step").status == .notFound)
            let unticked = try await api.send(.DELETE, base + "/thank-client")
            #expect(try unticked.content.decode(APIPeriodStepController.StepDTO.self).done == false)
            #expect(try await PeriodStepTick.query(on: app.db).count() == 0)
            // Another unit's worker gets nothing.
            let other = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await other.send(.GET, base).status == .notFound)
            #expect(try await other.send(.PUT, base + "/thank-client").status == .notFound)
        }
    }

    @Test func theEndSelfAssessmentIsRemindedAndTheClosingShowsStartAgainstEnd() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await TestInstrument.install(on: app, by: fixture.admin)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let periodID = fixture.periodB
            try await AllowanceFlowTests.decide(worker, fixture)
            _ = try await worker.post(
                "/periods/\(periodID)/self-assessments", form: SelfAssessmentRouteTests.esisForm(day: "1.1.2026"))
            let endLink = "/periods/\(periodID)/self-assessments/new?stage=end"
            #expect(!(try await worker.get("/").body.string.contains(endLink)))
            // Moved to the closing phase, the end self-assessment is due on the home page.
            _ = try await worker.post("/periods/\(periodID)/phase", form: ["phase": "closing"])
            let home = try await worker.get("/").body.string
            #expect(home.contains(endLink.replacingOccurrences(of: "&", with: "&amp;")))
            #expect(home.contains(Localizer.shared.text(.selfassessmentStageEnd, .fi)))
            // The closing page asks for it while it is missing…
            let closing = try await worker.get("/periods/\(periodID)/evaluations?kind=final").body.string
            #expect(closing.contains("id=\"record-end-self-assessment\""))
            // …and compares start with end once recorded.
            let end = try await worker.post(
                "/periods/\(periodID)/self-assessments",
                form: SelfAssessmentRouteTests.esisForm(day: "1.1.2026", stage: "end", value: 4))
            #expect(end.status == .seeOther)
            #expect(!(try await worker.get("/").body.string.contains(endLink)))
            let compared = try await worker.get("/periods/\(periodID)/evaluations?kind=final").body.string
            #expect(compared.contains("id=\"closing-self-assessment\""))
            #expect(compared.contains("<svg"))
            #expect(!compared.contains("id=\"record-end-self-assessment\""))
            #expect(try await Self.stepState(app, periodID, "end-self-assessment").recorded?.on == Day(2026, 1, 1))
        }
    }

    @Test func theClosingFeedbackIsStoredShownAndTicksItsSteps() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let periodID = fixture.periodB
            try await AllowanceFlowTests.decide(worker, fixture)
            let goals = try await GoalFlowTests.writeGoals(worker, fixture, app: app)
            var form: [String: String] = [
                "kind": "final", "day": "31.3.2026", "rating-\(try goals.main.requireID())": "1",
                "rating-\(try goals.sub.requireID())": "2", "achieved": "Herään nyt arkisin yhdeksältä.",
                "feedbackLanguage": "sv", "feedbackGiven": "maybe", "clientView": "Det gick bra, jag vågar mer nu.",
                "followUpPlan": "Jatkaa taideryhmässä omatoimisesti.", "transition": "Kuntouttava työtoiminta",
            ]
            let before = try await tableSnapshot(app)
            let refused = try await worker.post("/periods/\(periodID)/evaluations", form: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("field-feedbackGiven-error"))
            #expect(try await tableSnapshot(app) == before)
            form["feedbackGiven"] = "yes"
            #expect(try await worker.post("/periods/\(periodID)/evaluations", form: form).status == .seeOther)
            let evaluation = try #require(try await Evaluation.query(on: app.db).filter(\.$kind == "final").first())
            #expect(evaluation.feedbackGiven == true)
            #expect(evaluation.feedbackLanguage == "sv")
            #expect(evaluation.clientView == "Det gick bra, jag vågar mer nu.")
            let page = try await worker.get("/periods/\(periodID)/evaluations").body.string
            #expect(page.contains("Det gick bra, jag vågar mer nu."))
            #expect(page.contains(Localizer.shared.text(.evaluationFeedbackGivenYes, .fi)))
            for id in [
                "feedback-form", "client-view", "final-evaluation", "secure-transition", "close-and-agree-follow-up",
            ] {
                #expect(try await Self.stepState(app, periodID, id).recorded?.on == Day(2026, 3, 31), "\(id)")
            }
            // The API gives the same answers.
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let json = try await api.send(.GET, "/api/v1/periods/\(periodID)/evaluations")
            let final = try #require(
                try json.content.decode([APIEvaluationController.EvaluationDTO].self).first { $0.kind == "final" })
            #expect(final.feedbackGiven == true && final.clientView == "Det gick bra, jag vågar mer nu.")
        }
    }
}
