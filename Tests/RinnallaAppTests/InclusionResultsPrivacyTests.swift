import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// Security review (issue 13), items 7, 11 and 12 for ESIS: results of an open round in
/// steps that cannot isolate one answer, storage order that says nothing about answering
/// order, and an import that stops reading at its row limit.
@Suite("Inclusion results privacy (issue 13)")
struct InclusionResultsPrivacyTests {
    static func csv(rows: Int) -> String {
        var lines = ["s1;s2;s3;s4;s5;s6;s7;s8;s9;s10"]
        lines += Array(repeating: "5;4;3;2;1;1;2;3;4;5", count: rows)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Item 12

    /// The reader stops at the first row past the limit: the rest of the file is never parsed.
    @Test func item12_theImportStopsReadingAtTheRowLimit() throws {
        // setup: 1,000 data rows, a limit of 10
        let text = Self.csv(rows: 1_000)
        // act
        var refusal: InclusionImport.Refused?
        do { _ = try InclusionImport.validate(text, salt: "salt", maxRows: 10) } catch { refusal = error }
        // check: the header, 10 rows and the 11th that broke the limit; nothing more
        let refused = try #require(refusal)
        #expect(refused.rowsRead == 12)
        #expect(refused.problems.map(\.key) == [.inclusionimportTooMany])
        #expect(refused.problems.first?.arguments["max"] == "10")
        // At the limit the file is read whole and accepted.
        #expect(try InclusionImport.validate(Self.csv(rows: 10), salt: "salt", maxRows: 10).rows.count == 10)
        // The reader reads the same table the old whole-file parser did.
        let quoted = "a;b\r\n\"x;\"\"y\"\"\";2\n\n3;\"multi\nline\"\n"
        #expect(
            InclusionImport.parse(quoted) == [["a", "b"], ["x;\"y\"", "2"], [""], ["3", "multi\nline"]])
        #expect(InclusionImport.parse("\u{FEFF}s1,s2\n1,2") == [["s1", "s2"], ["1", "2"]])
    }

