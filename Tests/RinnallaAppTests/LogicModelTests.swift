import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// The logic models' pages and JSON (issue 17, item 1).
@Suite("Logic models")
struct LogicModelTests {
    @Test func eachModelIsDrawnInFiveColumnsWithItsCoreElementsAndAdaptations() async throws {
        try await withTestApp { (app, fixture) async throws in
            // act
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let list = try await lead.get("/logic-models")
            // check
            #expect(list.status == .ok)
            for model in OperatingModel.allCases {
                #expect(list.body.string.contains("href=\"/logic-models/\(model.rawValue)\""))
                let page = try await lead.get("/logic-models/\(model.rawValue)")
                #expect(page.status == .ok)
                let html = page.body.string
                let drawn = LogicModels.model(model)
                for column in LogicModelColumn.allCases {
                    #expect(html.contains("id=\"column-\(column.rawValue)\""))
                    for item in drawn.items(column) {
                        #expect(html.contains(Localizer.shared.text(item.text, .fi).htmlEscaped), "\(item.id)")
                    }
                }
                for element in drawn.coreElements {
                    #expect(html.contains("id=\"element-\(element.id)\""))
                }
                for example in drawn.adaptationExamples {
                    #expect(html.contains(Localizer.shared.text(example.text, .fi).htmlEscaped))
                }
                #expect(!html.contains("id=\"logic-model-translation\""), "Finnish is the source")
            }
            _ = fixture
        }
    }

    @Test func inEnglishTheTextsAreMarkedAsTranslationsAndTheAPIKeepsTheFinnish() async throws {
        try await withTestApp { (app, fixture) async throws in
            // act
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            #expect(try await lead.post("/account/language", form: ["language": "en"]).status == .seeOther)
            let page = try await lead.get("/logic-models/social-rehabilitation")
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let response = try await api.send(.GET, "/api/v1/logic-models", language: "en")
            // check
            #expect(page.body.string.contains("id=\"logic-model-translation\""))
            #expect(response.status == .ok)
            let models = try response.content.decode([APILogicModelController.ModelDTO].self)
            #expect(models.map(\.model) == OperatingModel.allCases)
            for model in models {
                #expect(model.columns.map(\.column) == LogicModelColumn.allCases)
                #expect(model.columns.allSatisfy { !$0.items.isEmpty })
                #expect(!model.coreElements.isEmpty)
                let source = LogicModels.model(model.model)
                #expect(
                    model.columns.first { $0.column == .resources }?.items.map(\.fi)
                        == source.resources.map { Localizer.shared.text($0.text, .fi) })
            }
            _ = fixture
        }
    }
}

extension String {
    /// As Plot writes text into HTML.
    fileprivate var htmlEscaped: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
