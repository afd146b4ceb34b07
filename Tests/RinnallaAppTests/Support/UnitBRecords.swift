import Fluent
import Foundation
import Testing
import Vapor

@testable import RinnallaApp

/// Unit B's records of every kind, made through the pages by unit B's worker, so tests
/// that walk the whole route table can try each route on a real record. Returns the
/// path parameter values by name.
enum UnitBRecords {
    /// Bea's period records made by `owner`: an allowance decision, a realised meeting, her
    /// goals, and a visit to a place that is also suggested for the main goal (so the place
    /// routes are tried on real links too).
    static func periodRecords(_ owner: Browser, _ app: Application, _ fixture: Fixture) async throws -> (
        goals: (main: Goal, sub: Goal, everyday: Goal), places: PlaceFixture
    ) {
        try await AllowanceFlowTests.decide(owner, fixture)
        try await AllowanceFlowTests.meeting(owner, fixture, day: "2.1.2026", status: "realised")
        let goals = try await GoalFlowTests.writeGoals(owner, fixture, app: app)
        let places = try await PlaceFixture.load(on: app)
        _ = try await owner.post(
            "/periods/\(fixture.periodB)/meetings", form: PlaceVisitTests.visit(places.dAsema))
        _ = try await owner.post(
            "/goals/\(try goals.main.requireID())/places", form: ["placeID": places.dAsema.uuidString])
        #expect(try await GoalPlace.query(on: app.db).count() == 1)
        return (goals, places)
    }

    static func make(_ app: Application, _ fixture: Fixture) async throws -> [String: String] {
        let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
        let (goals, places) = try await periodRecords(owner, app, fixture)
        let decision = try #require(try await Decision.query(on: app.db).first())
        let meeting = try #require(try await Meeting.query(on: app.db).first())
        // A group of unit B with Bea as a member, and its sessions.
        let group = try await GroupHelpers.create(owner, app, unit: fixture.unitB)
        _ = try await owner.post(
            "/groups/\(try group.requireID())/enrolments", form: ["clientID": fixture.clientB.uuidString])
        let session = try #require(try await GroupHelpers.sessions(app, of: group).first)
        let enrolment = try #require(try await GroupEnrolment.query(on: app.db).first())
        // A contact of unit B with a nickname, linked to Bea with her consent.
        let contact = try await ContactTests.record(owner, app, ["nickname": "Kettu"])
        _ = try await owner.post(
            "/contacts/\(try contact.requireID())/consent",
            form: ["mode": "existing", "clientID": fixture.clientB.uuidString])
        let consent = try #require(try await Consent.query(on: app.db).first())
        // An inclusion evaluation of unit B with its rounds, success stories and self-evaluations.
        let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitB, createdBy: fixture.workerB)
        try await DemoSuccessStories.load(evaluationID: inclusion.evaluation, on: app.db)
        let interview = try #require(try await InclusionInterview.query(on: app.db).first())
        let story = try #require(try await InclusionStory.query(on: app.db).first())
        let selfEvaluation = try #require(try await InclusionSelfEvaluation.query(on: app.db).first())
        return [
            "unitID": fixture.unitB.uuidString, "clientID": fixture.clientB.uuidString,
            "periodID": fixture.periodB.uuidString, "decisionID": try decision.requireID().uuidString,
            "meetingID": try meeting.requireID().uuidString, "goalID": try goals.main.requireID().uuidString,
            "kind": "agreement", "placeID": places.dAsema.uuidString,
            "groupID": try group.requireID().uuidString, "sessionID": try session.requireID().uuidString,
            "enrolmentID": try enrolment.requireID().uuidString,
            "contactID": try contact.requireID().uuidString,
            "nicknameID": try #require(contact.$nickname.id).uuidString,
            "consentID": try consent.requireID().uuidString,
            "evaluationID": inclusion.evaluation.uuidString, "roundID": inclusion.start.uuidString,
            "interviewID": try interview.requireID().uuidString,
            "storyID": try story.requireID().uuidString,
            "selfEvaluationID": try selfEvaluation.requireID().uuidString,
        ]
    }
}
