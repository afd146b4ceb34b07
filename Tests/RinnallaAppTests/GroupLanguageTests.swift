import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Group and service map pages in Swedish and English")
struct GroupLanguageTests {
    @Test func everyGroupAndPlacePageRendersInEachLanguage() async throws {
        try await withTestApp { (app, fixture) async throws in
            // The places first: they bring the area Itä, which the group then uses.
            let places = try await PlaceFixture.load(on: app)
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let (group, _) = try await GroupAttendanceTests.groupWithMembers(app, fixture, owner)
            let groupID = try group.requireID()
            let session = try #require(try await GroupHelpers.sessions(app, of: group).first)
            let pages = [
                "/groups", "/groups/today", "/groups/new", "/groups/\(groupID)", "/groups/\(groupID)/edit",
                "/groups/\(groupID)/flyer", "/groups/\(groupID)/feedback", "/groups/\(groupID)/feedback/results",
                "/groups/\(groupID)/report", "/sessions/\(try session.requireID())",
                "/sessions/\(try session.requireID())/attendance", "/places", "/places/new",
                "/places/\(places.dAsema)", "/periods/\(fixture.periodB)", "/",
            ]
            for language in [Language.sv, .en] {
                _ = try await owner.post("/account/language", form: ["language": language.rawValue])
                for path in pages {
                    let page = try await owner.get(path)
                    #expect(page.status == .ok, "\(path) in \(language)")
                    let html = page.body.string
                    #expect(html.contains("<html lang=\"\(language.rawValue)\""), "\(path)")
                    // No catalog key shown in place of a text.
                    for key in ["groups.", "groupfeedback.", "place.", "area.", "field.", "nav."] {
                        #expect(!html.contains(">\(key)"), "\(path) shows a raw key \(key) in \(language)")
                    }
                }
            }
        }
    }
}
