import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("The social report")
struct SocialReportTests {
    /// Contacts written straight to the database, as the contact form would (the topic
    /// rows get their contact's unit, day and area from the database's trigger).
    static func contacts(
        _ app: Application, _ count: Int, unit: UUID, by worker: UUID, day: String, channel: ContactChannel,
        area: UUID?, topics: [ContactTopic]
    ) async throws -> [UUID] {
        var ids: [UUID] = []
        for _ in 0..<count {
            let contact = Contact()
            contact.clientMadeID = UUID()
            contact.$unit.id = unit
            contact.$recordedBy.id = worker
            contact.day = day
            contact.channel = channel.rawValue
            contact.$area.id = area
            contact.ageGroup = PerceivedAgeGroup.from25to34.rawValue
            contact.language = "fi"
            contact.followUpAgreed = false
            try await contact.create(on: app.db)
            for topic in topics {
                let row = ContactTopicRow()
                row.$contact.id = try contact.requireID()
                row.topic = topic.rawValue
                try await row.create(on: app.db)
            }
            ids.append(try contact.requireID())
        }
        return ids
    }

    static func servicePath(_ app: Application, _ kind: ServicePathKind) async throws -> UUID {
        let path = ServicePath()
        path.name = "Talous- ja velkaneuvonta"
        path.kind = kind.rawValue
        path.description = ""
        path.howToRefer = "Soita."
        path.openingHours = "ma–pe"
        path.isActive = true
        try await path.create(on: app.db)
        return try path.requireID()
    }

    static func referrals(
        _ app: Application, _ contacts: [UUID], unit: UUID, by worker: UUID, path: UUID, method: ReferralMethod,
        outcome: ReferralOutcome, day: String
    ) async throws {
        for contact in contacts {
            let referral = Referral()
            referral.$unit.id = unit
            referral.$servicePath.id = path
            referral.$contact.id = contact
            referral.method = method.rawValue
            referral.day = day
            referral.$madeBy.id = worker
            referral.outcome = outcome.rawValue
            try await referral.create(on: app.db)
        }
    }

    /// Unit A in 2025: 12 street contacts in March (Itä, housing), 3 by phone in March (no
    /// area, debt), 6 online in May (Itä, housing and debt); 8 escorted to debt counselling
    /// of which 6 reached it; plus rows that must not count (unit B, 2024).
    static func dataset(_ app: Application, _ fixture: Fixture) async throws -> PlaceFixture {
        let places = try await PlaceFixture.load(on: app)
        let street = try await contacts(
            app, 12, unit: fixture.unitA, by: fixture.workerA, day: "2025-03-10", channel: .street, area: places.ita,
            topics: [.housing])
        _ = try await contacts(
            app, 3, unit: fixture.unitA, by: fixture.workerA, day: "2025-03-20", channel: .phone, area: nil,
            topics: [.debt])
        _ = try await contacts(
            app, 6, unit: fixture.unitA, by: fixture.workerA, day: "2025-05-02", channel: .online, area: places.ita,
            topics: [.housing, .debt])
        _ = try await contacts(
            app, 7, unit: fixture.unitB, by: fixture.workerB, day: "2025-03-10", channel: .phone, area: nil,
            topics: [.debt])
        _ = try await contacts(
            app, 2, unit: fixture.unitA, by: fixture.workerA, day: "2024-12-31", channel: .phone, area: nil,
            topics: [.debt])
        let path = try await servicePath(app, .debtCounselling)
        try await referrals(
            app, Array(street.prefix(6)), unit: fixture.unitA, by: fixture.workerA, path: path, method: .escorted,
            outcome: .reached, day: "2025-03-10")
        try await referrals(
            app, Array(street.dropFirst(6).prefix(2)), unit: fixture.unitA, by: fixture.workerA, path: path,
            method: .escorted, outcome: .notReached, day: "2025-03-11")
        return places
    }

    static let range = "from=1.1.2025&to=31.12.2025"

