import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("The local service map")
struct PlaceTests {
    static func form(_ fields: [String: String] = [:]) -> [String: String] {
        var form = [
            "name": "Kontulan Elokolo", "category": "third-sector", "areaID": "", "address": "Ostostie 4",
            "description": "Kaikille avoin kohtaamispaikka.", "openingNotes": "ma–pe 10–15",
            "webAddress": "https://ehyt.fi/", "language-fi": "on", "language-en": "on", "free": "yes",
            "active": "on",
        ]
        for (key, value) in fields { form[key] = value }
        return form
    }

    @Test func workersFindPlacesByTextAreaAndCategory() async throws {
        try await withTestApp { (app, _) async throws in
            let places = try await PlaceFixture.load(on: app)
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let all = try await worker.get("/places")
            #expect(all.status == .ok)
            #expect(all.body.string.contains("Paikkoja: 3"))
            // Itä before Länsi before the city-wide ones
            let html = all.body.string
            let order = ["Kontulan D-asema", "Kannelmäen D-asema", "Stop huumeille ry"].compactMap {
                html.range(of: $0)?.lowerBound
            }
            #expect(order.count == 3 && order == order.sorted())
            let ita = try await worker.get("/places?area=\(places.ita)&category=third-sector").body.string
            #expect(ita.contains("Kontulan D-asema") && !ita.contains("Kannelmäen D-asema"))
            #expect(ita.contains("Paikkoja: 1"))
            let cityWide = try await worker.get("/places?area=none").body.string
            #expect(cityWide.contains("Stop huumeille ry") && !cityWide.contains("Kontulan D-asema"))
            let text = try await worker.get("/places?q=kontulankaari").body.string
            #expect(text.contains("Kontulan D-asema") && text.contains("Paikkoja: 1"))
            let none = try await worker.get("/places?q=vuosaari").body.string
            #expect(none.contains("Hakuehdoilla ei löytynyt paikkoja."))
            // Unknown filter values are ignored, not an error
            #expect(try await worker.get("/places?area=x&category=y").status == .ok)
        }
    }

