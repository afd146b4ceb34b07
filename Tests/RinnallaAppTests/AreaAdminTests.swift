import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Areas, kept by administrators")
struct AreaAdminTests {
    @Test func anAdminAddsRenamesAndReordersAreas() async throws {
        try await withTestApp { (app, _) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            for name in ["Itä", "Pohjoinen", "Länsi"] {
                let response = try await admin.post("/admin/areas", form: ["name": name])
                #expect(response.status == .seeOther)
            }
            #expect(try await Area.all(on: app.db).map(\.name) == ["Itä", "Pohjoinen", "Länsi"])
            let lansi = try #require(try await Area.query(on: app.db).filter(\.$name == "Länsi").first())
            let id = try lansi.requireID()
            #expect(try await admin.post("/admin/areas/\(id)/move", form: ["direction": "up"]).status == .seeOther)
            #expect(try await Area.all(on: app.db).map(\.name) == ["Itä", "Länsi", "Pohjoinen"])
            #expect(try await Area.all(on: app.db).map(\.sortOrder) == [0, 1, 2])
            let renamed = try await admin.post("/admin/areas/\(id)", form: ["name": "Länsi ja Lounas"])
            #expect(renamed.status == .seeOther)
            let page = try await admin.get("/admin/areas")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Länsi ja Lounas"))
            #expect(page.body.string.contains("Siirrä ylemmäs: Länsi ja Lounas"))
            let audited = try await AuditEvent.query(on: app.db).filter(\.$recordType == "area").count()
            #expect(audited == 5)
        }
    }

    @Test func refusedAreaInputNamesTheFieldAndChangesNothing() async throws {
        try await withTestApp { (app, _) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            _ = try await admin.post("/admin/areas", form: ["name": "Itä"])
            let other = try await admin.post("/admin/areas", form: ["name": "Etelä"])
            #expect(other.status == .seeOther)
            let etela = try #require(try await Area.query(on: app.db).filter(\.$name == "Etelä").first())
            let before = try await tableSnapshot(app)
            let empty = try await admin.post("/admin/areas", form: ["name": "  "])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("Täytä kenttä: nimi."))
            #expect(empty.body.string.contains("href=\"#field-name\""))
            let taken = try await admin.post("/admin/areas", form: ["name": "Itä"])
            #expect(taken.status == .unprocessableEntity)
            #expect(taken.body.string.contains("Samanniminen alue on jo olemassa."))
            let renameTaken = try await admin.post("/admin/areas/\(try etela.requireID())", form: ["name": "Itä"])
            #expect(renameTaken.status == .unprocessableEntity)
            #expect(renameTaken.body.string.contains("aria-invalid=\"true\""))
            let tooLong = try await admin.post(
                "/admin/areas/\(try etela.requireID())", form: ["name": String(repeating: "x", count: 201)])
            #expect(tooLong.status == .unprocessableEntity)
            #expect(try await tableSnapshot(app) == before)
            #expect(try await Area.all(on: app.db).map(\.name) == ["Itä", "Etelä"])
        }
    }

    @Test func anAreaInUseIsNotDeletedButAnEmptyOneIs() async throws {
        try await withTestApp { (app, _) async throws in
            let places = try await PlaceFixture.load(on: app)
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let before = try await tableSnapshot(app)
            let page = try await admin.get("/admin/areas/\(places.ita)")
            #expect(page.body.string.contains("Alueella on paikkoja (1)"))
            #expect(!page.body.string.contains("id=\"delete-area\""))
            let refused = try await admin.post("/admin/areas/\(places.ita)/delete")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("joten sitä ei voi poistaa"))
            #expect(try await tableSnapshot(app) == before)
            _ = try await admin.post("/admin/areas", form: ["name": "Etelä"])
            let etela = try #require(try await Area.query(on: app.db).filter(\.$name == "Etelä").first())
            let deleted = try await admin.post("/admin/areas/\(try etela.requireID())/delete")
            #expect(deleted.status == .seeOther)
            #expect(try await Area.query(on: app.db).count() == 2)
            #expect(try await admin.get("/admin/areas/\(UUID())").status == .notFound)
        }
    }

    @Test func workersCannotManageAreasButSeeThemThroughTheAPI() async throws {
        try await withTestApp { (app, _) async throws in
            _ = try await PlaceFixture.load(on: app)
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await worker.get("/admin/areas").status == .forbidden)
            #expect(try await worker.post("/admin/areas", form: ["name": "Etelä"]).status == .forbidden)
            #expect(try await Area.query(on: app.db).count() == 2)
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let areas = try await api.send(.GET, "/api/v1/areas")
            #expect(areas.status == .ok)
            #expect(try areas.content.decode([APIPlaceController.AreaDTO].self).map(\.name) == ["Itä", "Länsi"])
        }
    }
}
