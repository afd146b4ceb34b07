import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Demo groups")
struct DemoGroupsTests {
    @Test func theDemoHasAGroupMeetingTodayWithTheCaseloadAsMembers() async throws {
        try await withTestApp { (app, _) async throws in
            // setup
            try await DemoData.load(on: app)
            let today = Day(app.clock.now())
            // check: the groups, each with sessions from its schedule
            let groups = try await ActivityGroup.query(on: app.db).all()
            #expect(Set(groups.map(\.name)) == Set(DemoGroups.seeds.map(\.name)))
            for group in groups {
                let sessions = try await GroupHelpers.sessions(app, of: group)
                #expect(!sessions.isEmpty, "\(group.name)")
                let members = try await GroupEnrolment.query(on: app.db).filter(\.$group.$id == group.requireID())
                    .count()
                #expect(group.enrolledCount == members, "\(group.name)")
            }
            let open = try #require(groups.first { $0.name == DemoGroups.seeds[0].name })
            let session = try #require(
                try await GroupSession.query(on: app.db).filter(\.$group.$id == open.requireID())
                    .filter(\.$day == today.iso).first())
            #expect(session.attendanceSavedAt == nil)
            // The group leader opens today's session from the home page.
            let rasmus = try await Browser.loggedIn(app, email: "rasmus@demo.rinnalla.fi", password: DemoData.password)
            let home = try await rasmus.get("/").body.string
            #expect(home.contains("href=\"/sessions/\(try session.requireID())/attendance\""))
            let attendance = try await rasmus.get("/sessions/\(try session.requireID())/attendance").body.string
            for name in [
                "Skeittari-Nico", "Taiteilija-Tuuli", "Tietäjä-Timo", "Sportti-Adam", "Mervi Mäkinen", "Jari Laine",
            ] {
                #expect(attendance.contains(name), "\(name)")
            }
            // The caseload's worker is told that Timo missed the latest two sessions.
            let sanna = try await Browser.loggedIn(app, email: "sanna@demo.rinnalla.fi", password: DemoData.password)
            let sannaHome = try await sanna.get("/").body.string
            #expect(sannaHome.contains("poissa 2 kertaa peräkkäin"))
            #expect(sannaHome.contains("Tietäjä-Timo"))
            // The catalogue shows them to every worker, and today's group among those meeting today.
            let ilkka = try await Browser.loggedIn(app, email: "ilkka@demo.rinnalla.fi", password: DemoData.password)
            let catalogue = try await ilkka.get("/groups?today=1").body.string
            #expect(catalogue.contains(DemoGroups.seeds[0].name))
        }
    }
}
