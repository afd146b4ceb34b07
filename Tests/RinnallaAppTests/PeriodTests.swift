import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Social rehabilitation periods")
struct PeriodTests {
    @Test func aWorkerStartsAPeriodAfterTheSuitabilityCheck() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let form = try await worker.get("/clients/\(fixture.clientA)/periods/new")
            #expect(form.status == .ok)
            #expect(form.body.string.contains("Tarjoa soskua asiakkaalle, jos:"))
            #expect(form.body.string.contains("Ei vuokravelkojen selvittelyyn ainoana toimenpiteenä"))
            let response = try await worker.post(
                "/clients/\(fixture.clientA)/periods",
                form: [
                    "offer-own-wish": "on", "offer-social-relationships": "on",
                ])
            #expect(response.status == .seeOther)
            let location = try #require(response.headers.first(name: .location))
            let page = try await worker.get(location)
            #expect(page.status == .ok)
            #expect(page.body.string.contains(Localizer.shared.text(.phaseBeforeStart, .fi)))
            #expect(page.body.string.contains("Esittele asiakkaalle sosiaalisen kuntoutuksen palvelu. Hyödynnä esite!"))
            let period = try #require(
                try await RehabilitationPeriod.query(on: app.db).filter(\.$client.$id == fixture.clientA).first())
            #expect(period.suitability?.offer == [.ownWish, .socialRelationships])
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "period").all().map(\.action)
            #expect(audit.contains("create") && audit.contains("view"))
        }
    }

    @Test func aNotNowItemNeedsAReasonAndNothingIsSavedWithoutOne() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let before = try await RehabilitationPeriod.query(on: app.db).count()
            let refused = try await worker.post(
                "/clients/\(fixture.clientA)/periods",
                form: [
                    "offer-own-wish": "on", "notNow-crisis": "on", "acknowledgement": "  ",
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(Localizer.shared.text(.errorAcknowledgementRequired, .fi)))
            #expect(refused.body.string.contains("checked"), "the ticked boxes stay ticked")
            #expect(try await RehabilitationPeriod.query(on: app.db).count() == before)
            let accepted = try await worker.post(
                "/clients/\(fixture.clientA)/periods",
                form: [
                    "offer-own-wish": "on", "notNow-crisis": "on",
                    "acknowledgement": "Kriisi on ohi, asiakas haluaa aloittaa.",
                ])
            #expect(accepted.status == .seeOther)
            let page = try await worker.get(try #require(accepted.headers.first(name: .location)))
            #expect(page.body.string.contains("Kriisi on ohi, asiakas haluaa aloittaa."))
        }
    }

    @Test func onlyOneOpenPeriodPerClient() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let response = try await worker.post("/clients/\(fixture.clientB)/periods", form: ["offer-own-wish": "on"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(Localizer.shared.text(.periodOpenPeriodExists, .fi)))
        }
    }

    @Test func thePhaseMovesAndShowsItsChecklist() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let moved = try await worker.post(
                "/periods/\(fixture.periodB)/phase", form: ["phase": "interim-evaluation"])
            #expect(moved.status == .seeOther)
            let page = try await worker.get("/periods/\(fixture.periodB)")
            #expect(page.body.string.contains("Tee jatkopäätös soskulle"))
            #expect(page.body.string.contains("aria-current=\"step\""))
            let invalid = try await worker.post("/periods/\(fixture.periodB)/phase", form: ["phase": "nonsense"])
            #expect(invalid.status == .unprocessableEntity)
            #expect(try await RehabilitationPeriod.find(fixture.periodB, on: app.db)?.phase == "interim-evaluation")
        }
    }

    @Test func theAPIStartsAndListsPeriods() async throws {
        try await withTestApp { (app, fixture) async throws in
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let refused = try await api.send(
                .POST, "/api/v1/clients/\(fixture.clientA)/periods", raw: #"{"notNow": ["crisis"]}"#)
            #expect(refused.status == .unprocessableEntity)
            #expect(try refused.content.decode(APIModels.ErrorBody.self).error.field == "acknowledgement")
            let created = try await api.send(
                .POST, "/api/v1/clients/\(fixture.clientA)/periods", raw: #"{"offer": ["own-wish"]}"#)
            #expect(created.status == .created)
            let list = try await api.send(.GET, "/api/v1/clients/\(fixture.clientA)/periods")
            let periods = try list.content.decode([APIPeriodController.PeriodDTO].self)
            #expect(periods.count == 1)
            #expect(periods[0].phase == "before-start")
            #expect(try await api.send(.GET, "/api/v1/periods/\(periods[0].id)").status == .ok)
        }
    }
}
