import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Small-cell threshold setting")
struct PrivacySettingsTests {
    static func rows(_ app: Application) async throws -> [String] {
        try await Setting.query(on: app.db).all().map { "\($0.id ?? "")=\($0.value)" }.sorted()
    }

    @Test func anAdminRaisesTheThresholdButCannotGoBelowFive() async throws {
        try await withTestApp { (app, _) async throws in
            #expect(try await OrganisationSettings.load(on: app.db).minimumCellSize == 5)
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let page = try await admin.get("/admin/settings").body.string
            #expect(page.contains("id=\"field-minimumCellSize\""))
            #expect(page.contains(Localizer.shared.text(.fieldMinimumCellSize, .fi)))

            #expect(try await admin.post("/admin/settings/privacy", form: ["minimumCellSize": "8"]).status == .seeOther)
            #expect(try await OrganisationSettings.load(on: app.db).minimumCellSize == 8)
            #expect(try await admin.get("/admin/settings").body.string.contains("value=\"8\""))

            // refused: below 5, not a number, empty, absurdly high — nothing changes
            let before = try await Self.rows(app)
            let audits = try await AuditEvent.query(on: app.db).filter(\.$recordType == "settings").count()
            for value in ["4", "0", "-5", "viisi", "", "5.5", "101"] {
                let response = try await admin.post("/admin/settings/privacy", form: ["minimumCellSize": value])
                #expect(response.status == .unprocessableEntity, "\(value)")
                let html = response.body.string
                #expect(html.contains("id=\"field-minimumCellSize-error\""))
                // The message names the field in the user's language.
                let message = Localizer.shared.text(
                    .privacyMinimumCellSizeInvalid, .fi,
                    ["field": Localizer.shared.text(.fieldMinimumCellSize, .fi), "min": "5", "max": "100"])
                #expect(html.contains(message), "\(value)")
                // What was typed is shown again.
                if !value.isEmpty { #expect(html.contains("value=\"\(value)\"")) }
            }
            #expect(try await Self.rows(app) == before)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$recordType == "settings").count() == audits)
            #expect(try await OrganisationSettings.load(on: app.db).minimumCellSize == 8)
            #expect(try await admin.post("/admin/settings/privacy", form: ["minimumCellSize": "5"]).status == .seeOther)
            #expect(try await OrganisationSettings.load(on: app.db).minimumCellSize == 5)
        }
    }

    @Test func aValueBelowFiveInTheDatabaseStillReadsAsFive() async throws {
        try await withTestApp { (app, _) async throws in
            try await Setting(key: "privacy.minimumCellSize", value: "2").create(on: app.db)
            #expect(try await OrganisationSettings.load(on: app.db).minimumCellSize == 5)
        }
    }

    @Test func onlyAdminsChangeTheThreshold() async throws {
        try await withTestApp { (app, _) async throws in
            let before = try await Self.rows(app)
            for email in ["worker.a@example.fi", "lead.a@example.fi"] {
                let user = try await Browser.loggedIn(app, email: email)
                let post = try await user.post("/admin/settings/privacy", form: ["minimumCellSize": "10"])
                #expect(post.status == .forbidden)
            }
            #expect(try await Self.rows(app) == before)
        }
    }

    @Test func protectedCountsReadInEachLanguage() {
        #expect(ProtectedCountText.text(.shown(12), language: .fi) == "12")
        #expect(ProtectedCountText.text(.fewerThan(5), language: .fi) == "alle 5")
        #expect(ProtectedCountText.text(.fewerThan(8), language: .sv) == "färre än 8")
        #expect(ProtectedCountText.text(.fewerThan(5), language: .en) == "fewer than 5")
        #expect(ProtectedCountText.text(.hidden, language: .fi) == "piilotettu")
        let mean = SmallCellSuppression.summary(responses: 3, threshold: 5) { 71.25 }
        #expect(
            ProtectedCountText.text(mean, language: .fi) { String($0) } == "Ei näytetä: alle 5 vastausta.")
        let shown = SmallCellSuppression.summary(responses: 30, threshold: 5) { 71.25 }
        #expect(ProtectedCountText.text(shown, language: .fi) { String($0) } == "71.25")
    }
}

@Suite("QR poster")
struct QRPosterTests {
    @Test func thePosterHasTheCodeWithItsTitleAndTheLinkWrittenOut() throws {
        let link = "https://rinnalla.example.fi/f/AbC123xyz"
        let html = try QRPoster.node(link: link, heading: "Ryhmän <palaute>", id: "round-1", language: .fi).render()
        #expect(html.contains("<section class=\"qr-poster\" id=\"round-1\" aria-labelledby=\"round-1-heading\">"))
        #expect(html.contains("<h2 id=\"round-1-heading\">Ryhmän &lt;palaute&gt;</h2>"))
        // The SVG is inline, titled for screen readers, and the same as the encoder makes.
        let title = "QR-koodi, joka avaa osoitteen \(link)"
        #expect(html.contains("<title id=\"round-1-code-title\">\(title)</title>"))
        #expect(html.contains("aria-labelledby=\"round-1-code-title\""))
        #expect(html.contains(try QRCode(text: link).svg(title: title, id: "round-1-code")))
        // The link is written out below the code (after it in the document).
        let code = try #require(html.range(of: "</svg>"))
        let written = try #require(html.range(of: "<p class=\"qr-poster-link\"><a href=\"\(link)\">\(link)</a></p>"))
        #expect(code.upperBound <= written.lowerBound)
        #expect(html.contains(Localizer.shared.text(.qrposterScan, .fi)))
        #expect(html.contains("class=\"hint no-print\""))
    }

    @Test func thePosterSpeaksTheUsersLanguage() throws {
        let link = "https://rinnalla.example.fi/f/x"
        let html = try QRPoster.node(link: link, heading: "Feedback", language: .en).render()
        #expect(html.contains("<title id=\"qr-poster-code-title\">QR code that opens \(link)</title>"))
        #expect(html.contains("Open with your phone's camera"))
        let swedish = try QRPoster.node(link: link, heading: "Respons", language: .sv).render()
        #expect(swedish.contains("QR-kod som öppnar adressen"))
    }

    @Test func theStylesheetPrintsThePosterLarge() throws {
        let css = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
                "../../Public/css/app.css"), encoding: .utf8)
        #expect(css.contains(".qr-poster-code svg { width: 12cm; height: 12cm; }"))
    }
}