    /// Over the limit the upload is refused with a message naming the limit, and nothing is saved.
    @Test func item12_anImportOverTheRowLimitIsRefusedAndSavesNothing() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            app.rinnallaConfig.inclusionImportMaxRows = 20
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            // act
            let refused = try await evaluator.post(
                "/rounds/\(inclusion.start)/import",
                form: ["csv": Self.csv(rows: 500), "validOnly": "on", "selfCompleted": "on"])
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("yli 20 riviä"))
            #expect(try await InclusionResponse.query(on: app.db).count() == 0)
            #expect(try await InclusionEntryBatch.query(on: app.db).count() == 0)
            let english = try await evaluator.post(
                "/rounds/\(inclusion.start)/import?lang=en", form: ["csv": Self.csv(rows: 21)])
            #expect(english.status == .unprocessableEntity)
            // At the limit it goes in.
            let ok = try await evaluator.post(
                "/rounds/\(inclusion.start)/import", form: ["csv": Self.csv(rows: 20), "selfCompleted": "on"])
            #expect(ok.status == .ok)
            #expect(
                try await InclusionResponse.query(on: app.db).count()
                    + (try await heldCount(app, "inclusion_held_responses")) == 20)
        }
    }

    // MARK: Item 7

    static func answer(_ app: Application, _ token: String, _ value: Int) async throws {
        var form: [String: String] = [:]
        for number in 1...10 { form["s\(number)"] = String(value) }
        let sent = try await Browser(app).post("/o/\(token)", form: form, csrf: false)
        #expect(sent.status == .seeOther)
    }

    /// JSON with its keys sorted (the encoder's key order varies from one response to the next).
    static func sorted(_ json: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return String(
            decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Everything an evaluator can read of a round's and its evaluation's figures.
    static func figures(_ app: Application, _ inclusion: InclusionFixture) async throws -> [String] {
        let api = try await APIClient.loggedIn(app, email: "evaluator@example.fi")
        let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
        return [
            try sorted(try await api.send(.GET, "/api/v1/rounds/\(inclusion.start)/results").body.string),
            try sorted(try await api.send(.GET, "/api/v1/evaluations/\(inclusion.evaluation)/comparison").body.string),
            try await evaluator.get("/rounds/\(inclusion.start)/results/export?format=comma").body.string,
            try await evaluator.get(
                "/evaluations/\(inclusion.evaluation)/results/export?format=comma&first=\(inclusion.start)&second=\(inclusion.end)"
            ).body.string,
        ]
    }

    /// The attack: a group leader looks at the results, watches one participant answer and
    /// looks again. Nothing they can read changes (page, comparison, report, CSV, API); the
    /// figures move only by five answers at a time, and at the close by five or more.
    @Test func item7_openRoundResultsCannotBeDifferencedByOneAnswer() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: the start round is open (1.–31.1.2026); ten answers of 4 have arrived
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            for _ in 0..<10 { try await Self.answer(app, inclusion.startToken, 4) }
            #expect(try await InclusionResponse.query(on: app.db).count() == 5)
            #expect(try await heldCount(app, "inclusion_held_responses") == 5)
            let before = try await Self.figures(app, inclusion)
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            let page = try await evaluator.get("/rounds/\(inclusion.start)/results").body.string
            let report = try await evaluator.get("/evaluations/\(inclusion.evaluation)/report").body.string
            // act: one participant answers 1 to everything
            try await Self.answer(app, inclusion.startToken, 1)
            // check: nothing readable changed
            #expect(try await Self.figures(app, inclusion) == before)
            let pageAfter = try await evaluator.get("/rounds/\(inclusion.start)/results").body.string
            #expect(pageAfter.contains("id=\"release-note\""))
            #expect(Self.results(pageAfter) == Self.results(page))
            let reportAfter = try await evaluator.get("/evaluations/\(inclusion.evaluation)/report").body.string
            #expect(reportAfter.contains("id=\"release-note\""))
            #expect(Self.results(reportAfter) == Self.results(report))
            let comparison = try await evaluator.get("/evaluations/\(inclusion.evaluation)/results").body.string
            #expect(comparison.contains("id=\"release-note\""))
            // Four more (15 arrived): five more join at once, five to nine still wait.
            for _ in 0..<4 { try await Self.answer(app, inclusion.startToken, 4) }
            #expect(try await InclusionResponse.query(on: app.db).count() == 10)
            #expect(try await heldCount(app, "inclusion_held_responses") == 5)
            // The tallies always match the responses released.
            let tallies = try await InclusionTallies.load(round: inclusion.start, on: app.db)
            #expect(tallies.histogram.n == 10)
            // The round closes: everything joins, again five or more at once.
            fixture.clock.advance(by: 31 * 86400)
            let dto = try await APIClient.loggedIn(app, email: "evaluator@example.fi")
                .send(.GET, "/api/v1/rounds/\(inclusion.start)/results").content
                .decode(APIInclusionResultsController.InclusionRoundResultsDTO.self)
            #expect(dto.complete.value == 15)
            #expect(try await heldCount(app, "inclusion_held_responses") == 0)
            #expect(try await InclusionTallies.load(round: inclusion.start, on: app.db).histogram.n == 15)
        }
    }

    /// The results part of a page, without the per-request parts (tokens, nonces).
    static func results(_ html: String) -> String {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return html }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// A paper batch of one form into an open round waits like a public answer.
    @Test func item7_aPaperBatchOfOneFormDoesNotShowItsAnswers() async throws {
        try await withTestApp { (app, fixture) async throws in
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            for _ in 0..<10 { try await Self.answer(app, inclusion.startToken, 4) }
            let before = try await Self.figures(app, inclusion)
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            var form: [String: String] = ["rows": "1", "selfCompleted": "on"]
            for number in 1...10 { form["r1s\(number)"] = "1" }
            #expect(try await worker.post("/rounds/\(inclusion.start)/paper-entry", form: form).status == .seeOther)
            #expect(try await Self.figures(app, inclusion) == before)
        }
    }

    // MARK: Item 11

    /// Storage order says nothing about answering order: on SQLite every answer table is
    /// `WITHOUT ROWID`; on PostgreSQL the answers released together share one `xmin` and lie
    /// in the heap in random-id order, not one transaction and one heap slot per answer.
    @Test func item11_storageOrderDoesNotFollowAnsweringOrder() async throws {
        try await withTestApp { (app, fixture) async throws in
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            for index in 0..<15 { try await Self.answer(app, inclusion.startToken, 1 + index % 5) }
            let sql = app.db as! any SQLDatabase
            if TestDatabase.isPostgres {
                let rows = try await sql.raw(
                    "SELECT id::text AS id, xmin::text AS x FROM inclusion_responses ORDER BY ctid"
                ).all().map {
                    (try $0.decode(column: "id", as: String.self), try $0.decode(column: "x", as: String.self))
                }
                #expect(rows.count == 10)
                // Two releases of five, not ten single-row transactions.
                let releases = Dictionary(grouping: rows, by: \.1)
                #expect(releases.count == 2)
                for (_, group) in releases {
                    #expect(group.count == 5)
                    #expect(group.map(\.0) == group.map(\.0).sorted(), "heap order is id order within a release")
                }
            } else {
                for table in [
                    "inclusion_responses", "inclusion_held_responses", "group_feedback_responses",
                    "group_feedback_held_responses",
                ] {
                    let create = try await sql.raw(
                        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = \(bind: table)"
                    ).first().map { try $0.decode(column: "sql", as: String.self) }
                    #expect(create?.uppercased().contains("WITHOUT ROWID") == true, "\(table)")
                    await #expect(throws: (any Error).self) {
                        try await sql.raw("SELECT rowid FROM \(ident: table)").all()
                    }
                }
            }
        }
    }
}