    @Test func thePlacePageShowsEverythingWithTheWebAddressAsALink() async throws {
        try await withTestApp { (app, _) async throws in
            let places = try await PlaceFixture.load(on: app)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let page = try await worker.get("/places/\(places.dAsema)")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("<h1>Kontulan D-asema</h1>"))
            #expect(html.contains("Kontulankaari 1B 14A"))
            #expect(html.contains("<a href=\"https://www.hdl.fi/d-asema-kontula/\" id=\"place-web\">"))
            #expect(html.contains("järjestöjen kohtaamispaikka") && html.contains("Itä") && html.contains("suomi"))
            #expect(html.contains("ei tiedossa"))
            #expect(try await worker.get("/places/\(UUID())").status == .notFound)
        }
    }

    @Test func aWorkerAddsAndEditsAPlaceAndItIsAudited() async throws {
        try await withTestApp { (app, fixture) async throws in
            let places = try await PlaceFixture.load(on: app)
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await worker.get("/places/new").status == .ok)
            let created = try await worker.post("/places", form: Self.form(["areaID": places.ita.uuidString]))
            #expect(created.status == .seeOther)
            let place = try #require(try await Place.query(on: app.db).filter(\.$name == "Kontulan Elokolo").first())
            #expect(place.$area.id == places.ita && place.languages == "fi,en" && place.isFree == true)
            #expect(place.webAddress == "https://ehyt.fi/" && place.isActive)
            let id = try place.requireID()
            #expect(try await worker.get("/places/\(id)/edit").status == .ok)
            var changes = Self.form(["areaID": "", "free": "", "webAddress": ""])
            changes["active"] = nil
            let updated = try await worker.post("/places/\(id)", form: changes)
            #expect(updated.status == .seeOther)
            let saved = try #require(try await Place.find(id, on: app.db))
            #expect(saved.$area.id == nil && saved.isFree == nil && saved.webAddress == nil && !saved.isActive)
            // no longer offered, but found when asked for
            #expect(!(try await worker.get("/places").body.string.contains("Kontulan Elokolo")))
            #expect(try await worker.get("/places?inactive=on").body.string.contains("Kontulan Elokolo"))
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "place").all()
            #expect(audit.map(\.action).sorted() == ["create", "update"])
            #expect(audit.allSatisfy { $0.recordID == id.uuidString && $0.userID == fixture.workerA })
        }
    }

    @Test func refusedPlaceInputNamesTheFieldAndChangesNothing() async throws {
        try await withTestApp { (app, _) async throws in
            let places = try await PlaceFixture.load(on: app)
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let before = try await tableSnapshot(app)
            let cases: [([String: String], String, String)] = [
                (["name": " "], "name", "Täytä kenttä: nimi."),
                (["category": "pub"], "category", "Valitse vaihtoehto listasta."),
                (["areaID": UUID().uuidString], "areaID", "Valitse vaihtoehto listasta."),
                (["webAddress": "javascript:alert(1)"], "webAddress", "alkaen https:// tai http://"),
                (["webAddress": "www.ehyt.fi"], "webAddress", "alkaen https:// tai http://"),
                (["free": "maybe"], "free", "Valitse vaihtoehto listasta."),
                (["language-xx": "on", "address": String(repeating: "a", count: 301)], "address", "liian pitkä"),
            ]
            for (fields, field, message) in cases {
                let response = try await worker.post("/places", form: Self.form(fields))
                #expect(response.status == .unprocessableEntity, "\(field)")
                let html = response.body.string
                #expect(html.contains("href=\"#field-\(field)\""), "\(field)")
                #expect(html.contains(message), "\(field): \(message)")
                let edit = try await worker.post("/places/\(places.dAsema)", form: Self.form(fields))
                #expect(edit.status == .unprocessableEntity, "edit \(field)")
            }
            #expect(try await tableSnapshot(app) == before)
            #expect(try await Place.find(places.dAsema, on: app.db)?.name == "Kontulan D-asema")
        }
    }

    @Test func onlyWorkersWithAUnitReachTheServiceMap() async throws {
        try await withTestApp { (app, _) async throws in
            let places = try await PlaceFixture.load(on: app)
            let before = try await Place.query(on: app.db).count()
            for email in ["evaluator@example.fi", "admin@example.fi"] {
                let user = try await Browser.loggedIn(app, email: email)
                #expect(try await user.get("/places").status == .forbidden, "\(email)")
                #expect(try await user.get("/places/\(places.dAsema)").status == .forbidden, "\(email)")
                #expect(try await user.post("/places", form: Self.form()).status == .forbidden, "\(email)")
            }
            #expect(try await Place.query(on: app.db).count() == before)
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let page = try await lead.get("/places")
            #expect(page.status == .ok && page.body.string.contains("id=\"new-place\""))
            #expect(page.body.string.contains("href=\"/places\""))
        }
    }

    @Test func theServiceMapPagesRenderInEachLanguage() async throws {
        try await withTestApp { (app, fixture) async throws in
            let places = try await PlaceFixture.load(on: app)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let goals = try await GoalFlowTests.writeGoals(worker, fixture, app: app)
            _ = try await worker.post(
                "/periods/\(fixture.periodB)/meetings", form: PlaceVisitTests.visit(places.dAsema))
            _ = try await worker.post(
                "/goals/\(try goals.main.requireID())/places", form: ["placeID": places.stop.uuidString])
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            for language in [Language.fi, .sv, .en] {
                _ = try await worker.post("/account/language", form: ["language": language.rawValue])
                _ = try await admin.post("/account/language", form: ["language": language.rawValue])
                let pages: [(Browser, String)] = [
                    (worker, "/places"), (worker, "/places/\(places.dAsema)"), (worker, "/places/new"),
                    (worker, "/places/\(places.dAsema)/edit"), (worker, "/periods/\(fixture.periodB)"),
                    (worker, "/goals/\(try goals.main.requireID())"), (worker, "/periods/\(fixture.periodB)/goals"),
                    (admin, "/admin/areas"), (admin, "/admin/areas/\(places.ita)"),
                ]
                for (user, path) in pages {
                    let page = try await user.get(path)
                    #expect(page.status == .ok, "\(path) in \(language)")
                    let html = page.body.string
                    #expect(html.contains("<html lang=\"\(language.rawValue)\""), "\(path)")
                    for key in ["place.", "area.", "field.", "meetings.", "goal."] {
                        #expect(!html.contains(">\(key)"), "\(path) shows a raw key \(key) in \(language)")
                    }
                }
                let visit = Localizer.shared.text(
                    .placeVisit, language, ["place": "Kontulan D-asema, Kontulankaari 1B 14A"])
                #expect(try await worker.get("/periods/\(fixture.periodB)").body.string.contains(visit))
            }
        }
    }
}
