import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Referrals and escorts and their follow-up")
struct ReferralTests {
    @Test func aWorkerRefersAClientAndLaterRecordsThatTheClientReachedTheService() async throws {
        try await withTestApp { (app, fixture) async throws in
            let service = try await PathsFixture.service("Talous- ja velkaneuvonta", on: app)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let page = try await worker.get("/clients/\(fixture.clientB)")
            #expect(page.body.string.contains("id=\"referral-form\""))
            #expect(page.body.string.contains("Talous- ja velkaneuvonta"))
            let saved = try await worker.post(
                "/clients/\(fixture.clientB)/referrals",
                form: ["servicePathID": service.uuidString, "method": "escorted", "day": "1.1.2026"])
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location)?.hasPrefix("/clients/\(fixture.clientB)?notice=") == true)
            let referral = try #require(try await Referral.query(on: app.db).first())
            #expect(referral.$client.id == fixture.clientB && referral.$contact.id == nil)
            #expect(referral.$unit.id == fixture.unitB && referral.outcome == "pending" && referral.day == "2026-01-01")
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "referral").all()
            #expect(audit.contains { $0.action == "create" && $0.clientID == fixture.clientB })
            let client = try await worker.get("/clients/\(fixture.clientB)").body.string
            #expect(client.contains("1.1.2026 · Talous- ja velkaneuvonta · Saatettu palveluun · Ei vielä seurattu"))

            // Two weeks on, the home page points at the referral waiting for its follow-up.
            fixture.clock.advance(by: 14 * 86_400)
            let worker2 = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let home = try await worker2.get("/").body.string
            #expect(home.contains("Seurattavia ohjauksia yli 14 päivän takaa: 1"))
            let list = try await worker2.get("/referrals/follow-up").body.string
            #expect(list.contains("Bea Asiakas") && list.contains("Yli 14 päivää"))
            let id = try referral.requireID()
            // Refused follow-ups change nothing.
            for (form, field) in [
                (["outcome": "pending", "outcomeDay": "15.1.2026"], "outcome"),
                (["outcome": "reached", "outcomeDay": "31.12.2025"], "outcomeDay"),
                (["outcome": "reached", "outcomeDay": "16.1.2026"], "outcomeDay"),
            ] {
                let refused = try await worker2.post("/referrals/\(id)/follow-up", form: form)
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.body.string.contains("href=\"#field-\(field)\""))
                #expect(try await Referral.find(id, on: app.db)?.outcome == "pending")
            }
            let followed = try await worker2.post(
                "/referrals/\(id)/follow-up",
                form: ["outcome": "reached", "outcomeDay": "15.1.2026", "outcomeNote": "Sai ajan."])
            #expect(followed.status == .seeOther)
            let stored = try #require(try await Referral.find(id, on: app.db))
            #expect(
                stored.outcome == "reached" && stored.outcomeDay == "2026-01-15" && stored.outcomeNote == "Sai ajan.")
            #expect(stored.$followedUpBy.id == fixture.workerB)
            let shown = try await worker2.get("/referrals/\(id)").body.string
            #expect(shown.contains("Pääsi palveluun") && shown.contains("Sai ajan."))
            #expect(!(try await worker2.get("/").body.string.contains("Seurattavia ohjauksia")))
            #expect(try await worker2.get("/referrals/follow-up").body.string.contains("Ei seurattavia ohjauksia."))
        }
    }

    @Test func refusedReferralsNameTheFieldAndChangeNothing() async throws {
        try await withTestApp { (app, fixture) async throws in
            let service = try await PathsFixture.service("Asumisneuvonta", on: app)
            let closed = try await PathsFixture.service("Suljettu", active: false, on: app)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let good = ["servicePathID": service.uuidString, "method": "referral", "day": "1.1.2026"]
            let before = try await PathsFixture.counts(app)
            for (change, field, message) in [
                (["servicePathID": ""], "servicePathID", "Valitse palvelu hakemistosta."),
                (["servicePathID": closed.uuidString], "servicePathID", "Palvelu ei ole enää käytössä."),
                (["method": "phone"], "method", "Valitse vaihtoehto listasta."),
                (["day": "2.1.2026"], "day", "Ohjauksen päivä ei voi olla tulevaisuudessa."),
                (["day": "eilen"], "day", "Anna päivämäärä muodossa p.k.vvvv."),
            ] {
                let response = try await worker.post(
                    "/clients/\(fixture.clientB)/referrals", form: good.merging(change) { $1 })
                #expect(response.status == .unprocessableEntity, "\(change)")
                #expect(response.body.string.contains(message), "\(change)")
                #expect(response.body.string.contains("href=\"#field-\(field)\""))
            }
            #expect(try await PathsFixture.counts(app) == before)
        }
    }

    @Test func aReferralFromAnAnonymousContactCarriesNoIdentity() async throws {
        try await withTestApp { (app, fixture) async throws in
            let service = try await PathsFixture.service("Päihdepalvelut", kind: .substanceServices, on: app)
            let contact = try await PathsFixture.contact(unit: fixture.unitB, by: fixture.workerB, on: app)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let form = try await worker.get("/contacts/\(contact)/referrals/new")
            #expect(form.status == .ok)
            #expect(form.body.string.contains("Yhteydenotto 1.1.2026, ilman henkilötietoja"))
            let before = try await PathsFixture.counts(app)
            let refused = try await worker.post(
                "/contacts/\(contact)/referrals",
                form: ["servicePathID": "", "method": "information", "day": "1.1.2026"])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await PathsFixture.counts(app) == before)
            let saved = try await worker.post(
                "/contacts/\(contact)/referrals",
                form: ["servicePathID": service.uuidString, "method": "information", "day": "1.1.2026"])
            #expect(saved.status == .seeOther)
            let referral = try #require(try await Referral.query(on: app.db).first())
            #expect(referral.$contact.id == contact && referral.$client.id == nil && referral.$unit.id == fixture.unitB)
            let page = try await worker.get(saved.headers.first(name: .location) ?? "")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Anonyymi yhteydenotto") && !page.body.string.contains("Bea Asiakas"))
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "referral").all()
            #expect(!audit.isEmpty && audit.allSatisfy { $0.clientID == nil })
        }
    }

    @Test func aWorkerOutsideTheUnitGets404ForEveryReferralAndAssessmentRoute() async throws {
        try await withTestApp { (app, fixture) async throws in
            let service = try await PathsFixture.service("Asumisneuvonta", on: app)
            let contact = try await PathsFixture.contact(unit: fixture.unitB, by: fixture.workerB, on: app)
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            _ = try await owner.post(
                "/clients/\(fixture.clientB)/referrals",
                form: ["servicePathID": service.uuidString, "method": "referral", "day": "1.1.2026"])
            _ = try await owner.post(
                "/clients/\(fixture.clientB)/assessments", form: InitialAssessmentTests.form(["consentGiven": "on"]))
            let referral = try #require(try await Referral.query(on: app.db).first()).requireID()
            let assessment = try #require(try await InitialAssessment.query(on: app.db).first()).requireID()
            let outsider = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let before = try await PathsFixture.counts(app)
            for path in [
                "/clients/\(fixture.clientB)/referrals/new", "/contacts/\(contact)/referrals/new",
                "/referrals/\(referral)", "/clients/\(fixture.clientB)/assessments/new", "/assessments/\(assessment)",
                "/assessments/\(assessment)/edit",
            ] {
                let response = try await outsider.get(path)
                #expect(response.status == .notFound, "\(path)")
                #expect(!response.body.string.contains("Bea Asiakas"))
            }
            for path in [
                "/clients/\(fixture.clientB)/referrals", "/contacts/\(contact)/referrals",
                "/referrals/\(referral)/follow-up", "/clients/\(fixture.clientB)/assessments",
                "/assessments/\(assessment)",
            ] {
                let response = try await outsider.post(
                    path,
                    form: [
                        "servicePathID": service.uuidString, "method": "referral", "day": "1.1.2026",
                        "outcome": "reached",
                    ])
                #expect(response.status == .notFound, "\(path)")
            }
            #expect(!(try await outsider.get("/referrals/follow-up").body.string.contains("Asumisneuvonta")))
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await api.send(.GET, "/api/v1/referrals/\(referral)").status == .notFound)
            #expect(
                try await api.send(.PUT, "/api/v1/referrals/\(referral)/follow-up", json: ["outcome": "reached"]).status
                    == .notFound)
            #expect(
                try await api.send(
                    .POST, "/api/v1/referrals",
                    json: [
                        "servicePathID": service.uuidString, "clientID": fixture.clientB.uuidString,
                        "method": "referral", "day": "2026-01-01",
                    ]
                ).status == .notFound)
            #expect(try await api.send(.GET, "/api/v1/referrals?clientID=\(fixture.clientB)").status == .notFound)
            let mine = try await api.send(.GET, "/api/v1/referrals")
            #expect(try mine.content.decode([APIReferralController.ReferralDTO].self).isEmpty)
            #expect(try await PathsFixture.counts(app) == before)
        }
    }

    @Test func theAPIStoresAReferralSentTwiceWithTheSameIdOnce() async throws {
        try await withTestApp { (app, fixture) async throws in
            let service = try await PathsFixture.service("Asunnottomien palvelut", kind: .homelessServices, on: app)
            let contact = try await PathsFixture.contact(unit: fixture.unitB, by: fixture.workerB, on: app)
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let key = UUID().uuidString
            let body = [
                "servicePathID": service.uuidString, "contactID": contact.uuidString, "method": "escorted",
                "day": "2026-01-01", "clientMadeID": key,
            ]
            let first = try await api.send(.POST, "/api/v1/referrals", json: body)
            #expect(first.status == .created)
            let second = try await api.send(.POST, "/api/v1/referrals", json: body)
            #expect(second.status == .ok)
            let a = try first.content.decode(APIReferralController.ReferralDTO.self)
            let b = try second.content.decode(APIReferralController.ReferralDTO.self)
            #expect(a.id == b.id && a.clientID == nil && a.contactID == contact)
            // The snake-case spelling is the same key.
            var snake = body
            snake["clientMadeID"] = nil
            snake["client_made_id"] = key
            #expect(try await api.send(.POST, "/api/v1/referrals", json: snake).status == .ok)
            #expect(try await Referral.query(on: app.db).count() == 1)
            // Both subjects at once, or none, is refused.
            var both = body
            both["clientMadeID"] = nil
            both["clientID"] = fixture.clientB.uuidString
            let refused = try await api.send(.POST, "/api/v1/referrals", json: both)
            #expect(refused.status == .unprocessableEntity)
            #expect(try await Referral.query(on: app.db).count() == 1)
            let followed = try await api.send(
                .PUT, "/api/v1/referrals/\(a.id)/follow-up", json: ["outcome": "not-reached", "note": "Ei paikalla."])
            #expect(followed.status == .ok)
            #expect(try followed.content.decode(APIReferralController.ReferralDTO.self).outcome == "not-reached")
            let bad = try await api.send(.PUT, "/api/v1/referrals/\(a.id)/follow-up", json: ["outcome": "maybe"])
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("\"field\":\"outcome\""))
            let list = try await api.send(.GET, "/api/v1/referrals?contactID=\(contact)")
            #expect(try list.content.decode([APIReferralController.ReferralDTO].self).count == 1)
            #expect(try await api.send(.GET, "/api/v1/referrals/\(a.id)").status == .ok)
        }
    }

    @Test func theDirectoryReferralAndAssessmentPagesRenderInEachLanguage() async throws {
        try await withTestApp { (app, fixture) async throws in
            let service = try await PathsFixture.service("Asumisneuvonta", on: app)
            let contact = try await PathsFixture.contact(unit: fixture.unitB, by: fixture.workerB, on: app)
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            _ = try await owner.post(
                "/clients/\(fixture.clientB)/referrals",
                form: ["servicePathID": service.uuidString, "method": "referral", "day": "1.1.2026"])
            _ = try await owner.post(
                "/clients/\(fixture.clientB)/assessments", form: InitialAssessmentTests.form(["consentGiven": "on"]))
            let referral = try #require(try await Referral.query(on: app.db).first()).requireID()
            let assessment = try #require(try await InitialAssessment.query(on: app.db).first()).requireID()
            let pages = [
                "/service-paths", "/service-paths/new", "/service-paths/\(service)", "/service-paths/\(service)/edit",
                "/clients/\(fixture.clientB)", "/clients/\(fixture.clientB)/referrals/new",
                "/contacts/\(contact)/referrals/new", "/referrals/\(referral)", "/referrals/follow-up",
                "/clients/\(fixture.clientB)/assessments/new", "/assessments/\(assessment)",
                "/assessments/\(assessment)/edit", "/",
            ]
            for language in [Language.fi, .sv, .en] {
                _ = try await owner.post("/account/language", form: ["language": language.rawValue])
                for path in pages {
                    let page = try await owner.get(path)
                    #expect(page.status == .ok, "\(path) in \(language)")
                    let html = page.body.string
                    #expect(html.contains("<html lang=\"\(language.rawValue)\""), "\(path)")
                    for key in ["service-path.", "referral.", "assessment.", "consent.", "field.", "nav."] {
                        #expect(!html.contains(">\(key)"), "\(path) shows a raw key \(key) in \(language)")
                    }
                }
            }
        }
    }
}
