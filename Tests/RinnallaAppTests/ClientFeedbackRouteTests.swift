import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// The organisation's own client feedback (issue 17, item 3): the admin's questions, the
/// unit's public link and paper form, anonymity and holding, and the evidence it feeds.
@Suite("Client feedback")
struct ClientFeedbackRouteTests {
    static func contactLink(_ app: Application, _ fixture: Fixture) async throws -> (worker: Browser, token: String) {
        let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
        let made = try await worker.post("/units/\(fixture.unitA)/client-feedback/contact/link")
        #expect(made.status == .seeOther)
        let link = try #require(
            try await ClientFeedbackService.currentLinks(unitID: fixture.unitA, on: app.db)[.contact])
        return (worker, link.token)
    }

    static func questions(_ app: Application, _ context: ClientFeedbackContext) async throws -> [UUID] {
        try await ClientFeedbackService.questions(context, on: app.db).compactMap(\.id)
    }

    static func responses(_ app: Application, held: Bool = false) async throws -> Int {
        let table = held ? "client_feedback_held_responses" : "client_feedback_responses"
        return try await (app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()!
            .decode(column: "n", as: Int.self)
    }

    @Test func theDefaultQuestionsAreShippedAndAnAdminEditsThem() async throws {
        try await withTestApp { (app, _) async throws in
            #expect(try await Self.questions(app, .closing).count == 7)
            #expect(try await Self.questions(app, .contact).count == 5)
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let page = try await admin.get("/admin/client-feedback")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Tulin kuulluksi."))
            #expect(page.body.string.contains("eivät ole validoitu mittari"))
            let heard = try #require(
                try await ClientFeedbackQuestion.query(on: app.db).filter(\.$defaultID == "contact-heard").first())
            let id = try heard.requireID()
            var form = [
                "context": "contact", "topic": "heard", "position": "1", "text_fi": "Minua kuunneltiin.",
                "text_sv": "Jag blev lyssnad på.", "text_en": "I was listened to.", "active": "on",
            ]
            // Refused: a blank Swedish text names its field and changes nothing
            form["text_sv"] = " "
            let refused = try await admin.post("/admin/client-feedback/\(id)", form: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("id=\"question-form-\(id)-text_sv-error\""))
            #expect(try await ClientFeedbackQuestion.find(id, on: app.db)?.textFi == "Tulin kuulluksi.")
            form["text_sv"] = "Jag blev lyssnad på."
            #expect(try await admin.post("/admin/client-feedback/\(id)", form: form).status == .seeOther)
            #expect(try await ClientFeedbackQuestion.find(id, on: app.db)?.textFi == "Minua kuunneltiin.")
            // A question of the organisation's own, and one retired
            form["text_fi"] = "Pääsin asiaan nopeasti."
            form["topic"] = ""
            form["position"] = "9"
            #expect(try await admin.post("/admin/client-feedback", form: form).status == .seeOther)
            form["active"] = nil
            form["topic"] = "heard"
            form["position"] = "1"
            #expect(try await admin.post("/admin/client-feedback/\(id)", form: form).status == .seeOther)
            #expect(try await Self.questions(app, .contact).count == 5)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "client-feedback-question")
                .count()
            #expect(audit == 3)
            // Not an admin: no such page
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await worker.get("/admin/client-feedback").status != .ok)
        }
    }

    @Test func thePublicFormIsAnonymousHeldAndReleasedInGroups() async throws {
        try await withTestApp { (app, fixture) async throws in
            let (worker, token) = try await Self.contactLink(app, fixture)
            let questions = try await Self.questions(app, .contact)
            // The unit's page shows the link and its poster
            let unitPage = try await worker.get("/units/\(fixture.unitA)/client-feedback")
            #expect(unitPage.status == .ok && unitPage.body.string.contains("/p/\(token)"))
            let visitor = Browser(app)
            let form = try await visitor.get("/p/\(token)")
            #expect(form.status == .ok)
            #expect(form.body.string.contains("Tulin kuulluksi."))
            #expect(form.body.string.contains("eivät validoitu mittari"))
            // Nothing answered: 422 naming the first question, nothing saved
            let empty = try await visitor.post("/p/\(token)", form: [:])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("#field-q\(questions[0].uuidString)"))
            let offScale = try await visitor.post("/p/\(token)", form: ["q\(questions[1].uuidString)": "7"])
            #expect(offScale.status == .unprocessableEntity)
            #expect(try await Self.responses(app, held: true) == 0)
            // Nine answers wait; the tenth releases five
            for index in 0..<10 {
                let answered = try await visitor.post(
                    "/p/\(token)",
                    form: [
                        "q\(questions[0].uuidString)": index < 5 ? "5" : "2", "q\(questions[1].uuidString)": "0",
                    ])
                #expect(answered.status == .ok)
                #expect(answered.body.string.contains("id=\"client-feedback-thanks\""))
                #expect(try await Self.responses(app) == (index < 9 ? 0 : 5))
            }
            // Nothing about the respondent is kept: no user, time or address columns
            let columns = try await (app.db as! any SQLDatabase).raw(
                "SELECT * FROM client_feedback_responses"
            ).first()!.allColumns
            #expect(Set(columns) == ["id", "collection_id", "unit_id", "context", "quarter", "source", "answers"])
            // Once the quarter has ended the evidence view releases the rest: 5 of 10 agree
            fixture.clock.advance(by: 95 * 86_400)  // 6.4.2026
            let lead = try await APIClient.loggedIn(app, email: "lead.a@example.fi")
            let response = try await lead.send(
                .GET, "/api/v1/units/\(fixture.unitA)/evidence?model=low-threshold&period=2026-Q1")
            let evidence = try response.content.decode([APIEvidenceController.EvidenceDTO].self)
            let heard = try #require(evidence[0].feedback.first { $0.topic == .heard })
            #expect(heard.values.last?.agreeing.part.value == 5 && heard.values.last?.agreeing.whole.value == 10)
            #expect(heard.values.last?.agreeing.percent == 50)
            // "cannot say" is no answer: the second question has no data
            let second = try #require(evidence[0].feedback.first { $0.questionID == questions[1] })
            #expect(second.values.last?.agreeing.whole.value == 0)
            #expect(evidence[0].bands.first { $0.item == "heard" }?.band == .middle)
            #expect(try await Self.responses(app, held: true) == 0)
            // A new link retires the old: 410
            let again = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await again.post("/units/\(fixture.unitA)/client-feedback/contact/link").status == .seeOther)
            #expect(try await visitor.get("/p/\(token)").status == .gone)
            #expect(try await Browser(app).get("/p/not-a-token").status == .notFound)
        }
    }

    @Test func aWorkerEntersAPaperAnswerAndOthersCannot() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let questions = try await Self.questions(app, .closing)
            let page = try await worker.get("/units/\(fixture.unitA)/client-feedback/closing/paper")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Arkeni sujuu nyt paremmin"))
            let saved = try await worker.post(
                "/units/\(fixture.unitA)/client-feedback/closing/paper", form: ["q\(questions[0].uuidString)": "4"])
            #expect(saved.status == .seeOther)
            #expect(try await Self.responses(app, held: true) == 1)
            let audit = try #require(
                try await AuditEvent.query(on: app.db).filter(\.$recordType == "client-feedback-paper").first())
            #expect(audit.unitID == fixture.unitA && audit.clientID == nil && audit.detail == "closing")
            // Another unit's worker: 404
            let other = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            #expect(try await other.get("/units/\(fixture.unitA)/client-feedback").status == .notFound)
            #expect(
                try await other.post(
                    "/units/\(fixture.unitA)/client-feedback/closing/paper", form: ["q\(questions[0].uuidString)": "4"]
                ).status == .notFound)
            #expect(try await Self.responses(app, held: true) == 1)
        }
    }
}
