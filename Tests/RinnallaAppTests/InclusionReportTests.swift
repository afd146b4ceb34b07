import Fluent
import Foundation
import RinnallaCore
import Testing

@testable import RinnallaApp

/// The evaluation report: one printable page of the ESIS results, the success stories and
/// the 24-question self-evaluation.
@Suite("Inclusion evaluation report")
struct InclusionReportTests {
    @Test func theReportCombinesTheThreePartsForThoseWhoManageTheEvaluation() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.evaluator)
            for index in 0..<12 {
                try await InclusionFixture.respond(app, round: inclusion.start, (0..<10).map { (index + $0) % 5 + 1 })
            }
            try await DemoSuccessStories.load(evaluationID: inclusion.evaluation, on: app.db)
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            // act
            let evaluationPage = try await evaluator.get("/evaluations/\(inclusion.evaluation)")
            let report = try await evaluator.get("/evaluations/\(inclusion.evaluation)/report")
            // check
            #expect(evaluationPage.body.string.contains("href=\"/evaluations/\(inclusion.evaluation)/report\""))
            #expect(report.status == .ok)
            let html = report.body.string
            #expect(html.contains("id=\"report-esis\""))
            #expect(html.contains("Pienet onnistumistarinat"))
            #expect(html.contains("id=\"report-self-evaluation\""))
            #expect(!html.contains("Kettu"), "no interviewee pseudonyms in the report")
            // A worker of the unit sees results but not the report; another unit gets 404.
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await worker.get("/evaluations/\(inclusion.evaluation)/report").status == .forbidden)
            #expect(!(try await worker.get("/evaluations/\(inclusion.evaluation)").body.string.contains("/report\"")))
            let other = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            #expect(try await other.get("/evaluations/\(inclusion.evaluation)/report").status == .notFound)
            // Swedish and English without raw catalog keys.
            for language in ["sv", "en"] {
                _ = try await evaluator.post("/account/language", form: ["language": language])
                let page = try await evaluator.get("/evaluations/\(inclusion.evaluation)/report").body.string
                #expect(!page.contains("inclusion.report."), "\(language)")
                #expect(!page.contains("inclusion.parts."), "\(language)")
            }
        }
    }
}
