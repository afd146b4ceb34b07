import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Group catalogue")
struct GroupCatalogueTests {
    @Test func aWorkerAddsAGroupAndItsSessionsAreMadeFromTheSchedule() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let area = try await GroupHelpers.area(app)
            // act
            let response = try await GroupHelpers.post(
                worker, "/groups",
                GroupHelpers.form(unit: fixture.unitB, area: area) + [("leaderIDs[]", fixture.workerB.uuidString)])
            // check
            #expect(response.status == .seeOther)
            let group = try #require(try await ActivityGroup.query(on: app.db).first())
            #expect(group.name == "Hyvä päivä -ryhmä")
            #expect(group.methods == "functional,game-based")
            #expect(group.weekdays == "4" && group.weekdayMask == 8)
            #expect(group.firstDay == "2026-01-01" && group.lastDay == "2026-03-26")
            #expect(group.searchText.contains("bertta työntekijä"))
            #expect(try await GroupLeader.query(on: app.db).all(\.$user.$id) == [fixture.workerB])
            let sessions = try await GroupHelpers.sessions(app, of: group)
            #expect(sessions.count == 13)
            #expect(sessions.first?.day == "2026-01-01" && sessions.last?.day == "2026-03-26")
            #expect(sessions.allSatisfy { $0.place == "Kontulan D-asema" && $0.startMinutes == 600 })
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "group").all()
            #expect(audit.map(\.action) == ["create"])
            let page = try await worker.get("/groups/\(try group.requireID())")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Kokemusasiantuntija Kaisa"))
            #expect(page.body.string.contains("torstai klo 10:00–12:00, joka viikko"))
        }
    }

    @Test func refusedInputNamesTheFieldAndSavesNothing() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let area = try await GroupHelpers.area(app)
            let before = try await tableSnapshot(app)
            let cases: [([String: String], String, String)] = [
                (["groupName": " "], "groupName", "Täytä kenttä: ryhmän nimi."),
                (["aim": "fun"], "aim", "Valitse kenttään tavoite jokin listan vaihtoehdoista."),
                (["weekdays[]": "9"], "weekdays", "Valitse vähintään yksi viikonpäivä."),
                (["startTime": "kymmenen"], "startTime", "Anna kellonaika muodossa 10:00: alkaa klo."),
                (["endTime": "09:00"], "endTime", "Päättymisajan on oltava alkamisajan jälkeen."),
                (["capacity": "0"], "capacity", "Anna paikkojen määrä numerona (1–200)."),
                (["lastDay": "1.12.2025"], "lastDay", "Päättymispäivä ei voi olla ennen alkamispäivää"),
                (["lastDay": "1.1.2029"], "lastDay", "enintään kaksi vuotta"),
                (["groupUnitID": fixture.unitA.uuidString], "groupUnitID", "Valitse yksikkö"),
                (["areaID": UUID().uuidString], "areaID", "Valitse kenttään alue"),
            ]
            for (changes, field, message) in cases {
                let response = try await GroupHelpers.post(
                    worker, "/groups", GroupHelpers.form(unit: fixture.unitB, area: area, changes))
                #expect(response.status == .unprocessableEntity, "\(field)")
                let body = response.body.string
                #expect(body.contains("href=\"#field-\(field)\""), "\(field)")
                #expect(body.contains(message), "\(field): \(message)")
            }
            // A leader who is not staff is refused too.
            let leader = try await GroupHelpers.post(
                worker, "/groups",
                GroupHelpers.form(unit: fixture.unitB, area: area) + [("leaderIDs[]", fixture.admin.uuidString)])
            #expect(leader.status == .unprocessableEntity)
            #expect(try await tableSnapshot(app) == before)
        }
    }

    @Test func anyWorkerSearchesAndFiltersTheWholeCatalogue() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: unit B's groups, searched by unit A's worker
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let east = try await GroupHelpers.area(app, name: "Itä")
            let north = try await GroupHelpers.area(app, name: "Pohjoinen")
            _ = try await GroupHelpers.create(owner, app, unit: fixture.unitB)
            _ = try await GroupHelpers.create(
                owner, app, unit: fixture.unitB,
                [
                    "groupName": "Wertsu-vertaisryhmä", "aim": "peer-support", "areaID": north.uuidString,
                    "weekdays[]": "2", "groupLanguage": "sv", "isOpen": "closed", "capacity": "1",
                    "place": "Malmin raitti 19",
                ])
            _ = try await GroupHelpers.create(
                owner, app, unit: fixture.unitB,
                ["groupName": "Kokkikurssi", "aim": "everyday-skills", "firstDay": "1.6.2025", "lastDay": "1.12.2025"])
            let wertsu = try #require(
                try await ActivityGroup.query(on: app.db).filter(\.$name == "Wertsu-vertaisryhmä").first())
            wertsu.enrolledCount = 1
            try await wertsu.update(on: app.db)
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let auditBefore = try await AuditEvent.query(on: app.db).count()
            func names(_ query: String) async throws -> [String] {
                let response = try await worker.get("/groups?\(query)")
                #expect(response.status == .ok, "\(query)")
                return ["Hyvä päivä -ryhmä", "Wertsu-vertaisryhmä", "Kokkikurssi"].filter {
                    response.body.string.contains(">\($0)</a>")
                }
            }
            // act / check: the clock is at 1.1.2026 (a Thursday), when the first group meets.
            #expect(try await names("") == ["Hyvä päivä -ryhmä", "Wertsu-vertaisryhmä"])
            let listing = try await worker.get("/groups").body.string
            #expect(listing.contains("seuraava kokoontuminen torstai 1.1.2026"))
            #expect(listing.contains("seuraava kokoontuminen tiistai 6.1.2026"))
            #expect(try await names("ended=1") == ["Hyvä päivä -ryhmä", "Wertsu-vertaisryhmä", "Kokkikurssi"])
            #expect(try await names("area=\(north)") == ["Wertsu-vertaisryhmä"])
            #expect(try await names("area=\(east)") == ["Hyvä päivä -ryhmä"])
            #expect(try await names("aim=peer-support") == ["Wertsu-vertaisryhmä"])
            #expect(try await names("weekday=4") == ["Hyvä päivä -ryhmä"])
            #expect(try await names("weekday=2") == ["Wertsu-vertaisryhmä"])
            #expect(try await names("language=sv") == ["Wertsu-vertaisryhmä"])
            #expect(try await names("open=1") == ["Hyvä päivä -ryhmä"])
            #expect(try await names("today=1") == ["Hyvä päivä -ryhmä"])
            #expect(try await names("places=1") == ["Hyvä päivä -ryhmä"])
            #expect(try await names("q=malmin+RAITTI") == ["Wertsu-vertaisryhmä"])
            #expect(try await names("q=bertta").isEmpty)
            #expect(try await names("q=%25") == ["Hyvä päivä -ryhmä", "Wertsu-vertaisryhmä"])
            // The catalogue holds no client data: reading it is not audited.
            #expect(try await AuditEvent.query(on: app.db).count() == auditBefore)
            // Someone who reads no client data has no catalogue.
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            #expect(try await evaluator.get("/groups").status == .forbidden)
        }
    }

    @Test func theCataloguePagesTwentyAtATime() async throws {
        try await withTestApp { (app, fixture) async throws in
            let area = try await GroupHelpers.area(app)
            for index in 1...25 {
                let group = ActivityGroup()
                group.$unit.id = fixture.unitB
                group.$area.id = area
                group.name = String(format: "Ryhmä %02d", index)
                group.nameSort = group.name.lowercased()
                group.searchText = group.nameSort
                group.about = ""
                group.aim = "other"
                group.methods = ""
                group.leaderNames = ""
                group.place = "Stoa"
                group.weekdays = "1"
                group.weekdayMask = 1
                group.startMinutes = 600
                group.endMinutes = 660
                group.intervalWeeks = 1
                group.isOpen = true
                group.capacity = 5
                group.enrolledCount = 0
                group.language = "fi"
                group.accessibility = ""
                group.firstDay = "2026-01-01"
                group.lastDay = "2026-06-30"
                group.$createdBy.id = fixture.workerB
                try await group.create(on: app.db)
            }
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let first = try await worker.get("/groups").body.string
            #expect(first.contains("25 ryhmää"))
            #expect(first.contains(">Ryhmä 20</a>") && !first.contains(">Ryhmä 21</a>"))
            #expect(first.contains("Sivu 1/2") && first.contains("href=\"/groups?page=2\""))
            let second = try await worker.get("/groups?page=2").body.string
            #expect(second.contains(">Ryhmä 21</a>") && second.contains(">Ryhmä 25</a>"))
            #expect(!second.contains(">Ryhmä 20</a>"))
            // A page past the end shows the last one.
            #expect(try await worker.get("/groups?page=99").body.string.contains(">Ryhmä 25</a>"))
        }
    }

    @Test func onlyTheOwningUnitChangesAGroupAndSessionsToComeFollowIt() async throws {
        try await withTestApp { (app, fixture) async throws in
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let group = try await GroupHelpers.create(owner, app, unit: fixture.unitB)
            let groupID = try group.requireID()
            let area = try await GroupHelpers.area(app)
            // Another unit's worker sees the group but cannot change it.
            let other = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await other.get("/groups/\(groupID)").status == .ok)
            #expect(!(try await other.get("/groups/\(groupID)").body.string.contains("/groups/\(groupID)/edit")))
            #expect(try await other.get("/groups/\(groupID)/edit").status == .notFound)
            let before = try await tableSnapshot(app)
            let refused = try await GroupHelpers.post(
                other, "/groups/\(groupID)",
                GroupHelpers.form(unit: fixture.unitB, area: area, ["groupName": "Kaapattu"]))
            #expect(refused.status == .notFound)
            #expect(try await tableSnapshot(app) == before)
            // The owner moves the group on 1.1.2026: today's and later sessions follow.
            #expect(try await owner.get("/groups/\(groupID)/edit").body.string.contains("Hyvä päivä -ryhmä"))
            let moved = try await GroupHelpers.post(
                owner, "/groups/\(groupID)",
                GroupHelpers.form(
                    unit: fixture.unitB, area: area, ["place": "Stoa", "startTime": "13:00", "endTime": "15:00"]))
            #expect(moved.status == .seeOther)
            let sessions = try await GroupHelpers.sessions(app, of: group)
            #expect(sessions.count == 13)
            #expect(sessions.allSatisfy { $0.place == "Stoa" && $0.startMinutes == 780 && $0.endMinutes == 900 })
            // Refused changes leave it as it was.
            let unchanged = try await tableSnapshot(app)
            let bad = try await GroupHelpers.post(
                owner, "/groups/\(groupID)", GroupHelpers.form(unit: fixture.unitB, area: area, ["capacity": "x"]))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("href=\"#field-capacity\""))
            #expect(try await tableSnapshot(app) == unchanged)
            #expect(try await ActivityGroup.find(groupID, on: app.db)?.capacity == 8)
        }
    }

    @Test func aPrintableFlyerInTheChosenLanguage() async throws {
        try await withTestApp { (app, fixture) async throws in
            let owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let group = try await GroupHelpers.create(owner, app, unit: fixture.unitB)
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let finnish = try await worker.get("/groups/\(try group.requireID())/flyer")
            #expect(finnish.status == .ok)
            let fi = finnish.body.string
            #expect(fi.contains("<html lang=\"fi\""))
            #expect(fi.contains("Hyvä päivä -ryhmä") && fi.contains("Tervetuloa mukaan!"))
            #expect(fi.contains("data-print") && fi.contains("flyer-page"))
            #expect(fi.contains("torstai 1.1.2026") && fi.contains("torstai 8.1.2026"))
            let swedish = try await worker.get("/groups/\(try group.requireID())/flyer?lang=sv").body.string
            #expect(swedish.contains("<html lang=\"sv\""))
            #expect(swedish.contains("Välkommen med!") && swedish.contains("torsdag 1.1.2026"))
            #expect(swedish.contains("varje vecka"))
        }
    }
}
