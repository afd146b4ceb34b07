import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// Decisions as official documents (issue 15): written in the client's language, Finnish
/// or Swedish, inside the frame of an administrative decision, and printed only once the
/// organisation has confirmed its review instructions.
@Suite("Decisions as official documents")
struct DecisionDocumentTests {
    /// The admin's form with every text filled in, as a browser sends it.
    static var frameForm: [String: String] {
        var form: [String: String] = ["framePhone": "09 310 1234", "confirm": "on"]
        for language in DecisionLanguage.allCases {
            let defaults = DecisionFrameSettings.Texts.defaults(language)
            for field in DecisionFrameSettings.textFields {
                form[DecisionFrameSettings.field(field.name, language)] = defaults[keyPath: field.keyPath]
            }
        }
        form["organisation-fi"] = "Testikaupunki"
        form["organisation-sv"] = "Teststaden"
        form["unit-fi"] = "Aikuissosiaalityö"
        form["unit-sv"] = "Socialt arbete för vuxna"
        form["reviewBody-fi"] = "Sosiaali- ja terveyslautakunnan yksilöasioiden jaosto"
        form["reviewBody-sv"] = "Social- och hälsovårdsnämndens sektion för individärenden"
        form["reviewAddress-fi"] = "Kirjaamo\r\nPL 10\r\n00099 Testikaupunki"
        form["reviewAddress-sv"] = "Registratorskontoret\r\nPB 10\r\n00099 Teststaden"
        return form
    }

    static func makeSwedish(_ app: Application, _ fixture: Fixture) async throws {
        let client = try #require(try await ClientRecord.find(fixture.clientB, on: app.db))
        client.language = "sv"
        try await client.save(on: app.db)
    }

    static func decide(_ worker: Browser, _ fixture: Fixture) async throws -> [Decision] {
        var form = DecisionTests.form
        form["action"] = "save"
        form["opinionMethod"] = "Träffats"
        let response = try await worker.post("/periods/\(fixture.periodB)/decisions", form: form)
        #expect(response.status == .seeOther)
        return try await Decision.query(on: worker.app.db).sort(\.$number).all()
    }

