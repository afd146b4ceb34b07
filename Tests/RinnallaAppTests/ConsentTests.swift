import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Linking contacts to a client record with consent")
struct ConsentTests {
    @Test func aContactIsLinkedToAnExistingClientWithConsentAndUnlinkedWhenItIsWithdrawn() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let contact = try await ContactTests.record(worker, app, ["nickname": "Kettu"])
            let contactID = try contact.requireID()
            let page = try await worker.get("/contacts/\(contactID)/consent?q=adam")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Adam Asiakas") && page.body.string.contains("id=\"consent-form\""))
            // Refused: no client chosen, another unit's client, a future day — nothing changes
            let before = try await ContactTests.counts(app)
            // Showing the form again lists the worker's own clients, and that read is audited.
            var snapshot = try await tableSnapshot(app)
            snapshot["audit"] = nil
            for (form, field) in [
                (["mode": "existing"], "clientID"),
                (["mode": "existing", "clientID": fixture.clientB.uuidString], "clientID"),
                (["mode": "existing", "clientID": fixture.clientA.uuidString, "givenOn": "2.1.2026"], "givenOn"),
                (["mode": "new", "name": "", "identityCode": "010101A123N"], "name"),
                (["mode": "new", "name": "Uusi Asiakas", "identityCode": "010101A123X"], "identityCode"),
            ] {
                let refused = try await worker.post("/contacts/\(contactID)/consent", form: form)
                #expect(refused.status == .unprocessableEntity, "\(form)")
                #expect(refused.body.string.contains("href=\"#field-\(field)\""), "\(form)")
            }
            #expect(try await ContactTests.counts(app) == before)
            var afterRefusals = try await tableSnapshot(app)
            afterRefusals["audit"] = nil
            #expect(afterRefusals == snapshot)
            // Linked
            let linked = try await worker.post(
                "/contacts/\(contactID)/consent",
                form: [
                    "mode": "existing", "clientID": fixture.clientA.uuidString, "givenOn": "1.1.2026",
                    "note": "Suostui puhelimessa.",
                ])
            #expect(linked.status == .seeOther)
            #expect(linked.headers.first(name: .location)?.hasPrefix("/clients/\(fixture.clientA)") == true)
            let consent = try #require(try await Consent.query(on: app.db).first())
            #expect(consent.$client.id == fixture.clientA && consent.$contact.id == contactID)
            #expect(consent.purpose == "client-record" && consent.givenOn == "2026-01-01")
            #expect(consent.$recordedBy.id == fixture.workerA && consent.note == "Suostui puhelimessa.")
            let stored = try #require(try await Contact.find(contactID, on: app.db))
            #expect(stored.$client.id == fixture.clientA && stored.consentID == consent.id)
            let client = try await worker.get("/clients/\(fixture.clientA)")
            let html = client.body.string
            #expect(html.contains("Yhteydenotot ennen asiakkuutta") && html.contains("Asuminen"))
            #expect(
                html.contains("Yhteydenottojen liittäminen asiakastietoihin") && html.contains("Suostui puhelimessa."))
            #expect(html.contains("/clients/\(fixture.clientA)/periods/new"))
            // Linking again is refused
            let again = try await worker.post(
                "/contacts/\(contactID)/consent", form: ["mode": "existing", "clientID": fixture.clientA.uuidString])
            #expect(again.status == .unprocessableEntity)
            // Withdrawn: a day before the consent is refused, then the contact is anonymous again
            let consentID = try consent.requireID()
            let early = try await worker.post("/consents/\(consentID)/withdraw", form: ["withdrawnOn": "31.12.2025"])
            #expect(early.status == .unprocessableEntity)
            let withdrawn = try await worker.post("/consents/\(consentID)/withdraw", form: ["withdrawnOn": "1.1.2026"])
            #expect(withdrawn.status == .seeOther)
            let after = try #require(try await Contact.find(contactID, on: app.db))
            #expect(after.$client.id == nil && after.consentID == nil && after.$nickname.id != nil)
            #expect(try await Consent.find(consentID, on: app.db)?.withdrawnOn == "2026-01-01")
            #expect(try await worker.get("/clients/\(fixture.clientA)").body.string.contains("Peruttu 1.1.2026"))
            let twice = try await worker.post("/consents/\(consentID)/withdraw", form: [:])
            #expect(twice.status == .unprocessableEntity)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "consent").all()
            #expect(audit.map(\.action).sorted() == ["create", "update"])
            // Another unit cannot see or withdraw it
            let other = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            #expect(try await other.post("/consents/\(consentID)/withdraw", form: [:]).status == .notFound)
            #expect(try await other.get("/contacts/\(contactID)/consent").status == .notFound)
        }
    }

    @Test func allContactsOfANicknameAreLinkedToANewClientRecord() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let first = try await ContactTests.record(worker, app, ["nickname": "Kettu", "day": "2025-12-01"])
            _ = try await ContactTests.record(worker, app, ["nickname": "kettu"])
            let other = try await ContactTests.record(worker, app, [:])
            let nicknameID = try #require(first.$nickname.id)
            #expect(
                try await worker.get("/nicknames/\(nicknameID)/consent").body.string.contains(
                    "Liitettäviä yhteydenottoja: 2"))
            let response = try await worker.post(
                "/nicknames/\(nicknameID)/consent",
                form: ["mode": "new", "name": "Kalle Kettunen", "identityCode": "010199-123Y", "language": "fi"])
            #expect(response.status == .seeOther, "\(response.body.string.prefix(400))")
            let client = try #require(
                try await ClientRecord.query(on: app.db).filter(\.$name == "Kalle Kettunen").first())
            #expect(client.$unit.id == fixture.unitA)
            let linked = try await Contact.query(on: app.db).filter(\.$client.$id == client.id).count()
            #expect(linked == 2)
            #expect(try await Contact.find(try other.requireID(), on: app.db)?.$client.id == nil)
            let consent = try #require(try await Consent.query(on: app.db).first())
            #expect(consent.$contact.id == nil && consent.$client.id == client.id)
            // Nothing left to link
            #expect(!(try await worker.get("/nicknames/\(nicknameID)").body.string.contains("id=\"link-nickname\"")))
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$recordType == "client").filter(\.$action == "create")
                    .count() == 1)
        }
    }

    @Test func outreachWorkersFindContactsInTheNavigationAndOnTheHomePage() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await UnitMembership(userID: fixture.workerB, unitID: fixture.unitB, role: .outreachWorker).create(
                on: app.db)
            let outreach = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let home = try await outreach.get("/").body.string
            #expect(home.contains("id=\"home-new-contact\"") && home.contains(">Yhteydenotot</a>"))
            let social = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let other = try await social.get("/").body.string
            #expect(!other.contains("home-new-contact") && !other.contains(">Yhteydenotot</a>"))
            // The unit page of an outreach unit links its contacts
            let unit = try await outreach.get("/units/\(fixture.unitB)").body.string
            #expect(unit.contains("id=\"unit-contacts\""))
            #expect(!(try await social.get("/units/\(fixture.unitA)").body.string.contains("unit-contacts")))
            // Evaluators and admins hold no client work: no contacts for them
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            #expect(try await evaluator.get("/contacts/new").status == .forbidden)
        }
    }
}
