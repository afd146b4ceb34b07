import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Self-assessment routes")
struct SelfAssessmentRouteTests {
    /// A full form of the test instrument: every item answered with `value`, item 3 with
    /// `third` when given.
    static func esisForm(day: String = "1.1.2026", stage: String = "start", value: Int = 3, third: String? = nil)
        -> [String: String]
    {
        var form = ["instrument": TestInstrument.id, "day": day, "stage": stage]
        for item in 1...10 { form["answer-\(item)"] = String(value) }
        if let third { form["answer-3"] = third }
        return form
    }

    static let orgInstrument = """
        {
          "format": "rinnalla-instrument/1",
          "id": "oma-mittari",
          "version": "1",
          "name": "Organisaation oma mittari",
          "language": "fi",
          "source": "Organisaation oma, testi",
          "scale": {"min": 0, "max": 10},
          "dimensions": [
            {"id": "arki", "name": "Arki", "better": "higher", "scoring": {"method": "mean"}}
          ],
          "items": [
            {"id": "a1", "text": "Arki sujuu", "dimension": "arki"}
          ]
        }
        """

    func count(_ app: Application) async throws -> Int { try await SelfAssessment.query(on: app.db).count() }

    @Test func aWorkerRecordsStartAndInterimAndSeesTheChartWithItsTable() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await TestInstrument.install(on: app, by: fixture.admin)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let period = try await worker.get("/periods/\(fixture.periodB)")
            #expect(period.status == .ok)
            #expect(period.body.string.contains("id=\"self-assessment\""))
            #expect(period.body.string.contains(Localizer.shared.text(.selfassessmentNone, .fi)))
            let form = try await worker.get("/periods/\(fixture.periodB)/self-assessments/new?instrument=testimittari")
            #expect(form.status == .ok)
            #expect(form.body.string.contains("Testiväittämä 1"))
            #expect(form.body.string.contains("jonkin verran"))

            // the worker's home page lists the start self-assessment as due, until it is recorded
            let dueLink = "/periods/\(fixture.periodB)/self-assessments/new"
            #expect(try await worker.get("/").body.string.contains(dueLink))
            let saved = try await worker.post("/periods/\(fixture.periodB)/self-assessments", form: Self.esisForm())
            #expect(saved.status == .seeOther)
            #expect(!(try await worker.get("/").body.string.contains(dueLink)))
            #expect(saved.headers.first(name: .location)?.hasPrefix("/periods/\(fixture.periodB)") == true)
            fixture.clock.advance(by: 86_400 * 180)
            // The old session has expired after half a year.
            let again = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let interim = try await again.post(
                "/periods/\(fixture.periodB)/self-assessments",
                form: Self.esisForm(day: "30.6.2026", stage: "interim", value: 4))
            #expect(interim.status == .seeOther)

            let records = try await SelfAssessment.query(on: app.db).sort(\.$day).all()
            #expect(records.map(\.stage) == ["start", "interim"])
            #expect(SelfAssessmentService.scores(of: records[0]).first?.value == 50)
            #expect(SelfAssessmentService.scores(of: records[1]).first?.value == 75)

            let page = try await again.get("/periods/\(fixture.periodB)")
            let html = page.body.string
            #expect(html.contains("<svg"))
            #expect(html.contains("role=\"img\""))
            #expect(html.contains("<title id="))
            #expect(html.contains("<desc id="))
            #expect(html.contains("Testiulottuvuus"))
            #expect(html.contains("Asteikko 0–100, suurempi on parempi"))
            #expect(html.contains("<td>50</td>") && html.contains("<td>75</td>"))
            #expect(html.contains("+25 (parempi)"))

