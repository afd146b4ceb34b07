import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Testing
import VaporTesting

@testable import RinnallaApp

/// Evaluations, rounds, the anonymous public form, paper entry, translations and the API
/// (issue 6, collection).
@Suite struct InclusionCollectTests {
    static func counts(_ app: Application) async throws -> [String: Int] {
        var counts = try await tableSnapshot(app)
        counts["inclusionEvaluations"] = try await InclusionEvaluation.query(on: app.db).count()
        counts["inclusionRounds"] = try await InclusionRound.query(on: app.db).count()
        counts["inclusionBatches"] = try await InclusionEntryBatch.query(on: app.db).count()
        // Answers saved, whether still held or released into the figures (issue 13, item 7).
        counts["inclusionResponses"] =
            try await InclusionResponse.query(on: app.db).count()
            + (try await heldCount(app, "inclusion_held_responses"))
        counts["inclusionTranslations"] = try await InclusionTranslationRow.query(on: app.db).count()
        return counts
    }

    static func completeForm(_ value: Int = 4) -> [String: String] {
        var form: [String: String] = [:]
        for number in 1...10 { form["s\(number)"] = String(value) }
        return form
    }

    @Test func aTeamLeadCreatesAnEvaluationAndARoundAndRefusedInputChangesNothing() async throws {
        try await withTestApp { (app, fixture) async throws in
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let list = try await lead.get("/evaluations")
            #expect(list.status == .ok)
            #expect(list.body.string.contains("href=\"/evaluations/new\""))
            #expect(list.body.string.contains("href=\"/evaluations\""))  // the nav entry
            #expect(try await lead.get("/evaluations/new").status == .ok)

            let before = try await Self.counts(app)
            let refused = try await lead.post(
                "/evaluations", form: ["name": "", "activityKind": "group", "activityName": "Olohuone"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Täytä kenttä: nimi"))
            #expect(refused.body.string.contains("value=\"Olohuone\""))
            let badKind = try await lead.post(
                "/evaluations", form: ["name": "Syksy", "activityKind": "party", "activityName": "Olohuone"])
            #expect(badKind.status == .unprocessableEntity)
            #expect(badKind.body.string.contains("field-activityKind-error"))
            #expect(try await Self.counts(app) == before)

            let made = try await lead.post(
                "/evaluations",
                form: [
                    "name": "Olohuoneen arviointi 2026", "activityKind": "group", "activityName": "Olohuone-ryhmä",
                    "aims": "Vahvistaako ryhmä osallisuutta?",
                ])
            #expect(made.status == .seeOther)
            let evaluation = try #require(try await InclusionEvaluation.query(on: app.db).first())
            #expect(evaluation.$unit.id == fixture.unitA)
            #expect(evaluation.pairingSalt.count >= 32)
            let evaluationID = try evaluation.requireID()
            let page = try await lead.get("/evaluations/\(evaluationID)")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("inclusion-not-per-person"))
            #expect(page.body.string.contains("round-form"))

            let roundsBefore = try await Self.counts(app)
            let backwards = try await lead.post(
                "/evaluations/\(evaluationID)/rounds",
                form: ["roundName": "Alku", "opensOn": "31.1.2026", "closesOn": "1.1.2026"])
            #expect(backwards.status == .unprocessableEntity)
            #expect(backwards.body.string.contains("field-closesOn-error"))
            let badDate = try await lead.post(
                "/evaluations/\(evaluationID)/rounds",
                form: ["roundName": "Alku", "opensOn": "32.1.2026", "closesOn": "1.2.2026"])
            #expect(badDate.status == .unprocessableEntity)
            #expect(try await Self.counts(app) == roundsBefore)

            let round = try await lead.post(
                "/evaluations/\(evaluationID)/rounds",
                form: ["roundName": "Alku", "opensOn": "1.1.2026", "closesOn": "31.1.2026"])
            #expect(round.status == .seeOther)
            let stored = try #require(try await InclusionRound.query(on: app.db).first())
            #expect(stored.opensOn == "2026-01-01" && stored.closesOn == "2026-01-31" && stored.position == 1)
            let roundPage = try await lead.get("/rounds/\(try stored.requireID())")
            #expect(roundPage.status == .ok)
            #expect(roundPage.body.string.contains("/o/\(stored.token)"))
            #expect(roundPage.body.string.contains("<svg"))
            let withRound = try await lead.get("/evaluations/\(evaluationID)").body.string
            #expect(withRound.contains("/rounds/\(try stored.requireID())/results"))
            #expect(withRound.contains("1.1.2026–31.1.2026"))
            #expect(
                try await lead.get("/rounds/\(try stored.requireID())/poster").body.string.contains(
                    "/o/\(stored.token)"))
        }
    }

