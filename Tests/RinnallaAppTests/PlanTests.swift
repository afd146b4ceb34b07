import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Need mapping, implementation plan and the printable agreement")
struct PlanTests {
    @Test func theNeedMappingRecordsServicesRoutesAndTheTHKConsultation() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let form: [String: String] = [
                "currentServices": "Aikuissosiaalityö", "earlierServices": "Päihdepalvelut 2019",
                "whatHelped": "Vertaisryhmä", "healthCare": "Ei tarvetta nyt", "kela": "Nuotti-valmennus harkittu",
                "employmentServices": "Työkykykoordinaattori", "thkHeld": "on", "thkSummary": "Nepsy-oireilu",
            ]
            let before = try await tableSnapshot(app)
            let refused = try await worker.post("/periods/\(fixture.periodB)/plan/need-mapping", form: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(Localizer.shared.text(.errorDateInvalid, .fi)))
            #expect(refused.body.string.contains("Nuotti-valmennus harkittu"), "the form keeps what was typed")
            #expect(try await tableSnapshot(app) == before)
            var complete = form
            complete["thkDay"] = "15.1.2026"
            #expect(
                try await worker.post("/periods/\(fixture.periodB)/plan/need-mapping", form: complete).status
                    == .seeOther)
            let current = try await PeriodDocumentService.current(ofPeriod: fixture.periodB, on: app.db)
            #expect(
                current.needMapping?.thkDay == Day(2026, 1, 15)
                    && current.needMapping?.kela == "Nuotti-valmennus harkittu")
            // a second save is a new version; the first stays
            complete["kela"] = "Haettu"
            _ = try await worker.post("/periods/\(fixture.periodB)/plan/need-mapping", form: complete)
            let versions = try await PeriodDocument.query(on: app.db).filter(\.$kind == "need-mapping").all()
            #expect(versions.map(\.version).sorted() == [1, 2])
            let page = try await worker.get("/periods/\(fixture.periodB)/plan").body.string
            #expect(page.contains("Versio 2"))
        }
    }

    @Test func theImplementationPlanCountsMeetingsPerDecisionPeriod() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let page = try await worker.get("/periods/\(fixture.periodB)/plan").body.string
            #expect(page.contains("value=\"6\"") && page.contains("value=\"4\""), "the handbook's example as default")
            let before = try await tableSnapshot(app)
            let refused = try await worker.post(
                "/periods/\(fixture.periodB)/plan/implementation-plan",
                form: [
                    "content": "Arjen rytmi", "methods": "Elämänjana", "individualMeetings": "99", "groupSessions": "4",
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Anna lukumäärä numerona väliltä 0–40."))
            #expect(try await tableSnapshot(app) == before)
            let saved = try await worker.post(
                "/periods/\(fixture.periodB)/plan/implementation-plan",
                form: [
                    "content": "Arjen rytmi", "methods": "Elämänjana", "individualMeetings": "6", "groupSessions": "4",
                ])
            #expect(saved.status == .seeOther)
            #expect(
                try await PeriodDocumentService.current(ofPeriod: fixture.periodB, on: app.db).plan?.methods
                    == "Elämänjana")
        }
    }

    @Test func theAgreementPrintsInTheHandbooksFormWithSignatureLines() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            _ = try await GoalFlowTests.writeGoals(worker, fixture, app: app)
            // the agreement starts from the main goals
            let page = try await worker.get("/periods/\(fixture.periodB)/plan").body.string
            #expect(page.contains("value=\"Vuorokausirytmi kuntoon\""))
            #expect(try await worker.get("/periods/\(fixture.periodB)/agreement/print").status == .notFound)
            let before = try await tableSnapshot(app)
            let missingStart = try await worker.post(
                "/periods/\(fixture.periodB)/plan/agreement",
                form: ["startDay": "", "goal1": "Vuorokausirytmi kuntoon"])
            #expect(missingStart.status == .unprocessableEntity)
            #expect(missingStart.body.string.contains(Localizer.shared.text(.errorDateInvalid, .fi)))
            #expect(try await tableSnapshot(app) == before)
            let saved = try await worker.post(
                "/periods/\(fixture.periodB)/plan/agreement",
                form: [
                    "startDay": "4.1.2026", "meetingTimes": "Tiistaisin klo 10", "goal1": "Vuorokausirytmi kuntoon",
                    "goal2": "Omien asioiden hoitaminen",
                    "otherAgreements": "Soitan, jos tulee este. Taideryhmä torstaisin.",
                ])
            #expect(saved.status == .seeOther)
            let print = try await worker.get("/periods/\(fixture.periodB)/agreement/print")
            #expect(print.status == .ok)
            let html = print.body.string
            #expect(html.contains("Sopimus sosiaalisesta kuntoutuksesta"))
            #expect(html.contains("Työntekijänä sitoudun tukemaan sinua tavoitteidesi toteutumissa."))
            #expect(html.contains("Tiistaisin klo 10") && html.contains("4.1.2026"))
            #expect(html.contains("Omien asioiden hoitaminen"))
            #expect(html.contains("Allekirjoitus ja päivämäärä"))
            let printed = try await AuditEvent.query(on: app.db).filter(\.$action == "print")
                .filter(\.$recordType == "agreement").count()
            #expect(printed == 1)
            // other units get 404
            let other = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await other.get("/periods/\(fixture.periodB)/agreement/print").status == .notFound)
        }
    }

    @Test func theAPIReadsAndSavesThePlanWithTheSameRules() async throws {
        try await withTestApp { (app, fixture) async throws in
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let refused = try await api.send(
                .PUT, "/api/v1/periods/\(fixture.periodB)/plan/agreement",
                raw: #"{"startDay": "4.1.2026", "initialGoals": ["a", "b", "c", "d"]}"#)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("initialGoals"))
            let saved = try await api.send(
                .PUT, "/api/v1/periods/\(fixture.periodB)/plan/implementation-plan",
                raw: #"{"content": "Arjen rytmi", "individualMeetings": 6, "groupSessions": 4}"#)
            #expect(saved.status == .ok)
            let agreement = try await api.send(
                .PUT, "/api/v1/periods/\(fixture.periodB)/plan/agreement",
                raw: #"{"startDay": "2026-01-04", "initialGoals": ["Vuorokausirytmi kuntoon"]}"#)
            #expect(agreement.status == .ok)
            let plan = try await api.send(.GET, "/api/v1/periods/\(fixture.periodB)/plan")
            let dto = try plan.content.decode(APIPlanController.PlanDTO.self)
            #expect(dto.implementationPlan?.individualMeetings == 6)
            #expect(
                dto.agreement?.startDay == "2026-01-04" && dto.agreement?.initialGoals == ["Vuorokausirytmi kuntoon"])
            #expect(dto.needMapping == nil)
        }
    }
}
