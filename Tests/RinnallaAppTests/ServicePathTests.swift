import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Agreed service paths directory")
struct ServicePathTests {
    static func form(_ fields: [String: String] = [:]) -> [String: String] {
        var form = [
            "name": "Talous- ja velkaneuvonta", "kind": "debt-counselling", "areaID": "",
            "description": "Neuvoo talous- ja velka-asioissa.",
            "howToRefer": "Soita ajanvaraukseen, ota velkakirjeet mukaan.",
            "phone": "09 123 4567", "email": "neuvonta@example.fi", "address": "Testikatu 1",
            "webAddress": "https://example.fi/neuvonta", "openingHours": "ma–pe 9–15", "active": "on",
        ]
        for (key, value) in fields { form[key] = value }
        return form
    }

    @Test func aWorkerAddsAServiceAndEveryWorkerFindsIt() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let saved = try await worker.post("/service-paths", form: Self.form())
            #expect(saved.status == .seeOther)
            let service = try #require(try await ServicePath.query(on: app.db).first())
            #expect(service.phone == "09 123 4567" && service.$createdBy.id == fixture.workerA)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$recordType == "service-path").count() == 1)
            _ = try await PathsFixture.service("Asumisneuvonta", kind: .housingCounselling, on: app)
            _ = try await PathsFixture.service("Vanha palvelu", kind: .ngo, active: false, on: app)
            // Another unit's worker sees the same directory: all services in use on one page.
            let other = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let list = try await other.get("/service-paths")
            #expect(list.status == .ok)
            let html = list.body.string
            #expect(html.contains("Talous- ja velkaneuvonta") && html.contains("Asumisneuvonta"))
            #expect(!html.contains("Vanha palvelu") && html.contains("Palveluja: 2"))
            #expect(try await other.get("/service-paths?inactive=on").body.string.contains("Vanha palvelu"))
            let byKind = try await other.get("/service-paths?kind=housing-counselling").body.string
            #expect(byKind.contains("Asumisneuvonta") && !byKind.contains("Talous- ja velkaneuvonta"))
            let byText = try await other.get("/service-paths?q=velkakirjeet").body.string
            #expect(byText.contains("Talous- ja velkaneuvonta") && byText.contains("Palveluja: 1"))
            let byArea = try await other.get("/service-paths?area=none").body.string
            #expect(byArea.contains("Palveluja: 2"))
            let page = try await other.get("/service-paths/\(try service.requireID())")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Soita ajanvaraukseen, ota velkakirjeet mukaan."))
            #expect(page.body.string.contains("href=\"tel:091234567\""))
            #expect(page.body.string.contains("href=\"https://example.fi/neuvonta\""))
        }
    }

    @Test(arguments: [
        ("name", "", "Täytä kenttä: nimi."), ("phone", "soita meille", "Anna puhelinnumero numeroina"),
        ("email", "neuvonta@", "Sähköpostiosoite ei ole kelvollinen."),
        ("webAddress", "javascript:alert(1)", "Anna verkko-osoite, joka alkaa https://"),
        ("kind", "bank", "Valitse vaihtoehto listasta."),
    ])
    func refusedInputNamesTheFieldAndChangesNothing(field: String, value: String, message: String) async throws {
        try await withTestApp { (app, _) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let before = try await PathsFixture.counts(app)
            let response = try await worker.post("/service-paths", form: Self.form([field: value]))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(message), "\(response.body.string)")
            #expect(response.body.string.contains("href=\"#field-\(field)\""))
            #expect(try await PathsFixture.counts(app) == before)
        }
    }

    @Test func aServiceIsEditedAndTakenOutOfUseButNotDeletedWhileReferralsPointAtIt() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let used = try await PathsFixture.service("Asumisneuvonta", kind: .housingCounselling, on: app)
            let unused = try await PathsFixture.service("Kokeilu", on: app)
            #expect(try await worker.get("/service-paths/\(used)/edit").status == .ok)
            let refused = try await worker.post(
                "/service-paths/\(used)", form: Self.form(["name": "Asumisneuvonta", "phone": "x"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(try await ServicePath.find(used, on: app.db)?.phone == nil)
            _ = try await worker.post(
                "/clients/\(fixture.clientA)/referrals",
                form: ["servicePathID": used.uuidString, "method": "referral", "day": "1.1.2026"])
            #expect(try await Referral.query(on: app.db).count() == 1)
            let delete = try await worker.post("/service-paths/\(used)/delete")
            #expect(delete.status == .conflict)
            #expect(delete.body.string.contains("Poista se käytöstä."))
            #expect(try await ServicePath.find(used, on: app.db) != nil)
            let off = try await worker.post(
                "/service-paths/\(used)", form: Self.form(["name": "Asumisneuvonta", "active": ""]))
            #expect(off.status == .seeOther)
            #expect(try await ServicePath.find(used, on: app.db)?.isActive == false)
            #expect(!(try await worker.get("/service-paths").body.string.contains(">Asumisneuvonta</a>")))
            #expect(try await worker.post("/service-paths/\(unused)/delete").status == .seeOther)
            #expect(try await ServicePath.find(unused, on: app.db) == nil)
        }
    }

    @Test func theAPIListsAddsAndReplacesServicesWithTheSameRules() async throws {
        try await withTestApp { (app, _) async throws in
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let created = try await api.send(
                .POST, "/api/v1/service-paths",
                json: ["name": "Sosiaalitoimisto", "kind": "social-office", "phone": "09 310 12345"])
            #expect(created.status == .created)
            let dto = try created.content.decode(APIServicePathController.ServicePathDTO.self)
            #expect(dto.kind == "social-office" && dto.isActive)
            let before = try await PathsFixture.counts(app)
            let refused = try await api.send(
                .POST, "/api/v1/service-paths", json: ["name": "X", "kind": "ngo", "email": "x@"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("\"field\":\"email\""))
            #expect(refused.body.string.contains("Sähköpostiosoite ei ole kelvollinen."))
            #expect(try await PathsFixture.counts(app) == before)
            let replaced = try await api.send(
                .PUT, "/api/v1/service-paths/\(dto.id)", json: ["name": "Sosiaalitoimisto", "kind": "social-office"])
            #expect(replaced.status == .ok)
            #expect(try replaced.content.decode(APIServicePathController.ServicePathDTO.self).phone == nil)
            let list = try await api.send(.GET, "/api/v1/service-paths?kind=social-office")
            #expect(try list.content.decode([APIServicePathController.ServicePathDTO].self).count == 1)
            #expect(try await api.send(.GET, "/api/v1/service-paths?kind=bank").status == .unprocessableEntity)
            #expect(try await api.send(.GET, "/api/v1/service-paths/\(dto.id)").status == .ok)
        }
    }
}