    @Test func workersSeeEvaluationsButCannotCreateThem() async throws {
        try await withTestApp { (app, fixture) async throws in
            let made = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let list = try await worker.get("/evaluations")
            #expect(list.status == .ok)
            #expect(!list.body.string.contains("href=\"/evaluations/new\""))
            #expect(try await worker.get("/evaluations/new").status == .forbidden)
            let before = try await Self.counts(app)
            let refused = try await worker.post(
                "/evaluations", form: ["name": "X", "activityKind": "group", "activityName": "Y"])
            #expect(refused.status == .forbidden)
            let page = try await worker.get("/evaluations/\(made.evaluation)")
            #expect(page.status == .ok)
            #expect(!page.body.string.contains("round-form"))
            let round = try await worker.post(
                "/evaluations/\(made.evaluation)/rounds",
                form: ["roundName": "Väli", "opensOn": "1.3.2026", "closesOn": "31.3.2026"])
            #expect(round.status == .forbidden)
            #expect(try await Self.counts(app) == before)
            // A worker of another unit sees nothing of it.
            let other = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            #expect(try await other.get("/evaluations/\(made.evaluation)").status == .notFound)
            #expect(try await other.get("/rounds/\(made.start)").status == .notFound)
            #expect(!(try await other.get("/evaluations").body.string.contains("Olohuone")))
        }
    }

