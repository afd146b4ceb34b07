import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Decisions")
struct DecisionTests {
    static let form: [String: String] = [
        "firstDay": "1.1.2026", "lastDay": "31.3.2026", "individualMeetings": "6", "groupSessions": "4",
        "goals": "kodin ulkopuolisen mielekkään toiminnan aloittaminen", "resolution": "positive",
        "opinionHeard": "true", "opinionMethod": "Tavattu", "travelTicket": "on", "zones": "AB",
        "discount": "eläkeläisalennus",
    ]

    @Test func theFormProposesTheNextThreeMonths() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let page = try await worker.get("/periods/\(fixture.periodB)")
            #expect(page.body.string.contains("value=\"1.1.2026\""))
            #expect(page.body.string.contains("value=\"31.3.2026\""))
        }
    }

    @Test func previewFillsInTheHandbookTextWithoutSaving() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            var form = Self.form
            form["action"] = "preview"
            let response = try await worker.post("/periods/\(fixture.periodB)/decisions", form: form)
            #expect(response.status == .ok)
            #expect(
                response.body.string.contains(
                    "Sinulle myönnetään sosiaalista kuntoutusta ajalle 1.1.-31.3.2026 sosiaalihuoltolain 17 §:n mukaisesti."
                ))
            #expect(try await Decision.query(on: app.db).count() == 0)
        }
    }

    @Test func savingMakesNumberedDecisionsAndAuditsThem() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            var form = Self.form
            form["action"] = "save"
            form["text"] = "Muokattu päätösteksti."
            let response = try await worker.post("/periods/\(fixture.periodB)/decisions", form: form)
            #expect(response.status == .seeOther)
            let decisions = try await Decision.query(on: app.db).sort(\.$number).all()
            #expect(decisions.map(\.kind) == ["rehabilitation", "travel-ticket"])
            #expect(decisions.map(\.number) == ["202600000001", "202600000002"])
            #expect(decisions[0].text == "Muokattu päätösteksti.", "the worker's edit is kept")
            #expect(decisions[1].text.contains("AB-vyöhykkeen matkoihin 90 vuorokauden ajalle, eläkeläisalennus"))
            #expect(decisions[0].firstDay == "2026-01-01" && decisions[0].lastDay == "2026-03-31")
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "decision").count()
            #expect(audit == 2)
            let page = try await worker.get("/decisions/\(try decisions[0].requireID())")
            #expect(page.body.string.contains("Muokattu päätösteksti."))
            // Printing needs the organisation's confirmed review instructions (issue 15).
            try await DecisionFrameSettings.confirmedForTests(by: fixture.admin).save(on: app.db)
            _ = try await worker.get("/decisions/\(try decisions[0].requireID())/print")
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "print").count() == 1)
            // The continuation is proposed right after, and a gap is refused with the rule.
            let period = try await worker.get("/periods/\(fixture.periodB)")
            #expect(period.body.string.contains("value=\"1.4.2026\""))
            var gap = Self.form
            gap["action"] = "save"
            gap["firstDay"] = "10.4.2026"
            gap["lastDay"] = "9.7.2026"
            let refused = try await worker.post("/periods/\(fixture.periodB)/decisions", form: gap)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(Localizer.shared.text(.ruleDecisionGap, .fi, ["date": "1.4.2026"])))
        }
    }

    @Test(arguments: [
        (["lastDay": "1.4.2026"], L10nKey.ruleDecisionLongerThanThreeMonths, ["date": "31.3.2026"]),
        (["lastDay": "31.12.2025"], .ruleDecisionEndBeforeStart, [:]),
        (["firstDay": "huomenna"], .errorDateInvalid, [:]),
        (["individualMeetings": "paljon"], .errorCountInvalid, [:]),
        (["zones": "XYZ"], .errorChoiceInvalid, [:]),
    ])
    func refusedDecisionsNameTheRuleAndSaveNothing(
        change: [String: String], key: L10nKey, arguments: [String: String]
    ) async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            var form = Self.form
            form.merge(change) { $1 }
            form["action"] = "save"
            let audit = try await AuditEvent.query(on: app.db).filter(\.$action != "view").count()
            let response = try await worker.post("/periods/\(fixture.periodB)/decisions", form: form)
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(Localizer.shared.text(key, .fi, arguments)))
            #expect(try await Decision.query(on: app.db).count() == 0)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action != "view").count() == audit)
        }
    }

    @Test func aGroupLeaderCannotDecide() async throws {
        try await withTestApp { (app, fixture) async throws in
            let hash = try app.password.hash(Fixture.password)
            let leader = User(email: "leader.b@example.fi", name: "Ryhmä Ohjaaja", passwordHash: hash)
            try await leader.create(on: app.db)
            try await UnitMembership(userID: try leader.requireID(), unitID: fixture.unitB, role: .groupLeader).create(
                on: app.db)
            let browser = try await Browser.loggedIn(app, email: "leader.b@example.fi")
            let page = try await browser.get("/periods/\(fixture.periodB)")
            #expect(page.status == .ok)
            #expect(!page.body.string.contains("id=\"decision-form\""))
            var form = Self.form
            form["action"] = "save"
            #expect(try await browser.post("/periods/\(fixture.periodB)/decisions", form: form).status == .forbidden)
        }
    }
}

@Suite("Decisions API")
struct DecisionAPITests {
    @Test func theAPIAppliesTheSameRules() async throws {
        try await withTestApp { (app, fixture) async throws in
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let tooLong = try await api.send(
                .POST, "/api/v1/periods/\(fixture.periodB)/decisions",
                raw:
                    #"{"firstDay": "2026-01-01", "lastDay": "2026-04-01", "individualMeetings": 6, "groupSessions": 4}"#
            )
            #expect(tooLong.status == .unprocessableEntity)
            let error = try tooLong.content.decode(APIModels.ErrorBody.self).error
            #expect(error.field == "lastDay")
            #expect(
                error.message == Localizer.shared.text(.ruleDecisionLongerThanThreeMonths, .fi, ["date": "31.3.2026"]))
            let created = try await api.send(
                .POST, "/api/v1/periods/\(fixture.periodB)/decisions",
                raw:
                    #"{"firstDay": "1.1.2026", "lastDay": "31.3.2026", "individualMeetings": 6, "groupSessions": 4, "travelTicket": true, "zones": "AB"}"#
            )
            #expect(created.status == .created)
            #expect(
                try created.content.decode([APIDecisionController.DecisionDTO].self).map(\.kind) == [
                    "rehabilitation", "travel-ticket",
                ])
            let list = try await api.send(.GET, "/api/v1/periods/\(fixture.periodB)/decisions")
            #expect(try list.content.decode([APIDecisionController.DecisionDTO].self).count == 2)
        }
    }
}
