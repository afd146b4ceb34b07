import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Initial assessment")
struct InitialAssessmentTests {
    static func form(_ fields: [String: String] = [:]) -> [String: String] {
        var form = [
            "day": "1.1.2026", "situation": "Vuokrarästejä, asunto vaarassa.",
            "needs": "Asumisneuvonta, talousneuvonta",
            "strengths": "Oma halu selvittää asiat", "urgency": "soon", "nextSteps": "Varataan aika asumisneuvontaan.",
            "recordedTogether": "on", "consentDay": "1.1.2026",
        ]
        for (key, value) in fields { form[key] = value }
        return form
    }

    @Test func anAssessmentNeedsTheClientsConsentWhichTheFormRecords() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let new = try await worker.get("/clients/\(fixture.clientB)/assessments/new")
            #expect(new.status == .ok)
            #expect(new.body.string.contains("edellyttää asiakkaan suostumusta"))
            #expect(new.body.string.contains("asiakkaan kanssa yhdessä"))
            let before = try await PathsFixture.counts(app)
            for (change, field) in [
                (["consentGiven": ""], "consentGiven"),
                (["consentGiven": "on", "recordedTogether": ""], "recordedTogether"),
                (["consentGiven": "on", "needs": " "], "needs"), (["consentGiven": "on", "urgency": "x"], "urgency"),
                (["consentGiven": "on", "day": "2.1.2026"], "day"),
                (["consentGiven": "on", "consentDay": "x"], "consentDay"),
            ] {
                let refused = try await worker.post(
                    "/clients/\(fixture.clientB)/assessments", form: Self.form(change))
                #expect(refused.status == .unprocessableEntity, "\(change)")
                #expect(refused.body.string.contains("href=\"#field-\(field)\""), "\(change)")
            }
            #expect(try await PathsFixture.counts(app) == before)

            let saved = try await worker.post(
                "/clients/\(fixture.clientB)/assessments", form: Self.form(["consentGiven": "on"]))
            #expect(saved.status == .seeOther)
            let consent = try #require(try await Consent.query(on: app.db).first())
            #expect(consent.purpose == "initial-assessment" && consent.givenOn == "2026-01-01")
            #expect(consent.$recordedBy.id == fixture.workerB && consent.$client.id == fixture.clientB)
            let assessment = try #require(try await InitialAssessment.query(on: app.db).first())
            #expect(assessment.recordedTogether && assessment.urgency == "soon" && assessment.$unit.id == fixture.unitB)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$clientID == fixture.clientB)
                .filter(\.$action == "create").all().compactMap(\.recordType)
            #expect(audit.contains("consent") && audit.contains("initial-assessment"))

            // The consent is in force: the next assessment does not ask for it again.
            let next = try await worker.get("/clients/\(fixture.clientB)/assessments/new").body.string
            #expect(next.contains("Asiakas on antanut suostumuksen 1.1.2026") && !next.contains("field-consentGiven\""))
            #expect(
                try await worker.post("/clients/\(fixture.clientB)/assessments", form: Self.form()).status == .seeOther)
            #expect(try await Consent.query(on: app.db).count() == 1)
            #expect(try await InitialAssessment.query(on: app.db).count() == 2)

            let client = try await worker.get("/clients/\(fixture.clientB)").body.string
            #expect(client.contains("Ensiarvio 1.1.2026</a> – Pian"))
            let id = try assessment.requireID()
            let page = try await worker.get("/assessments/\(id)").body.string
            #expect(page.contains("Vuokrarästejä, asunto vaarassa."))
            // Bea has an open period: deepening opens its need mapping.
            #expect(page.contains("href=\"/periods/\(fixture.periodB)/plan#need-mapping\""))
        }
    }

    @Test func anAssessmentIsEditedAndDeepenedIntoAPeriodStart() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            _ = try await worker.post(
                "/clients/\(fixture.clientA)/assessments", form: Self.form(["consentGiven": "on"]))
            let id = try #require(try await InitialAssessment.query(on: app.db).first()).requireID()
            let refused = try await worker.post("/assessments/\(id)", form: Self.form(["situation": ""]))
            #expect(refused.status == .unprocessableEntity)
            #expect(try await InitialAssessment.find(id, on: app.db)?.situation == "Vuokrarästejä, asunto vaarassa.")
            let edited = try await worker.post(
                "/assessments/\(id)", form: Self.form(["urgency": "immediate", "situation": "Häätö uhkaa."]))
            #expect(edited.status == .seeOther)
            let stored = try #require(try await InitialAssessment.find(id, on: app.db))
            #expect(stored.urgency == "immediate" && stored.situation == "Häätö uhkaa.")
            // Adam has no period: deepening starts one with the assessment beside the suitability check.
            let page = try await worker.get("/assessments/\(id)").body.string
            let link = "/clients/\(fixture.clientA)/periods/new?assessment=\(id)"
            #expect(page.contains(link))
            let start = try await worker.get(link).body.string
            #expect(start.contains("id=\"assessment-summary\"") && start.contains("Häätö uhkaa."))
            #expect(start.contains("id=\"period-form\""))
        }
    }
}
