import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// ESIS results, the start-vs-end comparison, the CSV files and the import (issue 6).
@Suite("Inclusion results")
struct InclusionResultsTests {
    /// Answers with the given raw sum (10 … 50), spread over the statements.
    static func answers(rawSum: Int) -> [Int?] {
        var values = Array(repeating: 1, count: 10)
        var rest = rawSum - 10
        var index = 0
        while rest > 0 {
            let add = min(4, rest)
            values[index] += add
            rest -= add
            index += 1
        }
        return values
    }

    static func hash(_ index: Int) -> String {
        String(repeating: String(format: "%02x", index % 256), count: 32)
    }

    static func responseCount(_ app: Application) async throws -> Int {
        try await InclusionResponse.query(on: app.db).count()
    }

    @Test func anEvaluatorSeesAggregatesOnlyWithSmallCellsHidden() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: 10 women and 2 men; the men's subgroup is small, so the women's is
            // hidden too (the men's count would follow from the total).
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            for index in 0..<12 {
                try await InclusionFixture.respond(
                    app, round: inclusion.start, Self.answers(rawSum: 20 + index * 2),
                    gender: index < 10 ? "woman" : "man", pairHash: Self.hash(200 + index))
            }
            try await InclusionFixture.respond(app, round: inclusion.start, [1, 2, nil, 4, 5, 5, 4, 3, 2, 1])
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            // act
            let page = try await evaluator.get("/rounds/\(inclusion.start)/results")
            // check
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("id=\"not-per-person\""))
            #expect(html.contains("id=\"round-complete\">12<"))
            #expect(html.contains("id=\"round-incomplete\">alle 5<"))
            #expect(html.contains("<svg"))
            #expect(html.contains("Finsote 2019"))
            #expect(html.contains(InclusionIndicator.statements[9]))
            let genderTable = try #require(html.components(separatedBy: "id=\"round-subgroups-gender\"").last)
                .components(separatedBy: "</table>")[0]
            #expect(genderTable.contains("alle 5"))
            #expect(genderTable.contains("piilotettu"))
            // No response row anywhere: no pairing hash, no answer string.
            #expect(!html.contains(Self.hash(200)))
            let api = try await APIClient.loggedIn(app, email: "evaluator@example.fi")
            let json = try await api.send(.GET, "/api/v1/rounds/\(inclusion.start)/results")
            #expect(json.status == .ok)
            #expect(!json.body.string.contains(Self.hash(200)))
            #expect(!json.body.string.contains("pair"))
            let dto = try json.content.decode(APIInclusionResultsController.InclusionRoundResultsDTO.self)
            #expect(dto.complete.value == 12)
            #expect(dto.incomplete.fewerThan == 5)
            #expect(dto.referenceFigures.count == InclusionReferenceFigures.all.count)
            let gender = try #require(dto.subgroups.first { $0.question == "gender" })
            #expect(gender.subgroups.first { $0.answer == "man" }?.count.fewerThan == 5)
            #expect(gender.subgroups.first { $0.answer == "woman" }?.count.hidden == true)
            #expect(gender.subgroups.allSatisfy { $0.summary == nil })
            // Every member of the unit sees the results; the files are for evaluators.
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await worker.get("/rounds/\(inclusion.start)/results").status == .ok)
            // (The per-respondent export is gone for everyone: issue 13 item 8.)
            #expect(try await worker.get("/rounds/\(inclusion.start)/responses/export").status == .notFound)
            #expect(try await worker.get("/rounds/\(inclusion.start)/import").status == .forbidden)
            // Another unit's worker: 404.
            let other = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            #expect(try await other.get("/rounds/\(inclusion.start)/results").status == .notFound)
        }
    }

    @Test func aRoundBelowTheThresholdShowsNoFigures() async throws {
        try await withTestApp { (app, fixture) async throws in
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            for index in 0..<3 {
                try await InclusionFixture.respond(app, round: inclusion.start, Self.answers(rawSum: 30 + index))
            }
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            let html = try await evaluator.get("/rounds/\(inclusion.start)/results").body.string
            #expect(html.contains("id=\"round-complete\">alle 5<"))
            #expect(html.contains("id=\"round-suppressed\""))
            #expect(!html.contains("id=\"round-mean\""))
            #expect(!html.contains("round-histogram-chart"))
        }
    }

    @Test func pairedStatisticsFromTheDatabaseEqualTheCoreComputation() async throws {
        try await withTestApp { (app, fixture) async throws in
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            var expected: [(start: InclusionScore, end: InclusionScore)] = []
            for index in 0..<30 {
                let start = 15 + (index * 7) % 30
                let end = min(50, max(10, start + (index % 9) - 2))
                try await InclusionFixture.respond(
                    app, round: inclusion.start, Self.answers(rawSum: start), pairHash: Self.hash(index))
                try await InclusionFixture.respond(
                    app, round: inclusion.end, Self.answers(rawSum: end), pairHash: Self.hash(index))
                expected.append((InclusionScore(rawSum: start)!, InclusionScore(rawSum: end)!))
            }
            // Not pairs: a code twice in the start round, an incomplete end response, a
            // code only at the end, responses without a code.
            for _ in 0..<2 {
                try await InclusionFixture.respond(
                    app, round: inclusion.start, Self.answers(rawSum: 20), pairHash: Self.hash(100))
            }
            try await InclusionFixture.respond(
                app, round: inclusion.end, Self.answers(rawSum: 40), pairHash: Self.hash(100))
            try await InclusionFixture.respond(
                app, round: inclusion.start, Self.answers(rawSum: 25), pairHash: Self.hash(101))
            try await InclusionFixture.respond(
                app, round: inclusion.end, [1, 2, nil, 4, 5, 5, 4, 3, 2, 1], pairHash: Self.hash(101))
            try await InclusionFixture.respond(
                app, round: inclusion.end, Self.answers(rawSum: 45), pairHash: Self.hash(102))
            try await InclusionFixture.respond(app, round: inclusion.end, Self.answers(rawSum: 35))
            // act
            let sample = try await InclusionResultsService.pairedSample(
                first: inclusion.start, second: inclusion.end, on: app.db)
            // check
            let core = PairedSample(pairs: expected)
            #expect(sample == core)
            #expect(PairedComparison(sample) == PairedComparison(core))
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            let page = try await evaluator.get("/evaluations/\(inclusion.evaluation)/results")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("id=\"paired-count\">30<"))
            #expect(html.contains("id=\"paired-change\""))
            #expect(html.contains("id=\"unpaired-p\""))
            #expect(html.contains("id=\"crossings-table\""))
            let api = try await APIClient.loggedIn(app, email: "evaluator@example.fi")
            let json = try await api.send(.GET, "/api/v1/evaluations/\(inclusion.evaluation)/comparison")
            #expect(json.status == .ok)
            let dto = try json.content.decode(APIInclusionResultsController.InclusionComparisonDTO.self)
            #expect(dto.paired?.n == 30)
            #expect(abs((dto.paired?.meanChange ?? 0) - (PairedComparison(core)?.meanChange ?? 1)) < 1e-9)
            // The same round twice is refused.
            let same = try await evaluator.get(
                "/evaluations/\(inclusion.evaluation)/results?first=\(inclusion.start)&second=\(inclusion.start)")
            #expect(same.status == .unprocessableEntity)
        }
    }

    /// Issue 13, item 8: one row per respondent with gender, age group, labour status and
    /// pairing hash is microdata no role may hold; the file is gone (404 for every role, no
    /// link), and the results files stay protected for small cells.
    @Test func item8_thePerRespondentExportIsGoneForEveryRole() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            try await InclusionFixture.respond(
                app, round: inclusion.start, Self.answers(rawSum: 31), gender: "woman", pairHash: Self.hash(1))
            try await InclusionFixture.respond(app, round: inclusion.end, [1, 2, nil, 4, 5, 5, 4, 3, 2, 1])
            for email in ["evaluator@example.fi", "lead.a@example.fi", "admin@example.fi"] {
                let user = try await Browser.loggedIn(app, email: email)
                // act / check
                for path in [
                    "/rounds/\(inclusion.start)/responses/export?format=semicolon",
                    "/rounds/\(inclusion.start)/responses/export?format=comma",
                    "/evaluations/\(inclusion.evaluation)/responses/export?format=semicolon",
                ] {
                    #expect(try await user.get(path).status == .notFound, "\(email) \(path)")
                }
            }
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            let page = try await evaluator.get("/rounds/\(inclusion.start)/results")
            #expect(page.status == .ok)
            #expect(!page.body.string.contains("responses/export"))
            let comparison = try await evaluator.get("/evaluations/\(inclusion.evaluation)/results")
            #expect(!comparison.body.string.contains("responses/export"))
            // The results tables as CSV, protected.
            let results = try await evaluator.get("/rounds/\(inclusion.start)/results/export?format=comma")
            #expect(results.status == .ok)
            #expect(results.body.string.contains("alle 5"))
            #expect(!results.body.string.contains(Self.hash(1)))
            #expect(!results.body.string.contains("woman;"))
        }
    }

    @Test func anImportWithErrorsIsRefusedWholeOrOnlyItsValidRowsGoIn() async throws {
        try await withTestApp { (app, fixture) async throws in
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            let csv = """
                s1;s2;s3;s4;s5;s6;s7;s8;s9;s10;gender;pairing_code
                5;4;3;2;1;1;2;3;4;5;woman;abcd12
                1;1;7;1;1;1;1;1;1;1;someone;
                3;3;3;3;3;3;3;3;3;;man;

                """
            // act: refused whole
            let refused = try await evaluator.post("/rounds/\(inclusion.start)/import", form: ["csv": csv])
            // check
            #expect(refused.status == .unprocessableEntity)
            let html = refused.body.string
            #expect(html.contains("id=\"import-problems\""))
            #expect(html.contains("<td>3</td><td>s3</td>"))
            #expect(html.contains("<td>3</td><td>gender</td>"))
            #expect(try await Self.responseCount(app) == 0)
            #expect(try await InclusionEntryBatch.query(on: app.db).count() == 0)
            // act: the valid rows only
            let partial = try await evaluator.post(
                "/rounds/\(inclusion.start)/import", form: ["csv": csv, "validOnly": "on", "selfCompleted": "on"])
            #expect(partial.status == .ok)
            #expect(partial.body.string.contains("id=\"import-skipped\""))
            // Rows imported into an open round wait like every answer (issue 13, item 7);
            // released here as at the round's close.
            #expect(try await heldCount(app, "inclusion_held_responses") == 2)
            try await AnswerHolding.settle(closed: [.inclusionRound(inclusion.start)], on: app.db)
            #expect(try await Self.responseCount(app) == 2)
            let batch = try #require(try await InclusionEntryBatch.query(on: app.db).first())
            #expect(batch.source == InclusionResponseSource.import.rawValue)
            #expect(batch.responseCount == 2)
            #expect(batch.$enteredBy.id == fixture.evaluator)
            let rows = try await InclusionResponse.query(on: app.db).all()
            #expect(rows.allSatisfy { $0.source == "import" && $0.$batch.id == batch.id })
            let coded = try #require(rows.first { $0.complete })
            #expect(coded.pairHash == (try InclusionPairing.hash("ABCD12", salt: inclusion.salt)))
            let tallies = try await InclusionTallies.load(round: inclusion.start, on: app.db)
            #expect(tallies.histogram.n == 1)
            #expect(tallies.incomplete == 1)
            // A header it cannot read is refused.
            let bad = try await evaluator.post(
                "/rounds/\(inclusion.start)/import", form: ["csv": "s1,s2,name\n1,2,Matti\n", "validOnly": "on"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("<td>1</td><td>name</td>"))
            #expect(try await Self.responseCount(app) == 2)
        }
    }

    /// A file in the columns the app once exported per respondent still imports as it is
    /// (formerly `anExportedFileImportsAsItIs`, which read the export removed by item 8).
    @Test func aFileInTheResponseColumnsImportsAsItIs() async throws {
        try await withTestApp { (app, fixture) async throws in
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            for (separator, decimal) in [(";", ","), (",", ".")] {
                var lines = [InclusionCSV.responseColumns.joined(separator: separator)]
                for index in 0..<7 {
                    let answers = Self.answers(rawSum: 12 + index * 5)
                    let rawSum = answers.compactMap { $0 }.reduce(0, +)
                    let score = String(format: "%.1f", InclusionScore.value(rawSum: rawSum))
                        .replacingOccurrences(of: ".", with: decimal)
                    let cells =
                        ["Alku", "form", "fi", "1"] + answers.map { $0.map(String.init) ?? "" } + [
                            String(rawSum), separator == "," ? score : score, "", "25-34", "", Self.hash(index),
                        ]
                    lines.append(cells.map { $0.contains(separator) ? "\"\($0)\"" : $0 }.joined(separator: separator))
                }
                let text = (separator == ";" ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
                let response = try await evaluator.post("/rounds/\(inclusion.end)/import", form: ["csv": text])
                #expect(response.status == .ok, "\(separator)")
            }
            // The end round has not closed: the rows wait (issue 13, item 7) until it has.
            #expect(try await InclusionTallies.load(round: inclusion.end, on: app.db).histogram.n == 5)
            try await AnswerHolding.settle(closed: [.inclusionRound(inclusion.end)], on: app.db)
            let end = try await InclusionTallies.load(round: inclusion.end, on: app.db)
            #expect(end.histogram.n == 14)
            #expect(end.byBackground[.ageGroup]?["25-34"]?.n == 14)
        }
    }

    @Test func theResultsPagesRenderInSwedishAndEnglish() async throws {
        try await withTestApp { (app, fixture) async throws in
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            for index in 0..<8 {
                try await InclusionFixture.respond(
                    app, round: inclusion.start, Self.answers(rawSum: 20 + index), pairHash: Self.hash(index))
                try await InclusionFixture.respond(
                    app, round: inclusion.end, Self.answers(rawSum: 24 + index), pairHash: Self.hash(index))
            }
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            let pages = [
                "/rounds/\(inclusion.start)/results", "/evaluations/\(inclusion.evaluation)/results",
                "/rounds/\(inclusion.start)/import",
            ]
            for language in [Language.sv, .en] {
                _ = try await evaluator.post("/account/language", form: ["language": language.rawValue])
                for path in pages {
                    let page = try await evaluator.get(path)
                    #expect(page.status == .ok, "\(path) in \(language)")
                    let html = page.body.string
                    #expect(html.contains("<html lang=\"\(language.rawValue)\""))
                    for key in ["inclusionresults.", "inclusionimport.", "inclusion.", "privacy."] {
                        #expect(!html.contains(">\(key)"), "\(path) shows a raw key \(key) in \(language)")
                    }
                }
            }
        }
    }

    @Test func aLargeFileImportsThroughTheForm() async throws {
        try await withTestApp { (app, fixture) async throws in
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            // Over the default 2 MB body limit once form-encoded.
            let rows = 70_000
            let csv =
                "s1;s2;s3;s4;s5;s6;s7;s8;s9;s10\n"
                + String(repeating: "3;3;3;3;3;3;3;3;3;4\n", count: rows)
            let response = try await evaluator.post("/rounds/\(inclusion.start)/import", form: ["csv": csv])
            #expect(response.status == .ok)
            // The round is open: all but five join at once; those five wait for the close
            // (issue 13, item 7).
            #expect(try await InclusionTallies.load(round: inclusion.start, on: app.db).histogram.n == rows - 5)
            try await AnswerHolding.settle(closed: [.inclusionRound(inclusion.start)], on: app.db)
            let tallies = try await InclusionTallies.load(round: inclusion.start, on: app.db)
            #expect(tallies.histogram.n == rows)
            #expect(tallies.histogram.count(rawSum: 31) == rows)
            #expect(try await InclusionEntryBatch.query(on: app.db).first()?.responseCount == rows)
        }
    }

    @Test func theDemoEvaluationHasResultsAboveTheThreshold() async throws {
        try await withTestApp { (app, _) async throws in
            try await DemoData.load(on: app)
            let evaluationID = try #require(try await DemoInclusion.evaluationID(on: app.db))
            let rounds = try await InclusionEvaluationService.rounds(of: evaluationID, on: app.db)
            #expect(rounds.map(\.name) == ["Alku", "Loppu"])
            let today = Day(app.clock.now())
            #expect(rounds[0].state(today: today) == .closed)
            #expect(rounds[1].state(today: today) == .open)
            for round in rounds {
                let tallies = try await InclusionTallies.load(round: try round.requireID(), on: app.db)
                #expect((60...120).contains(tallies.histogram.n + tallies.incomplete))
                #expect(tallies.incomplete > 0)
            }
            let pairs = try await InclusionResultsService.pairedSample(
                first: try rounds[0].requireID(), second: try rounds[1].requireID(), on: app.db)
            #expect(pairs.n == 40)
            let paper = try await InclusionEntryBatch.query(on: app.db).filter(\.$source == "paper").all()
            #expect(paper.count == 1)
            #expect(paper.first?.responseCount == 12)
        }
    }
}
