import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Observations of phenomena")
struct ObservationTests {
    static func form(_ fields: [String: String] = [:]) -> [String: String] {
        var form = [
            "observationText": "Aseman seudulla yöpyy aiempaa enemmän nuoria.",
            "observationTags": "Asunnottomuus, nuoret",
            "areaID": "", "observationDay": "20.12.2025",
        ]
        for (key, value) in fields { form[key] = value }
        return form
    }

    @Test func aWorkerRecordsAnObservationWithNormalisedTagsAndItIsAudited() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let page = try await worker.get("/observations/new")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("id=\"anonymity-reminder\""))
            #expect(page.body.string.contains("ettei ketään voi tunnistaa"))
            let created = try await worker.post(
                "/observations", form: Self.form(["observationTags": " Asunnottomuus, nuoret ,ASUNNOTTOMUUS"]))
            #expect(created.status == .seeOther)
            let observation = try #require(try await Observation.query(on: app.db).with(\.$tags).first())
            #expect(observation.$unit.id == fixture.unitA && observation.day == "2025-12-20")
            #expect(observation.tags.map(\.tag).sorted() == ["asunnottomuus", "nuoret"])
            #expect(!observation.inReport)
            let list = try await worker.get("/observations?notice=observation-saved").body.string
            #expect(list.contains("Aseman seudulla") && list.contains("Havainto tallennettu."))
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "observation").all()
            #expect(audit.map(\.action).contains("create"))
            let views = try await AuditEvent.query(on: app.db).filter(\.$recordType == "observations").count()
            #expect(views >= 1)
        }
    }

    @Test func identifyingTextIsRefusedNamingTheFieldAndNothingIsSaved() async throws {
        try await withTestApp { (app, _) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let before = try await tableSnapshot(app)
            let cases: [([String: String], String)] = [
                (["observationText": "Tavattiin 131052-308T asemalla."], "Havainto: tekstissä on henkilötunnus."),
                (["observationText": "Soittakaa numeroon 040 123 4567."], "Havainto: tekstissä on puhelinnumero."),
                (
                    ["observationText": "Viestit osoitteeseen matti@example.fi"],
                    "Havainto: tekstissä on sähköpostiosoite."
                ),
                (["observationTags": "nuoret, 0401234567"], "Asiasanat: tekstissä on puhelinnumero."),
                (["observationText": "  "], "Täytä kenttä: Havainto."),
                (["observationDay": "2.1.2026"], "Päivä: päivä ei voi olla tulevaisuudessa."),
                (["observationDay": "31.2.2025"], "Anna päivämäärä muodossa p.k.vvvv."),
                (["areaID": UUID().uuidString], "Valitse vaihtoehto listasta."),
            ]
            for (fields, message) in cases {
                let response = try await worker.post("/observations", form: Self.form(fields))
                #expect(response.status == .unprocessableEntity, "\(fields)")
                #expect(response.body.string.contains(message), "\(fields): \(message)")
                // The text is kept in the form for correcting.
                #expect(response.body.string.contains("id=\"observation-form\""))
            }
            #expect(try await tableSnapshot(app) == before)
        }
    }

    @Test func onlyTheAuthorEditsOrDeletesAndOtherUnitsSeeNothing() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            _ = try await worker.post("/observations", form: Self.form())
            let observation = try #require(try await Observation.query(on: app.db).first())
            let id = try observation.requireID()
            // The team lead of the unit sees it but may not change it.
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            #expect(try await lead.get("/observations").body.string.contains("Aseman seudulla"))
            #expect(try await lead.get("/observations/\(id)/edit").status == .forbidden)
            #expect(try await lead.post("/observations/\(id)/delete").status == .forbidden)
            // Another unit's worker gets 404 everywhere.
            let other = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            #expect(try await other.get("/observations/\(id)/edit").status == .notFound)
            #expect(try await other.post("/observations/\(id)", form: Self.form()).status == .notFound)
            #expect(try await other.post("/observations/\(id)/delete").status == .notFound)
            #expect(try await other.get("/observations?unit=\(fixture.unitA)").status == .notFound)
            #expect(!(try await other.get("/observations").body.string.contains("Aseman seudulla")))
            // The author edits: a refused edit changes nothing, a good one saves.
            #expect(try await worker.get("/observations/\(id)/edit").status == .ok)
            let before = try await tableSnapshot(app)
            let refused = try await worker.post(
                "/observations/\(id)", form: Self.form(["observationText": "Yhteys: matti@example.fi"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(try await tableSnapshot(app) == before)
            #expect(try await Observation.find(id, on: app.db)?.text == observation.text)
            let saved = try await worker.post(
                "/observations/\(id)",
                form: Self.form(["observationText": "Uusi teksti.", "observationTags": "Päihteet"]))
            #expect(saved.status == .seeOther)
            let changed = try #require(try await Observation.query(on: app.db).with(\.$tags).first())
            #expect(changed.text == "Uusi teksti." && changed.tags.map(\.tag) == ["päihteet"])
            #expect(try await worker.post("/observations/\(id)/delete").status == .seeOther)
            #expect(try await Observation.query(on: app.db).count() == 0)
            #expect(try await ObservationTag.query(on: app.db).count() == 0)
            let actions = try await AuditEvent.query(on: app.db).filter(\.$recordType == "observation").all(\.$action)
            #expect(actions.contains("update") && actions.contains("delete"))
        }
    }

    @Test func theListFiltersByTagAreaAndPeriod() async throws {
        try await withTestApp { (app, _) async throws in
            let places = try await PlaceFixture.load(on: app)
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            _ = try await worker.post(
                "/observations",
                form: Self.form([
                    "observationText": "Ensimmäinen havainto.", "observationTags": "nuoret",
                    "areaID": places.ita.uuidString, "observationDay": "1.6.2025",
                ]))
            _ = try await worker.post(
                "/observations",
                form: Self.form([
                    "observationText": "Toinen havainto.", "observationTags": "päihteet", "observationDay": "1.11.2025",
                ]))
            let byTag = try await worker.get("/observations?tag=NUORET").body.string
            #expect(byTag.contains("Ensimmäinen") && !byTag.contains("Toinen"))
            let byArea = try await worker.get("/observations?area=\(places.ita)").body.string
            #expect(byArea.contains("Ensimmäinen") && !byArea.contains("Toinen"))
            let byPeriod = try await worker.get("/observations?from=1.10.2025&to=31.12.2025").body.string
            #expect(!byPeriod.contains("Ensimmäinen") && byPeriod.contains("Toinen"))
            #expect(try await worker.get("/observations?from=x&area=y").status == .ok)
        }
    }

    @Test func theAPIKeepsTheSameRulesAndMessages() async throws {
        try await withTestApp { (app, fixture) async throws in
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let before = try await tableSnapshot(app)
            let refused = try await api.send(
                .POST, "/api/v1/observations", raw: #"{"text": "Henkilö 131052-308T"}"#)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Havainto: tekstissä on henkilötunnus."))
            #expect(refused.body.string.contains("observationText"))
            #expect(try await tableSnapshot(app) == before)
            let created = try await api.send(
                .POST, "/api/v1/observations",
                raw: #"{"text": "Nuoria asemalla.", "tags": ["Nuoret", "nuoret", "yö"], "day": "2025-12-01"}"#)
            #expect(created.status == .created)
            let dto = try created.content.decode(APIObservationController.ObservationDTO.self)
            #expect(dto.tags == ["nuoret", "yö"] && dto.unitID == fixture.unitA && dto.recordedByMe)
            #expect(try await api.send(.GET, "/api/v1/observations/\(dto.id)").status == .ok)
            let list = try await api.send(.GET, "/api/v1/observations?tag=yö")
            #expect(try list.content.decode([APIObservationController.ObservationDTO].self).count == 1)
            #expect(try await api.send(.GET, "/api/v1/observations?from=x").status == .unprocessableEntity)
            let updated = try await api.send(
                .PUT, "/api/v1/observations/\(dto.id)", raw: #"{"text": "Muutettu.", "tags": []}"#)
            #expect(updated.status == .ok)
            #expect(try updated.content.decode(APIObservationController.ObservationDTO.self).text == "Muutettu.")
            let other = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            #expect(try await other.send(.GET, "/api/v1/observations/\(dto.id)").status == .notFound)
            #expect(try await other.send(.DELETE, "/api/v1/observations/\(dto.id)").status == .notFound)
            #expect(try await api.send(.DELETE, "/api/v1/observations/\(dto.id)").status == .noContent)
            #expect(try await Observation.query(on: app.db).count() == 0)
        }
    }
}
