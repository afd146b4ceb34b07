import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// The team's self-evaluation with the guide's 24 auxiliary questions, and the demo data.
@Suite("Inclusion 24 auxiliary questions")
struct AuxiliaryQuestionTests {
    static func counts(_ app: Application) async throws -> [Int] {
        [
            try await InclusionSelfEvaluation.query(on: app.db).count(),
            try await InclusionSelfEvaluationAnswer.query(on: app.db).count(),
        ]
    }

    @Test func theFormShowsThe24QuestionsVerbatimInTheGuidesGroupsAndOrder() async throws {
        try await withTestApp { (app, fixture) async throws in
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let html = try await lead.get("/evaluations/\(inclusion.evaluation)/self-evaluations/new").body.string
            // The questions as rendered, in order, equal the Core definition.
            let pattern = try Regex(#"<div class="auxq-question" lang="fi"><p><strong>(\d+)\. </strong>([^<]*)</p>"#)
            let rendered = html.matches(of: pattern).map { match in
                (Int(match.output[1].substring ?? "") ?? 0, String(match.output[2].substring ?? ""))
            }
            #expect(rendered.map(\.0) == Array(1...24))
            #expect(rendered.map(\.1) == AuxiliaryQuestions.questions.map(\.text))
            var position = html.startIndex
            for group in AuxiliaryQuestions.groups {
                let range = try #require(html.range(of: group.title, range: position..<html.endIndex))
                position = range.upperBound
                for question in group.questions {
                    let q = try #require(
                        html.range(of: question.text, range: position..<html.endIndex), "\(question.number)")
                    position = q.upperBound
                    if let examples = question.examples { #expect(html.contains(examples)) }
                }
            }
            #expect(html.contains(AuxiliaryQuestions.groups[3].introduction ?? "-"))
            #expect(html.contains("tiimin oma, ei oppaan"))
            #expect(html.contains("name=\"rating-24\""))
        }
    }

    @Test func aRoundIsSavedAndALaterOneIsComparedWithIt() async throws {
        try await withTestApp { (app, fixture) async throws in
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let base = "/evaluations/\(inclusion.evaluation)/self-evaluations"
            var first = ["selfEvaluationDay": "1.12.2025", "selfEvaluationNote": "Aloitus"]
            for n in 1...24 { first["rating-\(n)"] = "2" }
            first["answer-4"] = "Voi tulla vain katsomaan."
            #expect(try await lead.post(base, form: first).status == .seeOther)
            var second = ["selfEvaluationDay": "1.1.2026", "selfEvaluationNote": "Jatko"]
            for n in 1...23 { second["rating-\(n)"] = "4" }
            second["answer-4"] = "Sivustakatsojana on helppo aloittaa."
            let saved = try await lead.post(base, form: second)
            #expect(saved.status == .seeOther)
            #expect(try await Self.counts(app) == [2, 47])
            let rounds = try await InclusionSelfEvaluationService.rounds(of: inclusion.evaluation, on: app.db)
            #expect(rounds.map(\.day) == ["2025-12-01", "2026-01-01"])
            let page = try await lead.get("\(base)/\(try rounds[1].requireID())")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Rinnakkain: 1.12.2025 ja 1.1.2026."))
            #expect(html.contains("Voi tulla vain katsomaan."))
            #expect(html.contains("Sivustakatsojana on helppo aloittaa."))
            #expect(html.contains("<svg"))
            #expect(html.contains("class=\"auxq-means\""))
            #expect(html.contains("<td>2,0</td><td>4,0</td>"))
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "inclusion-self-evaluation")
                .all()
            #expect(Set(audit.map(\.action)) == ["create", "view"])
            // The report section: the latest round beside the one before it.
            let request = Request(application: app, on: app.eventLoopGroup.next())
            let evaluation = try #require(try await InclusionEvaluation.find(inclusion.evaluation, on: app.db))
            let section = try await AuxiliaryQuestionViews.reportSection(
                context: PageContext(request), evaluation: evaluation, on: request
            ).render()
            #expect(section.contains("Rinnakkain: 1.12.2025 ja 1.1.2026."))
            #expect(section.contains("<svg"))
        }
    }

    @Test func refusedInputLeavesTheDatabaseUnchangedAndNamesTheField() async throws {
        try await withTestApp { (app, fixture) async throws in
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let base = "/evaluations/\(inclusion.evaluation)/self-evaluations"
            let cases: [([String: String], String, String)] = [
                (["selfEvaluationDay": "", "rating-1": "3"], "selfEvaluationDay", "Päivämäärä"),
                (["selfEvaluationDay": "5.1.2026", "rating-1": "3"], "selfEvaluationDay", "tulevaisuudessa"),
                (["selfEvaluationDay": "1.1.2026", "rating-7": "6"], "rating-7", "Arvio kysymykseen 7"),
                (["selfEvaluationDay": "1.1.2026", "rating-7": "x"], "rating-7", "Arvio kysymykseen 7"),
                (
                    ["selfEvaluationDay": "1.1.2026", "answer-3": String(repeating: "a", count: 5001)], "answer-3",
                    "Vastaus kysymykseen 3"
                ),
                (["selfEvaluationDay": "1.1.2026"], "rating-1", "Arvio kysymykseen 1"),
            ]
            for (form, field, message) in cases {
                let response = try await lead.post(base, form: form)
                #expect(response.status == .unprocessableEntity, "\(field)")
                #expect(response.body.string.contains(message), "\(field)")
                #expect(response.body.string.contains("id=\"field-\(field)-error\""), "\(field)")
                #expect(try await Self.counts(app) == [0, 0])
            }
        }
    }

    @Test func theDemoDataLoadsIntoAnEvaluationOnce() async throws {
        try await withTestApp { (app, fixture) async throws in
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            try await DemoSuccessStories.load(evaluationID: inclusion.evaluation, on: app.db)
            try await DemoSuccessStories.load(evaluationID: inclusion.evaluation, on: app.db)
            let interviews = try await InclusionInterview.query(on: app.db).all()
            #expect(interviews.count == DemoSuccessStories.interviews.count)
            for interview in interviews {
                #expect(!ContactRules.containsIdentityCode(interview.pseudonym))
                #expect(interview.$evaluation.id == inclusion.evaluation)
            }
            let stories = try await InclusionStory.query(on: app.db).all()
            #expect(stories.count == 5)
            #expect(stories.contains { $0.chosen })
            #expect(Set(stories.map(\.storyType)).count < stories.count)
            let rounds = try await InclusionSelfEvaluationService.rounds(of: inclusion.evaluation, on: app.db)
            #expect(rounds.count == 2)
            #expect(rounds.allSatisfy { $0.answers.count == 24 })
            #expect(try await InclusionStoryPlan.query(on: app.db).count() == 1)
        }
    }
}