    @Test func aSwedishClientsDecisionsAreWrittenInSwedish() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            try await Self.makeSwedish(app, fixture)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            // act: the worker sees the language before saving, and the preview is in it
            let page = try await worker.get("/periods/\(fixture.periodB)")
            var form = DecisionTests.form
            form["action"] = "preview"
            form.removeValue(forKey: "opinionMethod")
            let preview = try await worker.post("/periods/\(fixture.periodB)/decisions", form: form)
            let decisions = try await Self.decide(worker, fixture)
            // check
            #expect(
                page.body.string.contains(
                    Localizer.shared.text(
                        .decisionsLanguageUsed, .fi, ["language": Localizer.shared.text(.decisionsLanguageSv, .fi)])))
            #expect(page.body.string.contains("value=\"Träffats\""), "the opinion's default in Swedish")
            #expect(preview.body.string.contains("enligt 17 § i socialvårdslagen"))
            #expect(!preview.body.string.contains("sosiaalihuoltolain 17 §"))
            #expect(decisions.map(\.language) == ["sv", "sv"])
            #expect(decisions[0].text.contains("Du beviljas social rehabilitering för tiden 1.1.-31.3.2026"))
            #expect(decisions[1].text.contains("för resor i zon AB för 90 dygn, pensionärsrabatt"))
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let listed = try await api.send(.GET, "/api/v1/periods/\(fixture.periodB)/decisions")
                .content.decode([APIDecisionController.DecisionDTO].self)
            #expect(listed.map(\.language) == [.sv, .sv])
        }
    }

    @Test func printingIsRefusedUntilTheOrganisationConfirmsItsReviewInstructions() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            try await Self.makeSwedish(app, fixture)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let decisions = try await Self.decide(worker, fixture)
            let id = try decisions[0].requireID()
            // act: before the confirmation
            let refused = try await worker.get("/decisions/\(id)/print")
            let shown = try await worker.get("/decisions/\(id)")
            // check: refused with the reason, nothing printed, the client's data not shown
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains(Localizer.shared.text(.decisionsPrintBlocked, .fi)))
            #expect(refused.body.string.contains(Localizer.shared.text(.decisionsPrintBlockedAsk, .fi)))
            #expect(!refused.body.string.contains("Bea Asiakas"))
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "print").count() == 0)
            #expect(shown.status == .ok)
            #expect(shown.body.string.contains("id=\"print-blocked\""))
            #expect(!shown.body.string.contains("id=\"print-decision\""))
            #expect(!shown.body.string.contains("data-print-header"))

            // act: the admin confirms; first without the tick, then without a Swedish body
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let settings = try await admin.get("/admin/settings/decisions")
            #expect(settings.status == .ok)
            #expect(settings.body.string.contains(Localizer.shared.text(.decisionSettingsNotConfirmed, .fi)))
            #expect(settings.body.string.contains(Localizer.shared.text(.decisionSettingsDefaultNote, .fi)))
            var unticked = Self.frameForm
            unticked.removeValue(forKey: "confirm")
            let notTicked = try await admin.post("/admin/settings/decisions", form: unticked)
            #expect(notTicked.status == .unprocessableEntity)
            #expect(notTicked.body.string.contains(Localizer.shared.text(.decisionSettingsConfirmRequired, .fi)))
            var noBody = Self.frameForm
            noBody["reviewBody-sv"] = "  "
            let missing = try await admin.post("/admin/settings/decisions", form: noBody)
            #expect(missing.status == .unprocessableEntity)
            #expect(
                missing.body.string.contains(
                    Localizer.shared.text(
                        .errorRequired, .fi, ["field": Localizer.shared.text(.fieldReviewBodySv, .fi)])))
            #expect(try await Setting.find(DecisionFrameSettings.key, on: app.db) == nil, "nothing half-saved")
            let confirmed = try await admin.post("/admin/settings/decisions", form: Self.frameForm)
            #expect(confirmed.status == .seeOther)
            let frame = try await DecisionFrameSettings.load(on: app.db)
            #expect(frame.isConfirmed)
            #expect(frame.confirmedBy == fixture.admin)
            #expect(frame.confirmedByName == "Antti Pääkäyttäjä")
            #expect(frame.fi.reviewAddress == "Kirjaamo\nPL 10\n00099 Testikaupunki")
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "settings")
                .filter(\.$recordID == DecisionFrameSettings.key).all()
            #expect(audit.map(\.action) == ["update"])
            let after = try await admin.get("/admin/settings/decisions")
            #expect(after.body.string.contains("Antti Pääkäyttäjä"))

            // act: the worker prints
            let printed = try await worker.get("/decisions/\(id)/print")
            // check: the whole frame in Swedish, with the number for every printed page
            #expect(printed.status == .ok)
            let html = printed.body.string
            for text in [
                "Beslut om social rehabilitering", "Teststaden", "Socialt arbete för vuxna",
                "data-print-header=\"Beslutsnummer \(decisions[0].number)\"", "data-page-label=\"Sida\"",
                "Beslutsdatum", "Klient", "Bea Asiakas", "Personbeteckning", "010101A123N",
                "Grund för avgörandet", "17 § i socialvårdslagen", "Giltighetstid", "1.1.2026 - 31.3.2026",
                "Positivt beslut", "Beslutsfattare", "Bertta Työntekijä, socialhandledare",
                "Ytterligare information ges av", "09 310 1234", "worker.b@example.fi", "Delgivning",
                "59 § i förvaltningslagen", "Anvisning om begäran om omprövning",
                "Begäran om omprövning framställs till: Social- och hälsovårdsnämndens sektion för individärenden",
                "Adress: Registratorskontoret, PB 10, 00099 Teststaden", "inom 30 dagar från delfåendet av beslutet",
                "lang=\"sv\"",
            ] {
                #expect(html.contains(text), "missing: \(text)")
            }
            for finnish in ["Oikaisuvaatimusohje", "Päätösnumero", "sosiaalihuoltolain", "Testikaupunki"] {
                #expect(!html.contains(finnish), "Finnish in the Swedish document: \(finnish)")
            }
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "print").count() == 1)
            // The English courtesy copy is marked unofficial on the page and on every printed page.
            let english = try await worker.get("/decisions/\(id)/english")
            #expect(english.status == .ok)
            #expect(english.body.string.contains(DecisionCourtesyCopy.notice))
            #expect(
                english.body.string.contains(
                    "data-print-header=\"Unofficial translation – decision \(decisions[0].number)\""))
            #expect(english.body.string.contains("under section 17 of the Social Welfare Act"))
            #expect(shown.body.string.contains("/decisions/\(id)/english"))
            let ticket = try await worker.get("/decisions/\(try decisions[1].requireID())/print")
            #expect(ticket.body.string.contains("Beslut om förebyggande utkomststöd"))
            #expect(ticket.body.string.contains("13 § i lagen om utkomststöd"))
        }
    }

    @Test func theActivityAllowanceAndItsCorrectionInSwedish() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            try await Self.makeSwedish(app, fixture)
            try await DecisionFrameSettings.confirmedForTests(by: fixture.admin).save(on: app.db)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            _ = try await Self.decide(worker, fixture)
            try await AllowanceFlowTests.meeting(worker, fixture, day: "2.1.2026", status: "realised")
            try await AllowanceFlowTests.meeting(worker, fixture, day: "14.1.2026", status: "realised")
            fixture.clock.advance(by: 40 * 86_400)
            let later = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            // act
            let decided = try await later.post("/periods/\(fixture.periodB)/allowances", form: ["month": "1.1.2026"])
            let corrected = try await later.post(
                "/periods/\(fixture.periodB)/allowances", form: ["month": "1.1.2026", "correct": "1"])
            // check
            #expect(decided.status == .seeOther)
            #expect(corrected.status == .seeOther)
            let allowance = try await Decision.query(on: app.db).filter(\.$kind == "allowance").sort(\.$number).all()
            #expect(allowance.map(\.language) == ["sv", "sv"])
            #expect(allowance[0].text.contains("Träffar har ägt rum 2.1. och 14.1.2026."))
            #expect(allowance[0].text.contains("för två dygn, 9 euro/dygn, sammanlagt 18 euro"))
            let printed = try await later.get("/decisions/\(try allowance[1].requireID())/print")
            #expect(printed.status == .ok)
            #expect(printed.body.string.contains("Ersätter beslut"))
            #expect(printed.body.string.contains(allowance[0].number))
            #expect(printed.body.string.contains("13 § i lagen om utkomststöd"))
        }
    }

    @Test func aClientWithAnotherLanguageGetsTheLanguageChosenForThem() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: a client whose own language is neither Finnish nor Swedish
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let fields: [String: String] = [
                "unitID": fixture.unitB.uuidString, "name": "Bea Asiakas", "identityCode": "010101A123N",
                "language": "other",
            ]
            // act
            var wrong = fields
            wrong["decisionLanguage"] = "en"
            let refused = try await worker.post("/clients/\(fixture.clientB)", form: wrong)
            var chosen = fields
            chosen["decisionLanguage"] = "sv"
            let saved = try await worker.post("/clients/\(fixture.clientB)", form: chosen)
            // check: English is no decision language; Swedish is taken
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(Localizer.shared.text(.errorLanguageInvalid, .fi)))
            #expect(saved.status == .seeOther)
            let client = try #require(try await ClientRecord.find(fixture.clientB, on: app.db))
            #expect(client.language == "other")
            #expect(client.decisionLanguage == "sv")
            let decisions = try await Self.decide(worker, fixture)
            #expect(decisions.map(\.language) == ["sv", "sv"])
            // An API change of the client keeps the choice.
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let patched = try await api.send(
                .PATCH, "/api/v1/clients/\(fixture.clientB)", raw: #"{"phone": "040 123 4567"}"#)
            #expect(patched.status == .ok)
            #expect(try await ClientRecord.find(fixture.clientB, on: app.db)?.decisionLanguage == "sv")
        }
    }

    @Test func onlyAnAdministratorConfirmsTheFrame() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            #expect(try await worker.get("/admin/settings/decisions").status == .forbidden)
            let response = try await worker.post("/admin/settings/decisions", form: Self.frameForm)
            #expect(response.status == .forbidden)
            #expect(try await Setting.find(DecisionFrameSettings.key, on: app.db) == nil)
        }
    }
}

extension DecisionFrameSettings {
    /// A confirmed frame for tests that print.
    static func confirmedForTests(by admin: UUID) -> DecisionFrameSettings {
        var frame = DecisionFrameSettings.defaults
        frame.fi.organisation = "Testikaupunki"
        frame.sv.organisation = "Teststaden"
        frame.fi.reviewBody = "Jaosto"
        frame.sv.reviewBody = "Sektionen"
        frame.fi.reviewAddress = "PL 10"
        frame.sv.reviewAddress = "PB 10"
        frame.confirmedBy = admin
        frame.confirmedByName = "Antti Pääkäyttäjä"
        frame.confirmedAt = Date(timeIntervalSince1970: 1_767_225_600)
        return frame
    }
}
