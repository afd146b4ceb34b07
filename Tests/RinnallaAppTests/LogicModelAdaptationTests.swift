import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// A unit's local adaptations of an operating model and its yearly self-rating of the
/// core elements (issue 17): the unit's team lead records them, its evaluators and the
/// administrators read them, other members get 403 and outsiders 404.
@Suite("Logic model adaptations and self-rating")
struct LogicModelAdaptationTests {
    static func page(_ unit: UUID, _ model: OperatingModel = .socialRehabilitation) -> String {
        "/units/\(unit)/logic-models/\(model.rawValue)"
    }

    static func audits(_ app: Application, _ recordType: String) async throws -> [AuditEvent] {
        try await AuditEvent.query(on: app.db).filter(\.$recordType == recordType).sort(\.$sequence).all()
    }

    static func adaptationCount(_ app: Application) async throws -> Int {
        try await LogicModelAdaptation.query(on: app.db).count()
    }

    @Test func theTeamLeadAddsEditsAndDeletesAnAdaptationAndEachChangeIsAudited() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let base = Self.page(fixture.unitA)
            // act
            let empty = try await lead.get(base)
            let added = try await lead.post(
                base + "/adaptations", form: ["text": "Liikkuvan työn minibussi Länsi-alueelle", "day": "1.1.2026"])
            let row = try #require(try await LogicModelAdaptation.query(on: app.db).first())
            let id = try row.requireID()
            let shown = try await lead.get(base)
            let editForm = try await lead.get(base + "/adaptations/\(id)/edit")
            let edited = try await lead.post(
                base + "/adaptations/\(id)", form: ["text": "Minibussi ja MTP-osaaminen", "day": "2025-12-15"])
            let afterEdit = try #require(try await LogicModelAdaptation.find(id, on: app.db))
            let deleted = try await lead.post(base + "/adaptations/\(id)/delete")
            // check
            #expect(empty.status == .ok)
            #expect(empty.body.string.contains("Länsi aikuissosiaalityö: Sosiaalinen kuntoutus"))
            #expect(empty.body.string.contains("id=\"adaptation-form\""))
            #expect(empty.body.string.contains("id=\"ratings-form\""))
            #expect(empty.body.string.contains("Yksikkö ei ole vielä kirjannut paikallisia adaptaatioita."))
            #expect(added.status == .seeOther)
            #expect(added.headers.first(name: .location) == base + "?notice=adaptation-saved#adaptation-\(id)")
            #expect(row.text == "Liikkuvan työn minibussi Länsi-alueelle")
            #expect(row.day == "2026-01-01")
            #expect(row.model == "social-rehabilitation")
            #expect(row.$unit.id == fixture.unitA)
            #expect(row.$recordedBy.id == fixture.teamLeadA)
            #expect(shown.body.string.contains("Liikkuvan työn minibussi Länsi-alueelle"))
            #expect(shown.body.string.contains("1.1.2026"))
            #expect(shown.body.string.contains("kirjannut Leena Esihenkilö"))
            #expect(shown.body.string.contains("href=\"\(base)/adaptations/\(id)/edit\""))
            #expect(editForm.status == .ok)
            #expect(editForm.body.string.contains("Liikkuvan työn minibussi Länsi-alueelle"))
            #expect(edited.status == .seeOther)
            #expect(afterEdit.text == "Minibussi ja MTP-osaaminen")
            #expect(afterEdit.day == "2025-12-15")
            #expect(deleted.status == .seeOther)
            #expect(try await Self.adaptationCount(app) == 0)
            let audits = try await Self.audits(app, "logic-model-adaptation")
            #expect(audits.map(\.action) == ["create", "update", "delete"])
            #expect(audits.allSatisfy { $0.recordID == id.uuidString && $0.unitID == fixture.unitA })
            #expect(audits.allSatisfy { $0.userID == fixture.teamLeadA })
        }
    }

    @Test func theTeamLeadRatesTheCoreElementsForTheYearAndLastYearShowsBeside() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let base = Self.page(fixture.unitA)
            // act
            let lastYear = try await lead.post(
                base + "/ratings",
                form: [
                    "year": "2025", "rating-group-activity": "not-yet", "reason-group-activity": "Ei vielä ryhmiä",
                ])
            let thisYear = try await lead.post(
                base + "/ratings",
                form: [
                    "year": "2026", "rating-need-mapping": "delivered",
                    "rating-group-activity": "partly", "reason-group-activity": "Vertaistukiryhmä vain Länsi-alueella",
                ])
            let page = try await lead.get(base)
            let lastYearPage = try await lead.get(base + "?year=2025")
            let auditsAfterTwo = try await Self.audits(app, "core-element-rating")
            // Sent again unchanged, then with one element changed.
            _ = try await lead.post(
                base + "/ratings",
                form: [
                    "year": "2026", "rating-need-mapping": "delivered",
                    "rating-group-activity": "partly", "reason-group-activity": "Vertaistukiryhmä vain Länsi-alueella",
                ])
            let auditsAfterSame = try await Self.audits(app, "core-element-rating")
            _ = try await lead.post(
                base + "/ratings", form: ["year": "2026", "rating-group-activity": "delivered"])
            let ratings = try await LogicModelAdaptationService.ratings(
                unitID: fixture.unitA, model: .socialRehabilitation, year: 2026, on: app.db)
            let audits = try await Self.audits(app, "core-element-rating")
            // check
            #expect(lastYear.status == .seeOther)
            #expect(lastYear.headers.first(name: .location) == base + "?year=2025&notice=ratings-saved#ratings")
            #expect(thisYear.status == .seeOther)
            #expect(thisYear.headers.first(name: .location) == base + "?notice=ratings-saved#ratings")
            let html = page.body.string
            #expect(html.contains("Ydinelementtien toteutuminen 2026"))
            #expect(html.contains("Toteutuu osittain"))
            #expect(html.contains("Vertaistukiryhmä vain Länsi-alueella"))
            #expect(html.contains("Ei vielä ryhmiä"), "last year's reason, beside")
            #expect(lastYearPage.body.string.contains("Ydinelementtien toteutuminen 2025"))
            #expect(auditsAfterTwo.map(\.action) == ["create", "create", "create"])
            #expect(auditsAfterSame.count == 3, "nothing changed, nothing written")
            #expect(audits.count == 4)
            #expect(audits.last?.action == "update")
            #expect(audits.last?.detail == "social-rehabilitation group-activity 2026: delivered")
            #expect(ratings.map(\.elementID) == ["need-mapping", "group-activity"])
            #expect(ratings.map(\.rating) == [.delivered, .delivered])
            #expect(ratings.last?.reason == nil)
            #expect(ratings.allSatisfy { $0.ratedBy == fixture.teamLeadA && $0.ratedByName == "Leena Esihenkilö" })
            #expect(try await CoreElementSelfRating.query(on: app.db).count() == 3)
        }
    }

    @Test func invalidInputNamesTheFieldAndChangesNothing() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let base = Self.page(fixture.unitA)
            let before = try await tableSnapshot(app)
            // act
            let noText = try await lead.post(base + "/adaptations", form: ["text": "  ", "day": "1.1.2026"])
            let future = try await lead.post(base + "/adaptations", form: ["text": "Minibussi", "day": "2.1.2026"])
            let noReason = try await lead.post(
                base + "/ratings",
                form: [
                    "year": "2026", "rating-need-mapping": "delivered", "rating-group-activity": "partly",
                ])
            let futureYear = try await lead.post(
                base + "/ratings", form: ["year": "2027", "rating-need-mapping": "delivered"])
            let badQuery = try await lead.get(base + "?year=kaksi")
            // check
            #expect(noText.status == .unprocessableEntity)
            #expect(noText.body.string.contains("Kirjoita adaptaatio."))
            #expect(noText.body.string.contains("href=\"#field-text\""))
            #expect(future.status == .unprocessableEntity)
            #expect(future.body.string.contains("Päivä ei voi olla tulevaisuudessa."))
            #expect(future.body.string.contains("href=\"#field-day\""))
            #expect(
                future.body.string.contains("value=\"Minibussi\"")
                    || future.body.string.contains(">Minibussi</textarea>"))
            #expect(noReason.status == .unprocessableEntity)
            #expect(
                noReason.body.string.contains(
                    "4. Ryhmätoiminta: kirjoita perustelu, kun ydinelementti toteutuu osittain tai ei vielä toteudu."))
            #expect(noReason.body.string.contains("href=\"#field-reason-group-activity\""))
            #expect(noReason.body.string.contains("aria-describedby=\"field-reason-group-activity-error\""))
            #expect(futureYear.status == .unprocessableEntity)
            #expect(futureYear.body.string.contains("Vuoden on oltava 2020–2026."))
            #expect(badQuery.status == .unprocessableEntity)
            #expect(try await tableSnapshot(app) == before)
            #expect(try await Self.adaptationCount(app) == 0)
            #expect(
                try await CoreElementSelfRating.query(on: app.db).count() == 0, "the valid element is not saved either")
        }
    }

    @Test func evaluatorsAndAdminsReadOtherMembersGet403AndOutsiders404() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let base = Self.page(fixture.unitA)
            _ = try await lead.post(base + "/adaptations", form: ["text": "Digi-ratkaisut", "day": "1.1.2026"])
            let id = try #require(try await LogicModelAdaptation.query(on: app.db).first()?.id)
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let member = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let outsider = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let before = try await tableSnapshot(app)
            let posts: [(String, [String: String])] = [
                (base + "/adaptations", ["text": "Toinen", "day": "1.1.2026"]),
                (base + "/adaptations/\(id)", ["text": "Muutettu", "day": "1.1.2026"]),
                (base + "/adaptations/\(id)/delete", [:]),
                (base + "/ratings", ["year": "2026", "rating-need-mapping": "delivered"]),
            ]
            // act and check
            for reader in [evaluator, admin] {
                let page = try await reader.get(base)
                #expect(page.status == .ok)
                #expect(page.body.string.contains("Digi-ratkaisut"))
                #expect(page.body.string.contains("id=\"logic-model-unit-read-only\""))
                #expect(!page.body.string.contains("id=\"adaptation-form\""))
                #expect(!page.body.string.contains("id=\"ratings-form\""))
                #expect(!page.body.string.contains("/edit\""))
                #expect(try await reader.get(base + "/adaptations/\(id)/edit").status == .forbidden)
                for (path, form) in posts {
                    #expect(try await reader.post(path, form: form).status == .forbidden, "\(path)")
                }
            }
            #expect(try await member.get(base).status == .forbidden)
            for (path, form) in posts {
                #expect(try await member.post(path, form: form).status == .forbidden, "\(path)")
            }
            let hidden = try await outsider.get(base)
            #expect(hidden.status == .notFound)
            #expect(!hidden.body.string.contains("Länsi aikuissosiaalityö"))
            #expect(try await outsider.get(base + "/adaptations/\(id)/edit").status == .notFound)
            for (path, form) in posts {
                #expect(try await outsider.post(path, form: form).status == .notFound, "\(path)")
            }
            // Another unit's adaptation is not found under this unit's address.
            let leadB = try await lead.get(Self.page(fixture.unitB) + "/adaptations/\(id)/edit")
            #expect(leadB.status == .notFound)
            // Refusals may be audited; nothing else changed.
            var expected = before
            expected["audit"] = try await AuditEvent.query(on: app.db).count()
            #expect(try await tableSnapshot(app) == expected)
            #expect(try await LogicModelAdaptation.find(id, on: app.db)?.text == "Digi-ratkaisut")
            #expect(try await CoreElementSelfRating.query(on: app.db).count() == 0)
        }
    }

    @Test func theModelPageLinksToTheUnitsTheUserMayOpen() async throws {
        try await withTestApp { (app, fixture) async throws in
            // act
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            let member = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let leadPage = try await lead.get("/logic-models/outreach")
            let evaluatorPage = try await evaluator.get("/logic-models/outreach")
            let memberPage = try await member.get("/logic-models/outreach")
            // check
            let link = "href=\"\(Self.page(fixture.unitA, .outreach))\""
            #expect(leadPage.body.string.contains(link))
            #expect(!leadPage.body.string.contains(Self.page(fixture.unitB, .outreach)))
            #expect(evaluatorPage.body.string.contains(link))
            #expect(!memberPage.body.string.contains(link))
            #expect(!memberPage.body.string.contains("id=\"logic-model-units\""))
        }
    }

    @Test func theReadFunctionsGiveTheNewestAdaptationFirst() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let base = Self.page(fixture.unitA, .lowThreshold)
            for (text, day) in [("Avoin kohtaamispaikka", "3.11.2025"), ("Liikkuvan tuen ratkaisu", "1.1.2026")] {
                _ = try await lead.post(base + "/adaptations", form: ["text": text, "day": day])
            }
            _ = try await lead.post(
                Self.page(fixture.unitA) + "/adaptations", form: ["text": "Toinen malli", "day": "1.1.2026"])
            // act
            let adaptations = try await LogicModelAdaptationService.adaptations(
                unitID: fixture.unitA, model: .lowThreshold, on: app.db)
            let otherUnit = try await LogicModelAdaptationService.adaptations(
                unitID: fixture.unitB, model: .lowThreshold, on: app.db)
            // check
            #expect(adaptations.map(\.text) == ["Liikkuvan tuen ratkaisu", "Avoin kohtaamispaikka"])
            #expect(adaptations.map(\.day) == [Day(2026, 1, 1), Day(2025, 11, 3)])
            #expect(adaptations.allSatisfy { $0.model == .lowThreshold && $0.recordedByName == "Leena Esihenkilö" })
            #expect(otherUnit.isEmpty)
        }
    }
}
