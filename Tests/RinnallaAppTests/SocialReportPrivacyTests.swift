import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// Security review (issue 13), item 9: the social report covers whole calendar months that
/// have ended, so two reports cannot be subtracted into one day's counts.
@Suite("Social report privacy (issue 13)")
struct SocialReportPrivacyTests {
    /// The attack: ranges one day apart (1.–19.3. and 1.–20.3.2025) would give the three
    /// contacts of 20.3. exactly; both are refused, naming the field, and whole months work.
    @Test func item9_twoRangesADayApartCannotBeDifferenced() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: 12 street contacts on 10.3.2025, 3 phone contacts on 20.3.2025 (the fixture day is 1.1.2026)
            _ = try await SocialReportTests.dataset(app, fixture)
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let api = try await APIClient.loggedIn(app, email: "lead.a@example.fi")
            // act / check: day ranges are refused on the page and in the API
            for range in ["from=1.3.2025&to=19.3.2025", "from=1.3.2025&to=20.3.2025"] {
                let page = try await lead.get("/reports/social?\(range)")
                #expect(page.status == .unprocessableEntity, "\(range)")
                #expect(page.body.string.contains("Päättyen: raportti kattaa kokonaisia kuukausia"))
            }
            let late = try await lead.get("/reports/social?from=11.3.2025&to=31.3.2025")
            #expect(late.status == .unprocessableEntity)
            #expect(late.body.string.contains("Alkaen: raportti kattaa kokonaisia kuukausia"))
            let day = try await api.send(.GET, "/api/v1/reports/social?from=2025-03-01&to=2025-03-19")
            #expect(day.status == .unprocessableEntity)
            #expect(day.body.string.contains("reportTo"))
            let csv = try await lead.get("/reports/social/export?from=1.3.2025&to=20.3.2025&format=comma")
            #expect(csv.status == .unprocessableEntity)
            // A month that has not ended (January 2026 on 1.1.2026) is refused too: looking
            // again tomorrow would give one day's counts.
            let current = try await lead.get("/reports/social?from=1/2025&to=1/2026")
            #expect(current.status == .unprocessableEntity)
            #expect(current.body.string.contains("päättyneet kuukaudet; viimeisin on 12/2025"))
            let currentAPI = try await api.send(.GET, "/api/v1/reports/social?from=2025-12-01&to=2026-01-31")
            #expect(currentAPI.status == .unprocessableEntity)
            // Whole months, written as months or as their first and last days.
            let march = try await lead.get("/reports/social?from=3/2025&to=3/2025")
            #expect(march.status == .ok)
            #expect(march.body.string.contains("id=\"report-whole-months\""))
            #expect(march.body.string.contains("value=\"3/2025\""))
            for range in ["from=2025-03&to=2025-03", "from=2025-03-01&to=2025-03-31", "from=3.2025&to=3.2025"] {
                let json = try await api.send(.GET, "/api/v1/reports/social?\(range)")
                #expect(json.status == .ok, "\(range)")
                let report = try json.content.decode(APIObservationController.SocialReportDTO.self)
                #expect(report.from == "2025-03-01" && report.to == "2025-03-31")
                #expect(report.contacts.value == 15)
            }
            // The default: the twelve months that have ended.
            let standard = try await api.send(.GET, "/api/v1/reports/social").content.decode(
                APIObservationController.SocialReportDTO.self)
            #expect(standard.from == "2025-01-01" && standard.to == "2025-12-31")
        }
    }
}
