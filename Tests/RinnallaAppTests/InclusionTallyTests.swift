import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Testing

@testable import RinnallaApp

/// The tallies behind a round's results follow its responses in the database itself.
@Suite("Inclusion response tallies")
struct InclusionTallyTests {
    @Test func talliesFollowInsertsAndDeletesAndResponsesCannotBeChanged() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            let full: [Int?] = [1, 2, 3, 4, 5, 5, 4, 3, 2, 1]  // raw sum 30
            let high: [Int?] = Array(repeating: 5, count: 10)  // raw sum 50
            let partial: [Int?] = [1, 2, nil, 4, 5, 5, 4, 3, 2, 1]
            // act
            try await InclusionFixture.respond(app, round: inclusion.start, full, gender: "woman")
            try await InclusionFixture.respond(app, round: inclusion.start, full, gender: "woman", ageGroup: "25-34")
            let removed = try await InclusionFixture.respond(app, round: inclusion.start, high)
            try await InclusionFixture.respond(app, round: inclusion.start, partial, gender: "man")
            try await InclusionFixture.respond(app, round: inclusion.end, high)
            var tallies = try await InclusionTallies.load(round: inclusion.start, on: app.db)
            // check
            #expect(tallies.histogram.n == 3)
            #expect(tallies.histogram.count(rawSum: 30) == 2)
            #expect(tallies.histogram.count(rawSum: 50) == 1)
            #expect(tallies.incomplete == 1)
            #expect(tallies.statements.counts(statement: 1) == [2, 0, 0, 0, 1])
            #expect(tallies.statements.counts(statement: 3) == [0, 0, 2, 0, 1])
            #expect(tallies.byBackground[.gender]?["woman"]?.n == 2)
            #expect(tallies.byBackground[.gender]?[""]?.n == 1)
            #expect(tallies.byBackground[.ageGroup]?["25-34"]?.count(rawSum: 30) == 1)
            // A deleted response leaves the tallies; the other round is untouched.
            try await removed.delete(on: app.db)
            tallies = try await InclusionTallies.load(round: inclusion.start, on: app.db)
            #expect(tallies.histogram.n == 2)
            #expect(tallies.statements.counts(statement: 1) == [2, 0, 0, 0, 0])
            #expect(try await InclusionTallies.load(round: inclusion.end, on: app.db).histogram.n == 1)
            // A stored response cannot be changed, not even with plain SQL.
            let sql = app.db as! any SQLDatabase
            await #expect(throws: (any Error).self) {
                try await sql.raw("UPDATE inclusion_responses SET s1 = 5").run()
            }
            #expect(try await InclusionTallies.load(round: inclusion.start, on: app.db).histogram.n == 2)
        }
    }

    @Test func aBulkInsertIsTalliedLikeSingleRows() async throws {
        try await withTestApp { (app, fixture) async throws in
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            let responses = (0..<40).map { index in
                InclusionResponse(
                    roundID: inclusion.start, source: .import, batchID: nil, language: "fi",
                    answers: try! InclusionAnswers((0..<10).map { (index + $0) % 5 + 1 }),
                    gender: index % 2 == 0 ? "woman" : nil, ageGroup: nil, labourStatus: nil, pairHash: nil)
            }
            try await responses.create(on: app.db)
            let tallies = try await InclusionTallies.load(round: inclusion.start, on: app.db)
            let expected = ScoreHistogram(scores: responses.compactMap { $0.rawSum.flatMap(InclusionScore.init) })
            #expect(tallies.histogram == expected)
            #expect(tallies.byBackground[.gender]?["woman"]?.n == 20)
            #expect(
                tallies.statements
                    == StatementDistribution(answers: responses.map { try! InclusionAnswers($0.answers) }))
        }
    }
    @Test func anEntryBatchIsTalliedAtOnceAndLaterRowsRowByRow() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            let rows = (0..<60).map { index in
                InclusionImport.Row(
                    language: "fi",
                    answers: try! InclusionAnswers(
                        (0..<10).map { index % 7 == 0 && $0 == 3 ? nil : (index * 3 + $0) % 5 + 1 }),
                    gender: index % 3 == 0 ? "woman" : nil, ageGroup: index % 4 == 0 ? "25-34" : nil,
                    labourStatus: nil, pairHash: nil)
            }
            // act
            let batch = try await app.db.atomically { db in
                try await InclusionImport.store(
                    rows, roundID: inclusion.start, unitID: fixture.unitA, enteredBy: fixture.evaluator,
                    enteredAt: Date(), selfCompleted: true, note: "", on: db)
            }
            try await InclusionFixture.respond(app, round: inclusion.start, Array(repeating: 5, count: 10))
            // check
            let tallies = try await InclusionTallies.load(round: inclusion.start, on: app.db)
            let answers = rows.map(\.answers) + [try InclusionAnswers(Array(repeating: 5, count: 10))]
            #expect(tallies.histogram == ScoreHistogram(scores: answers.compactMap(\.score)))
            #expect(tallies.incomplete == rows.filter { !$0.answers.isComplete }.count)
            #expect(tallies.statements == StatementDistribution(answers: answers.filter(\.isComplete)))
            #expect(
                tallies.byBackground[.gender]?["woman"]?.n
                    == rows.filter { $0.gender != nil && $0.answers.isComplete }.count)
            #expect(
                tallies.byBackground[.ageGroup]?["25-34"]?.n
                    == rows.filter { $0.ageGroup != nil && $0.answers.isComplete }.count)
            let sql = app.db as! any SQLDatabase
            if sql.dialect.name == "sqlite" {
                let listed = try await sql.raw("SELECT count(*) AS n FROM inclusion_bulk_batches").first()
                #expect(try listed?.decode(column: "n", as: Int.self) == 0)
            }
            // A row written later under the same batch id by anyone else is tallied by the trigger.
            let late = InclusionResponse(
                roundID: inclusion.start, source: .import, batchID: batch, language: "fi",
                answers: try InclusionAnswers(Array(repeating: 1, count: 10)), gender: nil, ageGroup: nil,
                labourStatus: nil, pairHash: nil)
            try await late.create(on: app.db)
            #expect(
                try await InclusionTallies.load(round: inclusion.start, on: app.db).histogram.count(rawSum: 10) == 1)
        }
    }
}

@Suite("Inclusion vocabulary labels")
struct InclusionLabelTests {
    @Test func everyKindSourceStateAndBackgroundAnswerHasALabel() {
        for kind in InclusionActivityKind.allCases { _ = InclusionLabels.activity(kind) }
        for source in InclusionResponseSource.allCases { _ = InclusionLabels.source(source) }
        for state in [InclusionRoundState.notYetOpen, .open, .closed] { _ = InclusionLabels.state(state) }
        for question in InclusionBackgroundQuestion.allCases {
            _ = InclusionLabels.question(question)
            for answer in question.answers {
                #expect(InclusionLabels.answer(question, answer) != .inclusionBackgroundUnanswered, "\(answer)")
            }
        }
    }
}