    @Test func thePublicFormNeedsEveryItemSetsNoCookieAndStoresNothingIdentifying() async throws {
        try await withTestApp { (app, fixture) async throws in
            let made = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            let visitor = Browser(app)
            let form = try await visitor.get("/o/\(made.startToken)")
            #expect(form.status == .ok)
            #expect(form.headers.setCookie == nil)
            #expect(form.headers.first(name: "Set-Cookie") == nil)
            let html = form.body.string
            for statement in InclusionIndicator.statements { #expect(html.contains(statement)) }
            for option in InclusionIndicator.finnish.options { #expect(html.contains(option)) }
            #expect(html.contains(InclusionIndicator.finnish.question))
            #expect(html.contains(InclusionIndicator.finnish.guidingSentence))
            #expect(!html.contains(CSRFMiddleware.fieldName))

            let before = try await Self.counts(app)
            var partial = Self.completeForm()
            partial["s3"] = nil
            partial["s7"] = nil
            partial["gender"] = "woman"
            let missing = try await visitor.post("/o/\(made.startToken)", form: partial, csrf: false)
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.headers.first(name: "Set-Cookie") == nil)
            #expect(missing.body.string.contains("#field-s3"))
            #expect(missing.body.string.contains("#field-s7"))
            #expect(missing.body.string.contains(InclusionIndicator.statements[2]))
            #expect(missing.body.string.contains("id=\"s1-4\" value=\"4\" checked"))
            #expect(missing.body.string.contains("id=\"gender-woman\" value=\"woman\" checked"))
            let badCode = try await visitor.post(
                "/o/\(made.startToken)", form: Self.completeForm().merging(["pairingCode": "ab"]) { $1 }, csrf: false)
            #expect(badCode.status == .unprocessableEntity)
            #expect(badCode.body.string.contains("field-pairingCode-error"))
            // Another site's page cannot post answers.
            let forged = Browser(app, headers: ["Sec-Fetch-Site": "cross-site"])
            #expect(
                try await forged.post("/o/\(made.startToken)", form: Self.completeForm(), csrf: false).status
                    == .forbidden)
            let foreign = Browser(app, headers: ["Origin": "https://evil.example"])
            #expect(
                try await foreign.post("/o/\(made.startToken)", form: Self.completeForm(), csrf: false).status
                    == .forbidden)
            #expect(try await Self.counts(app) == before)

            var complete = Self.completeForm(5)
            complete["s2"] = "3"
            complete["ageGroup"] = "25-34"
            complete["pairingCode"] = "kt 42 xz"
            let sent = try await Browser(app, headers: ["Sec-Fetch-Site": "same-origin"]).post(
                "/o/\(made.startToken)", form: complete, csrf: false)
            #expect(sent.status == .seeOther)
            #expect(sent.headers.first(name: "Set-Cookie") == nil)
            let location = try #require(sent.headers.first(name: .location))
            #expect(location.hasPrefix("/o/\(made.startToken)/thanks"))
            let thanks = try await visitor.get(location)
            #expect(thanks.status == .ok)
            #expect(thanks.body.string.contains("inclusion-thanks"))
            #expect(thanks.headers.first(name: "Set-Cookie") == nil)

            // One row, no audit row, and the row's columns hold nothing identifying.
            var after = before
            after["inclusionResponses", default: 0] += 1
            #expect(try await Self.counts(app) == after)
            // The answer waits out of every figure until it can join with others (issue 13,
            // item 7); released here as when the round has closed.
            let sql = app.db as! any SQLDatabase
            let rows = try await sql.raw("SELECT * FROM inclusion_held_responses").all()
            #expect(rows.count == 1)
            #expect(try await InclusionResponse.query(on: app.db).count() == 0)
            let columns = Set(try #require(rows.first).allColumns)
            #expect(
                columns == [
                    "id", "round_id", "source", "batch_id", "language", "complete", "raw_sum", "s1", "s2", "s3", "s4",
                    "s5", "s6", "s7", "s8", "s9", "s10", "gender", "age_group", "labour_status", "pair_hash",
                ])
            try await AnswerHolding.settle(closed: [.inclusionRound(made.start)], on: app.db)
            let response = try #require(try await InclusionResponse.query(on: app.db).first())
            #expect(response.source == "form" && response.complete && response.rawSum == 48)
            #expect(response.$batch.id == nil && response.language == "fi")
            #expect(response.ageGroup == "25-34" && response.gender == nil)
            #expect(response.pairHash == (try InclusionPairing.hash("KT42XZ", salt: made.salt)))
            #expect(response.pairHash?.contains("KT42") == false)
        }
    }

    @Test func oneAddressSendingTooManyAnswersIsRefusedWithAMessageAndNothingSaved() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            app.publicSubmitLimiter = PublicSubmitLimiter(limit: .init(maximum: 3, window: 600))
            let made = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            let visitor = Browser(app)
            let anonymous = APIClient(app: app, token: nil)
            // act
            #expect(
                try await visitor.post("/o/\(made.startToken)", form: Self.completeForm(), csrf: false).status
                    == .seeOther)
            let api = try await anonymous.send(
                .POST, "/api/v1/public/rounds/\(made.startToken)/responses",
                raw: #"{"answers": [5, 5, 5, 4, 4, 4, 4, 4, 4, 4]}"#)
            #expect(api.status == .created)
            #expect(
                try await visitor.post("/o/\(made.startToken)", form: Self.completeForm(), csrf: false).status
                    == .seeOther)
            let before = try await Self.counts(app)
            let refused = try await visitor.post(
                "/o/\(made.startToken)?lang=sv", form: Self.completeForm(), csrf: false)
            // check
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers.first(name: "Set-Cookie") == nil)
            #expect(refused.body.string.contains("Ditt svar sparades inte"))
            #expect(refused.body.string.contains("10 minuter"))
            let refusedAPI = try await anonymous.send(
                .POST, "/api/v1/public/rounds/\(made.startToken)/responses",
                raw: #"{"answers": [5, 5, 5, 4, 4, 4, 4, 4, 4, 4]}"#)
            #expect(refusedAPI.status == .tooManyRequests)
            #expect(refusedAPI.body.string.contains("too-many-submissions"))
            #expect(try await Self.counts(app) == before)
            // The form still opens, and another round's form counts on its own.
            #expect(try await visitor.get("/o/\(made.startToken)").status == .ok)
            #expect(
                try await visitor.post("/o/\(made.endToken)", form: Self.completeForm(), csrf: false).status
                    != .tooManyRequests)
        }
    }

    @Test func aLoggedInStaffMemberAnswersAsNobodyAndGetsNoCookie() async throws {
        try await withTestApp { (app, fixture) async throws in
            let made = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let form = try await lead.get("/o/\(made.startToken)?lang=en")
            #expect(form.status == .ok)
            #expect(form.headers.first(name: "Set-Cookie") == nil)
            #expect(!form.body.string.contains("logout-button"))
            #expect(!form.body.string.contains("Leena"))
            let sent = try await lead.post("/o/\(made.startToken)", form: Self.completeForm(), csrf: false)
            #expect(sent.status == .seeOther)
            #expect(sent.headers.first(name: "Set-Cookie") == nil)
            // A browser whose session has ended is not sent an expiry cookie here either.
            let stale = Browser(app, headers: ["Cookie": "\(SessionAuthMiddleware.cookieName)=ended-session"])
            #expect(try await stale.get("/o/\(made.startToken)").headers.first(name: "Set-Cookie") == nil)
        }
    }

    @Test func aClosedOrNotYetOpenRoundTakesNoAnswers() async throws {
        try await withTestApp { (app, fixture) async throws in
            let made = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            let visitor = Browser(app)
            let notYet = try await visitor.get("/o/\(made.endToken)")
            #expect(notYet.status == .ok)
            #expect(notYet.body.string.contains("inclusion-not-open"))
            #expect(notYet.body.string.contains("1.6.2026–30.6.2026"))
            #expect(!notYet.body.string.contains("inclusion-form"))
            #expect(try await visitor.post("/o/\(made.endToken)", form: Self.completeForm(), csrf: false).status == .ok)
            fixture.clock.advance(by: 40 * 24 * 3600)
            let closed = try await visitor.get("/o/\(made.startToken)")
            #expect(closed.status == .gone)
            #expect(closed.body.string.contains("1.1.2026–31.1.2026"))
            #expect(!closed.body.string.contains("inclusion-form"))
            let late = try await visitor.post("/o/\(made.startToken)", form: Self.completeForm(), csrf: false)
            #expect(late.status == .gone)
            #expect(try await InclusionResponse.query(on: app.db).count() == 0)
            #expect(try await visitor.get("/o/no-such-token").status == .notFound)
        }
    }

    @Test func swedishAndEnglishPagesHaveNoRawKeysAndSayWhyTheFormIsInFinnish() async throws {
        try await withTestApp { (app, fixture) async throws in
            let made = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            for language in ["sv", "en"] {
                let page = try await Browser(app).get("/o/\(made.startToken)?lang=\(language)")
                #expect(page.status == .ok)
                #expect(page.headers.first(name: "Set-Cookie") == nil)
                let html = page.body.string
                #expect(html.contains("id=\"finnish-only\""))
                #expect(html.contains(InclusionIndicator.statements[0]))
                #expect(!html.contains("survey."), "raw key on the \(language) form")
                let missing = try await Browser(app).post(
                    "/o/\(made.startToken)?lang=\(language)", form: ["s1": "1"], csrf: false)
                #expect(!missing.body.string.contains("survey."))
                let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
                _ = try await lead.post("/account/language", form: ["language": language])
                for path in [
                    "/evaluations", "/evaluations/new", "/evaluations/\(made.evaluation)", "/rounds/\(made.start)",
                    "/rounds/\(made.start)/poster", "/rounds/\(made.start)/paper", "/rounds/\(made.start)/paper-entry",
                ] {
                    let staff = try await lead.get(path)
                    #expect(staff.status == .ok, "\(path) in \(language)")
                    #expect(!staff.body.string.contains("survey."), "raw key on \(path) in \(language)")
                    #expect(!staff.body.string.contains("field."), "raw key on \(path) in \(language)")
                }
            }
        }
    }

    @Test func thePaperFormHasTheOfficialLayout() async throws {
        try await withTestApp { (app, fixture) async throws in
            let made = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let html = try await lead.get("/rounds/\(made.start)/paper").body.string
            var position = html.startIndex
            let wording = InclusionIndicator.finnish
            for text in [wording.question, wording.guidingSentence] + wording.options + wording.statements + [
                InclusionIndicator.copyright
            ] {
                let found = try #require(html.range(of: text, range: position..<html.endIndex), "\(text) out of order")
                position = found.upperBound
            }
            #expect(html.contains("code-box"))
        }
    }

    @Test func paperEntryRecordsTheBatchAndStoresIncompleteRowsAsIncomplete() async throws {
        try await withTestApp { (app, fixture) async throws in
            let made = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await worker.get("/rounds/\(made.start)/paper-entry").status == .ok)
            var form: [String: String] = ["rows": "3"]
            for number in 1...10 { form["r1s\(number)"] = "3" }
            form["r1gender"] = "man"
            form["r1pairingCode"] = "abcd12"
            for number in 1...8 { form["r2s\(number)"] = "5" }
            let before = try await Self.counts(app)
            let unconfirmed = try await worker.post("/rounds/\(made.start)/paper-entry", form: form)
            #expect(unconfirmed.status == .unprocessableEntity)
            #expect(unconfirmed.body.string.contains("field-selfCompleted"))
            #expect(unconfirmed.body.string.contains("name=\"r1s1\" id=\"field-r1s1\" value=\"3\""))
            var bad = form
            bad["selfCompleted"] = "on"
            bad["r2s4"] = "7"
            let refused = try await worker.post("/rounds/\(made.start)/paper-entry", form: bad)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Rivi 2"))
            #expect(try await Self.counts(app) == before)

            form["selfCompleted"] = "on"
            form["note"] = "Ryhmäkerta 14.1."
            let saved = try await worker.post("/rounds/\(made.start)/paper-entry", form: form)
            #expect(saved.status == .seeOther)
            let batch = try #require(try await InclusionEntryBatch.query(on: app.db).first())
            #expect(batch.responseCount == 2 && batch.selfCompleted && batch.source == "paper")
            #expect(batch.$enteredBy.id == fixture.workerA && batch.$round.id == made.start)
            // Paper forms of an open round wait like the public form's answers (issue 13, item 7).
            #expect(try await heldCount(app, "inclusion_held_responses") == 2)
            #expect(try await InclusionTallies.load(round: made.start, on: app.db).histogram.n == 0)
            try await AnswerHolding.settle(closed: [.inclusionRound(made.start)], on: app.db)
            let responses = try await InclusionResponse.query(on: app.db).all()
            #expect(responses.count == 2)
            #expect(responses.allSatisfy { $0.source == "paper" && $0.$batch.id == batch.id })
            #expect(responses.filter(\.complete).count == 1)
            let tallies = try await InclusionTallies.load(round: made.start, on: app.db)
            #expect(tallies.histogram.n == 1 && tallies.incomplete == 1)
            let location = try #require(saved.headers.first(name: .location))
            let page = try await worker.get(location)
            #expect(page.body.string.contains("Tallennettu 2 paperilomaketta, joista 1 keskeneräisenä"))
            #expect(page.body.string.contains("id=\"batches\""))
            #expect(page.body.string.contains("Aila Työntekijä"))
            // The admin (no unit work) cannot enter responses.
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            #expect(try await admin.get("/rounds/\(made.start)/paper-entry").status == .forbidden)
        }
    }

    @Test func anInstalledOfficialTranslationIsOffered() async throws {
        try await withTestApp { (app, fixture) async throws in
            let made = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            #expect(try await admin.get("/admin/inclusion-translations").status == .ok)
            let before = try await Self.counts(app)
            let refused = try await admin.post(
                "/admin/inclusion-translations", form: ["translation": InclusionTranslationFixture.nineStatements])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Väittämiä on oltava täsmälleen 10; tiedostossa on 9."))
            let finnish = try await admin.post(
                "/admin/inclusion-translations",
                form: [
                    "translation": InclusionTranslationFixture.swedishTestData.replacingOccurrences(
                        of: "\"language\": \"sv\"", with: "\"language\": \"fi\"")
                ])
            #expect(finnish.status == .unprocessableEntity)
            #expect(try await Self.counts(app) == before)
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            #expect(
                try await lead.post(
                    "/admin/inclusion-translations", form: ["translation": InclusionTranslationFixture.swedishTestData]
                ).status == .forbidden)

            let installed = try await admin.post(
                "/admin/inclusion-translations", form: ["translation": InclusionTranslationFixture.swedishTestData])
            #expect(installed.status == .seeOther)
            let swedish = try await Browser(app).get("/o/\(made.startToken)?lang=sv")
            #expect(swedish.body.string.contains("TESTDATA påstående 1"))
            #expect(!swedish.body.string.contains("id=\"finnish-only\""))
            #expect(swedish.body.string.contains("?language=fi"))
            let sent = try await Browser(app).post(
                "/o/\(made.startToken)?lang=sv", form: Self.completeForm().merging(["language": "sv"]) { $1 },
                csrf: false)
            #expect(sent.status == .seeOther)
            // Released here as at the round's close (answers wait: issue 13, item 7).
            try await AnswerHolding.settle(closed: [.inclusionRound(made.start)], on: app.db)
            #expect(try await InclusionResponse.query(on: app.db).first()?.language == "sv")
            // A language not installed is refused.
            let unknown = try await Browser(app).post(
                "/o/\(made.startToken)", form: Self.completeForm().merging(["language": "ru"]) { $1 }, csrf: false)
            #expect(unknown.status == .unprocessableEntity)
        }
    }

    @Test func theRoundsCodeDecodesToThePublicLink() async throws {
        let tools = PosterDecoder()
        guard tools.available else { return }
        try await withTestApp { (app, fixture) async throws in
            let made = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            for path in ["/rounds/\(made.start)", "/rounds/\(made.start)/poster"] {
                let html = try await lead.get(path).body.string
                let svgStart = try #require(html.range(of: "<svg"))
                let svgEnd = try #require(html.range(of: "</svg>", range: svgStart.lowerBound..<html.endIndex))
                let decoded = try tools.decode(svg: String(html[svgStart.lowerBound..<svgEnd.upperBound]))
                #expect(decoded.hasSuffix("/o/\(made.startToken)"))
                #expect(html.contains(decoded))
            }
        }
    }

    @Test func theAPICreatesEvaluationsAndRoundsAndTakesPublicResponses() async throws {
        try await withTestApp { (app, fixture) async throws in
            let lead = try await APIClient.loggedIn(app, email: "lead.a@example.fi")
            let created = try await lead.send(
                .POST, "/api/v1/evaluations",
                json: ["name": "API-arviointi", "activityKind": "project", "activityName": "Hanke"])
            #expect(created.status == .created)
            let evaluation = try created.content.decode(APIInclusionController.InclusionEvaluationDTO.self)
            #expect(evaluation.unitID == fixture.unitA)
            let worker = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            #expect(
                try await worker.send(
                    .POST, "/api/v1/evaluations", json: ["name": "X", "activityKind": "group", "activityName": "Y"]
                ).status == .forbidden)
            let invalid = try await lead.send(
                .POST, "/api/v1/evaluations/\(evaluation.id)/rounds",
                json: ["name": "Alku", "opensOn": "2026-02-01", "closesOn": "2026-01-01"])
            #expect(invalid.status == .unprocessableEntity)
            let round = try await lead.send(
                .POST, "/api/v1/evaluations/\(evaluation.id)/rounds",
                json: ["name": "Alku", "opensOn": "2026-01-01", "closesOn": "2026-01-31"])
            #expect(round.status == .created)
            let dto = try round.content.decode(APIInclusionController.InclusionRoundDTO.self)
            #expect(dto.state == "open" && dto.publicURL.contains("/o/"))
            let listed = try await worker.send(.GET, "/api/v1/evaluations/\(evaluation.id)/rounds")
            #expect(try listed.content.decode([APIInclusionController.InclusionRoundDTO].self).count == 1)
            #expect(try await worker.send(.GET, "/api/v1/evaluations").status == .ok)
            #expect(try await worker.send(.GET, "/api/v1/evaluations/\(evaluation.id)").status == .ok)
            let other = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            #expect(try await other.send(.GET, "/api/v1/evaluations/\(evaluation.id)").status == .notFound)

            let token = String(try #require(dto.publicURL.split(separator: "/").last))
            let anonymous = APIClient(app: app, token: nil)
            let incomplete = try await anonymous.send(
                .POST, "/api/v1/public/rounds/\(token)/responses",
                raw: #"{"answers": [5, 5, null, 4, 4, 4, 4, 4, 4, 4], "gender": "other"}"#)
            #expect(incomplete.status == .created)
            #expect(incomplete.headers.first(name: "Set-Cookie") == nil)
            let receipt = try incomplete.content.decode(APIInclusionController.InclusionResponseReceipt.self)
            #expect(!receipt.complete && receipt.missingStatements == [3])
            let before = try await Self.counts(app)
            let outOfRange = try await anonymous.send(
                .POST, "/api/v1/public/rounds/\(token)/responses", raw: #"{"answers": [6, 5, 5, 4, 4, 4, 4, 4, 4, 4]}"#)
            #expect(outOfRange.status == .unprocessableEntity)
            let short = try await anonymous.send(
                .POST, "/api/v1/public/rounds/\(token)/responses", raw: #"{"answers": [5, 5]}"#)
            #expect(short.status == .unprocessableEntity)
            #expect(try await Self.counts(app) == before)
            let complete = try await anonymous.send(
                .POST, "/api/v1/public/rounds/\(token)/responses", raw: #"{"answers": [5, 5, 5, 4, 4, 4, 4, 4, 4, 4]}"#)
            #expect(try complete.content.decode(APIInclusionController.InclusionResponseReceipt.self).complete)
            // Both wait out of every figure (issue 13, item 7); released here as at the close.
            #expect(try await InclusionTallies.load(round: dto.id, on: app.db).histogram.n == 0)
            try await AnswerHolding.settle(closed: [.inclusionRound(dto.id)], on: app.db)
            let rows = try await InclusionResponse.query(on: app.db).all()
            #expect(rows.count == 2 && rows.allSatisfy { $0.source == "api" })
            let tallies = try await InclusionTallies.load(round: dto.id, on: app.db)
            #expect(tallies.histogram.n == 1 && tallies.incomplete == 1)

            fixture.clock.advance(by: 40 * 24 * 3600)
            let closed = try await anonymous.send(
                .POST, "/api/v1/public/rounds/\(token)/responses", raw: #"{"answers": [5, 5, 5, 4, 4, 4, 4, 4, 4, 4]}"#)
            #expect(closed.status == .gone)
            #expect(closed.body.string.contains("round-closed"))
            #expect(try await InclusionResponse.query(on: app.db).count() == 2)
        }
    }
}