            let detail = try await again.get("/self-assessments/\(try records[0].requireID())")
            #expect(detail.status == .ok)
            #expect(detail.body.string.contains("3 (jonkin verran)"))
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "self-assessment").all()
            #expect(audit.filter { $0.action == "create" }.count == 2)
            #expect(audit.contains { $0.action == "view" })
        }
    }

    @Test(arguments: [
        (
            Self.esisForm(third: ""), "answer-3",
            "Vastaus puuttuu väittämään 3 (Testiväittämä 3)"
        ),
        (
            Self.esisForm(third: "7"), "answer-3",
            "Väittämän 3 (Testiväittämä 3) vastaus ei ole asteikolla 1–5"
        ),
        (Self.esisForm(third: "kolme"), "answer-3", "ei ole asteikolla 1–5"),
        (Self.esisForm(day: "31.2.2026"), "day", "p.k.vvvv"),
        (Self.esisForm(day: "2.1.2026"), "day", "tulevaisuudessa"),
        (Self.esisForm(stage: "middle"), "stage", "Valitse vaihtoehto listasta"),
        (Self.esisForm().merging(["instrument": "muu"]) { $1 }, "instrument", "Valitse käytössä oleva mittari"),
    ])
    func refusedInputNamesTheProblemAndSavesNothing(form: [String: String], field: String, message: String)
        async throws
    {
        try await withTestApp { (app, fixture) async throws in
            try await TestInstrument.install(on: app, by: fixture.admin)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let before = try await tableSnapshot(app)
            let rows = try await count(app)
            let response = try await worker.post("/periods/\(fixture.periodB)/self-assessments", form: form)
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(message), "\(response.body.string.prefix(200))")
            #expect(response.body.string.contains("href=\"#field-\(field)\""))
            #expect(try await count(app) == rows)
            #expect(try await tableSnapshot(app) == before)
        }
    }

    @Test func theStartIsRecordedOncePerInstrumentAndClosedPeriodsAreReadOnly() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await TestInstrument.install(on: app, by: fixture.admin)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            #expect(
                try await worker.post("/periods/\(fixture.periodB)/self-assessments", form: Self.esisForm()).status
                    == .seeOther)
            let twice = try await worker.post("/periods/\(fixture.periodB)/self-assessments", form: Self.esisForm())
            #expect(twice.status == .unprocessableEntity)
            #expect(twice.body.string.contains("tässä vaiheessa"))
            #expect(try await count(app) == 1)

            let period = try #require(try await RehabilitationPeriod.find(fixture.periodB, on: app.db))
            period.status = "closed"
            try await period.update(on: app.db)
            let closed = try await worker.post(
                "/periods/\(fixture.periodB)/self-assessments", form: Self.esisForm(stage: "end"))
            #expect(closed.status == .conflict)
            #expect(try await count(app) == 1)
            let page = try await worker.get("/periods/\(fixture.periodB)")
            #expect(!page.body.string.contains("id=\"record-self-assessment\""))
            #expect(try await worker.get("/periods/\(fixture.periodB)/self-assessments/new").status == .conflict)
        }
    }

    @Test func aWorkerOfAnotherUnitGets404AndChangesNothing() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await TestInstrument.install(on: app, by: fixture.admin)
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            _ = try await owner.post("/periods/\(fixture.periodB)/self-assessments", form: Self.esisForm())
            let record = try #require(try await SelfAssessment.query(on: app.db).first())
            let other = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await other.get("/self-assessments/\(try record.requireID())").status == .notFound)
            #expect(try await other.get("/periods/\(fixture.periodB)/self-assessments/new").status == .notFound)
            let before = try await tableSnapshot(app)
            let post = try await other.post("/periods/\(fixture.periodB)/self-assessments", form: Self.esisForm())
            #expect(post.status == .notFound)
            #expect(!post.body.string.contains("Bea Asiakas"))
            #expect(try await count(app) == 1)
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await api.send(.GET, "/api/v1/periods/\(fixture.periodB)/self-assessments").status == .notFound)
            let apiPost = try await api.send(
                .POST, "/api/v1/periods/\(fixture.periodB)/self-assessments", raw: "{\"instrument\": \"testimittari\"}")
            #expect(apiPost.status == .notFound)
            #expect(try await count(app) == 1)
            #expect(try await tableSnapshot(app)["settings"] == before["settings"])
        }
    }

    // MARK: Admin upload

    @Test func anAdminUploadsAnInstrumentAndWorkersCanUseIt() async throws {
        try await withTestApp { (app, fixture) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let list = try await admin.get("/admin/instruments")
            #expect(list.status == .ok)
            #expect(list.body.string.contains(Localizer.shared.text(.instrumentAdminEsisRetired, .fi)))
            #expect(list.body.string.contains(Localizer.shared.text(.instrumentAdminNone, .fi)))
            let saved = try await admin.post("/admin/instruments", form: ["definition": Self.orgInstrument])
            #expect(saved.status == .seeOther)
            let row = try #require(try await OrganisationInstrument.query(on: app.db).first())
            #expect(row.code == "oma-mittari" && row.isActive)
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$recordType == "instrument").filter(
                    \.$action == "create"
                )
                .count() == 1)
            #expect(try await admin.get("/admin/instruments").body.string.contains("Organisaation oma mittari"))

            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let form = try await worker.get("/periods/\(fixture.periodB)/self-assessments/new?instrument=oma-mittari")
            #expect(form.body.string.contains("Arki sujuu"))
            let recorded = try await worker.post(
                "/periods/\(fixture.periodB)/self-assessments",
                form: ["instrument": "oma-mittari", "day": "1.1.2026", "stage": "start", "answer-a1": "10"])
            #expect(recorded.status == .seeOther)

            // Deactivated: no longer offered, the recorded one stays readable.
            let deactivated = try await admin.post("/admin/instruments/oma-mittari/status", form: ["active": "false"])
            #expect(deactivated.status == .seeOther)
            #expect(try await OrganisationInstrument.query(on: app.db).first()?.isActive == false)
            let refused = try await worker.post(
                "/periods/\(fixture.periodB)/self-assessments",
                form: ["instrument": "oma-mittari", "day": "1.1.2026", "stage": "end", "answer-a1": "10"])
            // No instrument is in use any more: nothing to show the form with.
            #expect(refused.status == .notFound)
            let record = try #require(try await SelfAssessment.query(on: app.db).first())
            #expect(
                try await worker.get("/self-assessments/\(try record.requireID())").body.string.contains("Arki sujuu"))
        }
    }

    /// Issue 6: the inclusion indicator is never a client instrument. It cannot be chosen,
    /// switched on or uploaded under its id; what was recorded with it stays readable, and
    /// the period page says where it is used instead.
    @Test func theInclusionIndicatorIsNotOfferedForClientsAndOldRecordsStayReadable() async throws {
        try await withTestApp { (app, fixture) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let on = try await admin.post("/admin/instruments/esis/status", form: ["active": "true"])
            #expect(on.status == .notFound)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let page = try await worker.get("/periods/\(fixture.periodB)")
            #expect(page.body.string.contains(Localizer.shared.text(.selfassessmentNoInstruments, .fi)))
            #expect(page.body.string.contains("id=\"esis-not-for-clients\""))
            #expect(page.body.string.contains("href=\"/evaluations\""))
            var form = Self.esisForm()
            form["instrument"] = "esis"
            let refused = try await worker.post("/periods/\(fixture.periodB)/self-assessments", form: form)
            #expect(refused.status == .notFound, "no instrument in use: nothing to show the form with")
            #expect(try await count(app) == 0)
            // A record made with it before stays readable.
            let old = SelfAssessment()
            old.$period.id = fixture.periodB
            old.$client.id = fixture.clientB
            old.$unit.id = fixture.unitB
            old.instrumentCode = "esis"
            old.instrumentVersion = "2019"
            old.stage = "start"
            old.day = "2025-12-01"
            old.answers = "{\"1\":3,\"2\":3,\"3\":3,\"4\":3,\"5\":3,\"6\":3,\"7\":3,\"8\":3,\"9\":3,\"10\":3}"
            old.scores = "[]"
            old.$recordedBy.id = fixture.workerB
            try await old.create(on: app.db)
            let detail = try await worker.get("/self-assessments/\(try old.requireID())")
            #expect(detail.status == .ok)
            #expect(detail.body.string.contains("Kuulun itselleni tärkeään ryhmään tai yhteisöön"))
        }
    }

    @Test func aMultipartFileUploadIsAccepted() async throws {
        try await withTestApp { (app, _) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let token = try #require(try await admin.csrfToken)
            let boundary = "----rinnalla-test"
            let body = [
                "--\(boundary)", "Content-Disposition: form-data; name=\"_csrf\"", "", token,
                "--\(boundary)", "Content-Disposition: form-data; name=\"file\"; filename=\"oma.json\"",
                "Content-Type: application/json", "", Self.orgInstrument,
                "--\(boundary)", "Content-Disposition: form-data; name=\"definition\"", "", "",
                "--\(boundary)--", "",
            ].joined(separator: "\r\n")
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            let response = try await admin.send(.POST, "/admin/instruments", body: body, extra: headers)
            #expect(response.status == .seeOther, "\(response.body.string.prefix(300))")
            #expect(try await OrganisationInstrument.query(on: app.db).count() == 1)
            // A browser sends an empty file part when only the text field is filled in.
            let pasted = Self.orgInstrument.replacingOccurrences(of: "\"oma-mittari\"", with: "\"toinen\"")
            let textOnly = [
                "--\(boundary)", "Content-Disposition: form-data; name=\"_csrf\"", "", token,
                "--\(boundary)", "Content-Disposition: form-data; name=\"file\"; filename=\"\"",
                "Content-Type: application/octet-stream", "", "",
                "--\(boundary)", "Content-Disposition: form-data; name=\"definition\"", "", pasted,
                "--\(boundary)--", "",
            ].joined(separator: "\r\n")
            let second = try await admin.send(.POST, "/admin/instruments", body: textOnly, extra: headers)
            #expect(second.status == .seeOther, "\(second.body.string.prefix(300))")
            #expect(try await OrganisationInstrument.query(on: app.db).count() == 2)
        }
    }

    /// A definition larger than one network chunk, through a running server: the body is
    /// collected before the CSRF token is read.
    @Test func aLargeUploadThroughARunningServerIsAccepted() async throws {
        try await withTestApp { (app, _) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let items = (1...150).map {
                "{\"id\": \"i\($0)\", \"dimension\": \"arki\", \"text\": \"Pitkä väittämä numero \($0), jossa on tarpeeksi tekstiä, jotta koko tiedosto on iso\"}"
            }.joined(separator: ",\n")
            let big = Self.orgInstrument.replacingOccurrences(
                of: "{\"id\": \"a1\", \"text\": \"Arki sujuu\", \"dimension\": \"arki\"}", with: items)
            #expect(big.utf8.count > 16_384)
            let response = try await RunningServer.send(
                app, .POST, "/admin/instruments",
                headers: [
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Cookie": try #require(admin.cookieHeader),
                ],
                body: try await admin.encodedForm(["definition": big]))
            #expect([.seeOther, .ok].contains(response.status))
            let row = try #require(try await OrganisationInstrument.query(on: app.db).first())
            #expect(InstrumentService.decode(row.definition)?.items.count == 150)
        }
    }

    @Test func anInvalidUploadNamesLineAndFieldAndSavesNothing() async throws {
        try await withTestApp { (app, _) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let before = try await tableSnapshot(app)
            let wrong = Self.orgInstrument.replacingOccurrences(
                of: "\"better\": \"higher\"", with: "\"better\": \"up\"")
            let response = try await admin.post("/admin/instruments", form: ["definition": wrong])
            #expect(response.status == .unprocessableEntity)
            #expect(
                response.body.string.contains("Rivi 10: ulottuvuuden arki kentän better pitää olla"),
                "\(response.body.string)")
            #expect(response.body.string.contains("oma-mittari"), "the pasted text is kept")
            let broken = try await admin.post("/admin/instruments", form: ["definition": "{\"format\": "])
            #expect(broken.body.string.contains("virhe rivillä 1, sarakkeessa 12"))
            let empty = try await admin.post("/admin/instruments", form: ["definition": " "])
            #expect(empty.status == .unprocessableEntity)
            let shippedID = Self.orgInstrument.replacingOccurrences(of: "\"oma-mittari\"", with: "\"esis\"")
            let taken = try await admin.post("/admin/instruments", form: ["definition": shippedID])
            #expect(taken.body.string.contains("Mittari tunnuksella esis on jo olemassa"))
            #expect(try await OrganisationInstrument.query(on: app.db).count() == 0)
            #expect(try await tableSnapshot(app) == before)
            // The same check in Swedish.
            _ = try await admin.post("/account/language", form: ["language": "sv"])
            let swedish = try await admin.post("/admin/instruments", form: ["definition": wrong])
            #expect(swedish.body.string.contains("Rad 10: fältet better för dimensionen arki"))
        }
    }

    @Test func onlyAdminsReachTheUpload() async throws {
        try await withTestApp { (app, fixture) async throws in
            for email in ["worker.a@example.fi", "lead.a@example.fi"] {
                let user = try await Browser.loggedIn(app, email: email)
                #expect(try await user.get("/admin/instruments").status == .forbidden)
                let post = try await user.post("/admin/instruments", form: ["definition": Self.orgInstrument])
                #expect(post.status == .forbidden)
            }
            #expect(try await OrganisationInstrument.query(on: app.db).count() == 0)
            _ = fixture
        }
    }

    // MARK: API

    @Test func theAPIListsInstrumentsAndRecordsWithTheSameRules() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await TestInstrument.install(on: app, by: fixture.admin)
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let instruments = try await api.send(.GET, "/api/v1/instruments")
            #expect(instruments.status == .ok)
            let list = try instruments.content.decode([APISelfAssessmentController.InstrumentDTO].self)
            #expect(list.map(\.definition.id) == ["testimittari"])
            #expect(list[0].definition.items.count == 10)

            let answers = (1...10).map { "\"\($0)\": 5" }.joined(separator: ", ")
            let created = try await api.send(
                .POST, "/api/v1/periods/\(fixture.periodB)/self-assessments",
                raw:
                    "{\"instrument\": \"testimittari\", \"day\": \"2026-01-01\", \"stage\": \"start\", \"answers\": {\(answers)}}"
            )
            #expect(created.status == .created)
            let dto = try created.content.decode(APISelfAssessmentController.SelfAssessmentDTO.self)
            #expect(dto.scores.first?.value == 100)

            let partial = (1...9).map { "\"\($0)\": 5" }.joined(separator: ", ")
            let missing = try await api.send(
                .POST, "/api/v1/periods/\(fixture.periodB)/self-assessments",
                raw:
                    "{\"instrument\": \"testimittari\", \"day\": \"2026-01-01\", \"stage\": \"interim\", \"answers\": {\(partial)}}"
            )
            #expect(missing.status == .unprocessableEntity)
            let error = try missing.content.decode(APIModels.ErrorBody.self)
            #expect(error.error.field == "answer-10")
            #expect(error.error.message.contains("Vastaus puuttuu väittämään 10"))
            let unknown = try await api.send(
                .POST, "/api/v1/periods/\(fixture.periodB)/self-assessments",
                raw:
                    "{\"instrument\": \"testimittari\", \"day\": \"2026-01-01\", \"stage\": \"interim\", \"answers\": {\(answers), \"11\": 3}}"
            )
            #expect(unknown.status == .unprocessableEntity)

            let listed = try await api.send(.GET, "/api/v1/periods/\(fixture.periodB)/self-assessments")
            #expect(try listed.content.decode([APISelfAssessmentController.SelfAssessmentDTO].self).count == 1)
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$recordType == "self-assessment-list").count() == 1)
        }
    }

    // MARK: Due

    @Test func dueListsPeriodsMissingTheStartOrTheHalfYearOne() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await TestInstrument.install(on: app, by: fixture.admin)
            let user = CurrentUser(
                id: fixture.workerB, name: "B", email: "worker.b@example.fi", language: .fi, mustChangePassword: false,
                memberships: [.init(unitID: fixture.unitB, unitName: "Itä", role: .socialWorker)],
                session: .init(id: UUID(), kind: .browser, csrfToken: "x"))
            let today = Day(2026, 1, 1)
            // Timestamps come from the system clock; put the period's start on the test clock's day.
            let period = try #require(try await RehabilitationPeriod.find(fixture.periodB, on: app.db))
            period.createdAt = today.startDate
            try await period.update(on: app.db)
            #expect(
                try await SelfAssessmentService.due(for: user, on: app.db, today: today).map(\.stage) == [.start])
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            _ = try await worker.post("/periods/\(fixture.periodB)/self-assessments", form: Self.esisForm())
            #expect(try await SelfAssessmentService.due(for: user, on: app.db, today: today).isEmpty)
            let halfYear = try await SelfAssessmentService.due(for: user, on: app.db, today: Day(2026, 6, 20))
            #expect(halfYear.map(\.stage) == [.interim])
            #expect(halfYear.first?.periodID == fixture.periodB)
            let other = CurrentUser(
                id: fixture.workerA, name: "A", email: "worker.a@example.fi", language: .fi, mustChangePassword: false,
                memberships: [.init(unitID: fixture.unitA, unitName: "Länsi", role: .socialWorker)],
                session: .init(id: UUID(), kind: .browser, csrfToken: "x"))
            #expect(try await SelfAssessmentService.due(for: other, on: app.db, today: Day(2026, 6, 20)).isEmpty)
        }
    }
}
