import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("The period's pages in Swedish and English")
struct PeriodLanguageTests {
    @Test func everyPeriodPageRendersInEachLanguage() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            try await AllowanceFlowTests.decide(worker, fixture)
            let goals = try await GoalFlowTests.writeGoals(worker, fixture, app: app)
            _ = try await worker.post(
                "/periods/\(fixture.periodB)/plan/agreement", form: ["startDay": "1.1.2026", "goal1": "Rytmi"])
            let pages = [
                "/periods/\(fixture.periodB)", "/periods/\(fixture.periodB)/goals",
                "/goals/\(try goals.main.requireID())",
                "/periods/\(fixture.periodB)/plan", "/periods/\(fixture.periodB)/evaluations",
                "/periods/\(fixture.periodB)/progress", "/periods/\(fixture.periodB)/agreement/print",
                "/clients/\(fixture.clientB)", "/",
            ]
            for language in [Language.sv, .en] {
                _ = try await worker.post("/account/language", form: ["language": language.rawValue])
                for path in pages {
                    let page = try await worker.get(path)
                    #expect(page.status == .ok, "\(path) in \(language)")
                    let html = page.body.string
                    #expect(html.contains("<html lang=\"\(language.rawValue)\""), "\(path)")
                    // The period's own pages carry its tabs; the printout, client page and home do not.
                    let hasTabs = path.hasPrefix("/periods/") && !path.hasSuffix("/print") || path.hasPrefix("/goals/")
                    if hasTabs { #expect(html.contains(Localizer.shared.text(.periodNavGoals, language)), "\(path)") }
                    // No catalog key shown in place of a text.
                    for key in ["goal.", "evaluation.", "period.nav.", "needMapping.", "progress.", "field."] {
                        #expect(!html.contains(">\(key)"), "\(path) shows a raw key \(key) in \(language)")
                    }
                }
            }
        }
    }
}