    @Test func theCountsAreRightAndSmallCellsAreProtected() async throws {
        try await withTestApp { (app, fixture) async throws in
            let places = try await Self.dataset(app, fixture)
            let query = SocialReportService.Query(
                unitID: fixture.unitA, from: Day(2025, 1, 1), to: Day(2025, 12, 31), areaID: nil)
            let counts = try await SocialReportService.counts(query, areaIDs: [places.ita, places.lansi], on: app.db)
            #expect(counts.months.count == 12)
            let channels = ContactChannel.allCases
            #expect(counts.channelByMonth[2][channels.firstIndex(of: .street)!] == 12)
            #expect(counts.channelByMonth[2][channels.firstIndex(of: .phone)!] == 3)
            #expect(counts.channelByMonth[4][channels.firstIndex(of: .online)!] == 6)
            #expect(counts.channelByMonth.joined().reduce(0, +) == 21)
            #expect(counts.byArea == [18, 0, 3])
            let topics = ContactTopic.allCases
            #expect(counts.byTopic[topics.firstIndex(of: .housing)!] == 18)
            #expect(counts.byTopic[topics.firstIndex(of: .debt)!] == 9)
            let escorted = ReferralMethod.allCases.firstIndex(of: .escorted)!
            let reached = ReferralOutcome.allCases.firstIndex(of: .reached)!
            let notReached = ReferralOutcome.allCases.firstIndex(of: .notReached)!
            #expect(counts.referralsByMethod[escorted][reached] == 6)
            #expect(counts.referralsByMethod[escorted][notReached] == 2)
            #expect(counts.referralsByKind[ServicePathKind.allCases.firstIndex(of: .debtCounselling)!][reached] == 6)
            // The area filter narrows contacts, topics and the referrals made at them.
            let ita = try await SocialReportService.counts(
                .init(unitID: fixture.unitA, from: Day(2025, 1, 1), to: Day(2025, 12, 31), areaID: places.ita),
                areaIDs: [places.ita, places.lansi], on: app.db)
            #expect(ita.byArea == [18, 0, 0] && ita.byTopic[topics.firstIndex(of: .debt)!] == 6)
            #expect(ita.referralsByMethod[escorted][reached] == 6)

            let report = try await SocialReportService.report(query, on: app.db)
            let phone = channels.firstIndex(of: .phone)!
            #expect(report.channelByMonth.columnTotals[phone] == .fewerThan(5))
            #expect(report.channelByMonth.total == .shown(21))
            // Complementary: with "no area" below 5, Itä's 18 is hidden too (21 − 18 = 3).
            #expect(report.byArea.cells == [.hidden, .shown(0), .fewerThan(5)])
            #expect(report.referralsByMethod.cells[escorted][notReached] == .fewerThan(5))
        }
    }

