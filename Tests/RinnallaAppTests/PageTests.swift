import Fluent
import Foundation
import Plot
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Pages, languages and headers")
struct PageTests {
    @Test(arguments: [("sv-FI,sv;q=0.9,en;q=0.5", "sv"), ("en-GB", "en"), ("de-DE", "fi"), ("", "fi")])
    func acceptLanguageChoosesTheLoginPageLanguage(header: String, expected: String) async throws {
        try await withTestApp { (app, _) async throws in
            let client = Browser(app)
            client.setHeader("Accept-Language", header)
            let page = try await client.get("/login")
            #expect(page.body.string.contains("<html lang=\"\(expected)\""))
            #expect(page.body.string.contains(Localizer.shared.text(.loginTitle, Language(rawValue: expected)!)))
        }
    }

    @Test func aLanguageLinkIsRemembered() async throws {
        try await withTestApp { (app, _) async throws in
            let client = Browser(app)
            #expect(try await client.get("/login?lang=en").body.string.contains("<html lang=\"en\""))
            #expect(try await client.get("/login").body.string.contains("<html lang=\"en\""))
        }
    }

    @Test func theUsersLanguageChoiceIsStored() async throws {
        try await withTestApp { (app, fixture) async throws in
            let client = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await client.get("/").body.string.contains("<html lang=\"fi\""))
            let response = try await client.post("/account/language", form: ["language": "sv"])
            #expect(response.status == .seeOther)
            let home = try await client.get("/")
            #expect(home.body.string.contains("<html lang=\"sv\""))
            #expect(home.body.string.contains(Localizer.shared.text(.homeYourUnits, .sv)))
            #expect(try await User.find(fixture.workerA, on: app.db)?.language == "sv")
            let invalid = try await client.post("/account/language", form: ["language": "de"])
            #expect(invalid.status == .unprocessableEntity)
        }
    }

    @Test func securityHeadersAreOnEveryResponse() async throws {
        try await withTestApp { (app, _) async throws in
            for path in ["/login", "/", "/healthz", "/nowhere", "/css/app.css", "/api/v1/me"] {
                let response = try await Browser(app).get(path)
                let csp = response.headers.first(name: "Content-Security-Policy") ?? ""
                #expect(csp.contains("frame-ancestors 'none'"), "\(path)")
                #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "\(path)")
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(path)")
                #expect(response.headers.first(name: "Referrer-Policy") != nil, "\(path)")
            }
        }
    }

    @Test func pagesHaveNoInlineScriptsOrStyles() async throws {
        try await withTestApp { (app, _) async throws in
            let client = try await Browser.loggedIn(app, email: "admin@example.fi")
            for path in ["/", "/admin/users", "/admin/units", "/admin/logins", "/account/password"] {
                let html = try await client.get(path).body.string
                #expect(!html.contains("<script>"), "\(path)")
                #expect(!html.contains("style="), "\(path)")
                #expect(!html.contains(" onclick="), "\(path)")
            }
        }
    }

    @Test func unknownPagesGetALocalisedErrorPageAndTheAPIGetsJSON() async throws {
        try await withTestApp { (app, _) async throws in
            let client = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let page = try await client.get("/units/\(UUID())")
            #expect(page.status == .notFound)
            #expect(page.body.string.contains(Localizer.shared.text(.errorNotFound, .fi)))
            let api = try await Browser(app).get("/api/v1/nothing")
            #expect(api.status == .notFound)
            #expect(api.body.string.contains("\"error\""))
        }
    }

    @Test func healthAndReadiness() async throws {
        try await withTestApp { (app, _) async throws in
            #expect(try await Browser(app).get("/healthz").status == .ok)
            #expect(try await Browser(app).get("/readyz").body.string.contains("ready"))
        }
    }

    @Test(arguments: ["worker.a@example.fi", "lead.a@example.fi", "admin@example.fi", "evaluator@example.fi"])
    func theHomePageTellsEachRoleWhatToDoNext(email: String) async throws {
        try await withTestApp { (app, _) async throws in
            let client = try await Browser.loggedIn(app, email: email)
            let html = try await client.get("/").body.string
            #expect(html.contains(Localizer.shared.text(.homeNextSteps, .fi)))
            let expected: L10nKey =
                switch email {
                case "worker.a@example.fi": .homeWorkerNext
                case "lead.a@example.fi": .homeTeamLeadNext
                case "admin@example.fi": .homeAdminNext
                default: .homeEvaluatorNext
                }
            #expect(html.contains(Localizer.shared.text(expected, .fi)))
        }
    }

    @Test func theUnitPageListsTheTeam() async throws {
        try await withTestApp { (app, fixture) async throws in
            let client = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let html = try await client.get("/units/\(fixture.unitA)").body.string
            #expect(html.contains("Leena Esihenkilö"))
            #expect(!html.contains("Bertta"))
        }
    }
}

@Suite("Components")
struct ComponentTests {
    @Test func anEmptyOptionStillHasAnEmptyValue() {
        let html = Node<HTML.BodyContext>.select(
            .attribute(named: "name", value: "x"), Components.optionNode(value: "", label: "ei mitään", selected: false)
        ).render()
        #expect(html.contains("<option value>ei mitään</option>") || html.contains("<option value=\"\">"))
    }
}