    @Test func thePageTheCSVFilesAndTheAPIShowFewerThanFiveNeverTheNumber() async throws {
        try await withTestApp { (app, fixture) async throws in
            _ = try await Self.dataset(app, fixture)
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let page = try await lead.get("/reports/social?\(Self.range)")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("id=\"suppression-note\""))
            #expect(html.contains("<dd id=\"contacts-total\">21</dd>"))
            #expect(html.contains("alle 5"))
            #expect(html.contains("piilotettu"))
            #expect(html.contains("id=\"channel-chart-title\"") && html.contains("id=\"by-channel\""))
            #expect(!html.contains(">3<"))
            _ = try await lead.post("/account/language", form: ["language": "en"])
            let english = try await lead.get("/reports/social?\(Self.range)").body.string
            #expect(english.contains("fewer than 5"))

            let semicolon = try await lead.get("/reports/social/export?\(Self.range)&format=semicolon")
            #expect(semicolon.status == .ok)
            #expect(semicolon.headers.contentType?.description.hasPrefix("text/csv") == true)
            let bytes = Array(semicolon.body.readableBytesView)
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            let csv = semicolon.body.string
            #expect(csv.contains("Phone;<5\r\n"))
            // Street's 12 is hidden so that phone's 3 cannot be worked out from the total.
            #expect(csv.contains("Street;hidden\r\n") && csv.contains("Online;6\r\n"))
            #expect(csv.contains("Contacts in all;21\r\n"))
            #expect(!csv.contains(";3\r\n") && !csv.contains(";3;"))
            let comma = try await lead.get("/reports/social/export?\(Self.range)&format=comma")
            #expect(!Array(comma.body.readableBytesView).starts(with: [0xEF, 0xBB, 0xBF]))
            #expect(comma.body.string.contains("Phone,<5\r\n"))
            #expect(comma.body.string.contains("Outreach to a shared space,0\r\n"))

            let api = try await APIClient.loggedIn(app, email: "lead.a@example.fi")
            let json = try await api.send(.GET, "/api/v1/reports/social?from=2025-01-01&to=2025-12-31")
            #expect(json.status == .ok)
            let report = try json.content.decode(APIObservationController.SocialReportDTO.self)
            #expect(report.contacts.value == 21 && report.threshold == 5)
            let phone = try #require(report.byChannel.first { $0.key == "phone" })
            #expect(phone.count.fewerThan == 5 && phone.count.value == nil)
            #expect(report.byArea.last?.key == "none" && report.byArea.last?.count.fewerThan == 5)
            #expect(report.byArea.first?.count.hidden == true)
            #expect(!json.body.string.contains("\"value\":3"))
            let exports = try await AuditEvent.query(on: app.db).filter(\.$recordType == "social-report").all(\.$action)
            #expect(exports.contains("view") && exports.contains("export"))
        }
    }

    @Test func aHigherThresholdFromTheSettingApplies() async throws {
        try await withTestApp { (app, fixture) async throws in
            _ = try await Self.dataset(app, fixture)
            try await OrganisationSettings.save(minimumCellSize: 10, on: app.db)
            let api = try await APIClient.loggedIn(app, email: "lead.a@example.fi")
            let report = try await api.send(.GET, "/api/v1/reports/social?from=2025-01-01&to=2025-12-31").content
                .decode(APIObservationController.SocialReportDTO.self)
            #expect(report.threshold == 10)
            #expect(report.byChannel.first { $0.key == "online" }?.count.fewerThan == 10)
        }
    }

    @Test func onlyTheUnitsOwnPeopleSeeItsReport() async throws {
        try await withTestApp { (app, fixture) async throws in
            _ = try await Self.dataset(app, fixture)
            for email in ["worker.a@example.fi", "lead.a@example.fi", "evaluator@example.fi"] {
                let client = try await Browser.loggedIn(app, email: email)
                #expect(try await client.get("/reports/social?unit=\(fixture.unitA)&\(Self.range)").status == .ok)
                #expect(
                    try await client.get("/reports/social?unit=\(fixture.unitB)&\(Self.range)").status == .notFound,
                    "\(email)")
                #expect(
                    try await client.get("/reports/social/export?unit=\(fixture.unitB)").status == .notFound)
                let api = try await APIClient.loggedIn(app, email: email)
                #expect(try await api.send(.GET, "/api/v1/reports/social?unit=\(fixture.unitB)").status == .notFound)
            }
            // Unit B's worker sees unit B's seven contacts, never unit A's.
            let other = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let report = try await other.send(.GET, "/api/v1/reports/social?from=2025-01-01&to=2025-12-31").content
                .decode(APIObservationController.SocialReportDTO.self)
            #expect(report.unitID == fixture.unitB && report.contacts.value == 7)
            // The admin has no part in any unit's report.
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            #expect(try await admin.get("/reports/social?unit=\(fixture.unitA)").status == .notFound)
        }
    }

    @Test func refusedDatesAnswer422AndNameTheField() async throws {
        try await withTestApp { (app, _) async throws in
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let before = try await tableSnapshot(app)
            let reversed = try await lead.get("/reports/social?from=1.6.2025&to=31.1.2025")
            #expect(reversed.status == .unprocessableEntity)
            #expect(reversed.body.string.contains("Päättyen: päättymispäivä on ennen alkamispäivää."))
            let long = try await lead.get("/reports/social?from=1.1.2020&to=31.1.2025")
            #expect(long.status == .unprocessableEntity)
            #expect(long.body.string.contains("enintään 36 kuukautta"))
            #expect(try await lead.get("/reports/social?from=x").status == .unprocessableEntity)
            let api = try await APIClient.loggedIn(app, email: "lead.a@example.fi")
            let refused = try await api.send(.GET, "/api/v1/reports/social?from=2025-06-01&to=2025-01-31")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("päättymispäivä") && refused.body.string.contains("reportTo"))
            // Reading the report writes audit rows only (and the API login its token).
            var after = try await tableSnapshot(app)
            var expected = before
            for table in ["audit", "sessions"] {
                after[table] = nil
                expected[table] = nil
            }
            #expect(after == expected)
        }
    }

    @Test func workersChooseTheObservationsThatGoIntoTheReport() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            for text in ["Ensimmäinen havainto.", "Toinen havainto."] {
                _ = try await worker.post(
                    "/observations",
                    form: ObservationTests.form(["observationText": text, "observationDay": "1.6.2025"]))
            }
            let observations = try await Observation.query(on: app.db).sort(\.$text).all()
            let ids = try observations.map { try $0.requireID() }
            let page = try await worker.get("/reports/social?\(Self.range)").body.string
            #expect(page.contains("id=\"choose-form\"") && page.contains("id=\"report-no-observations\""))
            let saved = try await worker.post(
                "/reports/social/observations?\(Self.range)",
                form: [
                    "unitID": fixture.unitA.uuidString, "shown": ids.map(\.uuidString).joined(separator: ","),
                    "chosen-\(ids[0].uuidString)": "on",
                ])
            #expect(saved.status == .seeOther)
            #expect(try await Observation.find(ids[0], on: app.db)?.inReport == true)
            #expect(try await Observation.find(ids[1], on: app.db)?.inReport == false)
            let report = try await worker.get("/reports/social?\(Self.range)").body.string
            #expect(report.contains("id=\"report-observations\"") && report.contains("Ensimmäinen havainto."))
            // The evaluator reads the chosen observation but gets no choice to make.
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            let read = try await evaluator.get("/reports/social?\(Self.range)").body.string
            #expect(read.contains("Ensimmäinen havainto.") && !read.contains("Toinen havainto."))
            #expect(!read.contains("id=\"choose-form\""))
            // Another unit's worker cannot choose for unit A.
            let other = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let refused = try await other.post(
                "/reports/social/observations",
                form: [
                    "unitID": fixture.unitA.uuidString, "shown": ids[1].uuidString, "chosen-\(ids[1].uuidString)": "on",
                ])
            #expect(refused.status == .notFound)
            #expect(try await Observation.find(ids[1], on: app.db)?.inReport == false)
        }
    }

    @Test func theTopicCopyFollowsAChangedContact() async throws {
        try await withTestApp { (app, fixture) async throws in
            let places = try await PlaceFixture.load(on: app)
            let ids = try await Self.contacts(
                app, 1, unit: fixture.unitA, by: fixture.workerA, day: "2025-03-10", channel: .street, area: nil,
                topics: [.housing])
            let contact = try #require(try await Contact.find(ids[0], on: app.db))
            contact.day = "2025-04-01"
            contact.$area.id = places.lansi
            try await contact.update(on: app.db)
            let row = try #require(
                try await (app.db as! any SQLDatabase).raw("SELECT day, area_id, unit_id FROM contact_topics").first())
            #expect(try row.decode(column: "day", as: String.self) == "2025-04-01")
            #expect(try row.decode(column: "area_id", as: UUID?.self) == places.lansi)
            #expect(try row.decode(column: "unit_id", as: UUID.self) == fixture.unitA)
        }
    }

    @Test func theReportAndObservationPagesRenderInEachLanguage() async throws {
        try await withTestApp { (app, fixture) async throws in
            _ = try await Self.dataset(app, fixture)
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            _ = try await worker.post("/observations", form: ObservationTests.form())
            let id = try #require(try await Observation.query(on: app.db).first()?.requireID())
            let pages = [
                "/observations", "/observations/new", "/observations/\(id)/edit", "/reports/social?\(Self.range)",
            ]
            for language in [Language.fi, .sv, .en] {
                _ = try await worker.post("/account/language", form: ["language": language.rawValue])
                for path in pages {
                    let page = try await worker.get(path)
                    #expect(page.status == .ok, "\(path) in \(language)")
                    let html = page.body.string
                    for key in ["observation.", "socialreport.", "field.", "nav.", "contact.", "referral.", "privacy."]
                    {
                        #expect(!html.contains(">\(key)"), "\(path) shows a raw key \(key) in \(language)")
                    }
                }
                let csv = try await worker.get("/reports/social/export?\(Self.range)").body.string
                #expect(!csv.contains("socialreport.") && !csv.contains("contact.channel"))
            }
        }
    }
}
