import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("The worker's day: home page reminders")
struct WorkerDayTests {
    static let day: TimeInterval = 86_400

    static func reminderViews(_ app: Application) async throws -> Int {
        try await AuditEvent.query(on: app.db).filter(\.$recordType == "worker-reminders").count()
    }

    @Test func storedDaysAreReadByHand() {
        #expect(Day(iso: "2024-01-04") == Day(2024, 1, 4))
        #expect(Day(iso: "2024-1-4") == Day(2024, 1, 4))
        #expect(Day(iso: "2024-12-31") == Day(2024, 12, 31))
        for bad in [
            "", "2024", "2024-01", "2024-01-", "-01-04", "2024-01-04-", "2024-0a-04", "2024/01/04", "20245-01-04",
        ] {
            #expect(Day(iso: bad) == nil, "\(bad)")
        }
    }

    @Test func theHomePageListsTheWorkersMeetingsAndRemindersForTheirOwnClientsOnly() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: unit B's period decided 1.1.–31.3.2026, a meeting today, one on Friday, one cancelled
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            try await AllowanceFlowTests.decide(worker, fixture)
            try await AllowanceFlowTests.meeting(worker, fixture, day: "1.1.2026", status: "planned")
            try await AllowanceFlowTests.meeting(worker, fixture, day: "2.1.2026", status: "realised")
            try await AllowanceFlowTests.meeting(worker, fixture, day: "3.1.2026", status: "cancelled")
            try await AllowanceFlowTests.meeting(worker, fixture, day: "8.1.2026", status: "planned")
            let today = try #require(try await Meeting.query(on: app.db).filter(\.$day == "2026-01-01").first())
            // act
            let views = try await Self.reminderViews(app)
            let home = try await worker.get("/")
            // check
            #expect(home.status == .ok)
            let html = home.body.string
            #expect(html.contains("href=\"/meetings/\(try today.requireID())\""))
            #expect(html.contains("10:00 Bea Asiakas"))
            #expect(html.contains("2.1. 10:00 Bea Asiakas"))
            #expect(!html.contains("3.1. 10:00"), "cancelled meetings are left out")
            #expect(!html.contains("8.1. 10:00"), "next week is not this week")
            #expect(html.contains(Localizer.shared.text(.workerdayRhythmNotYet, .fi)))
            #expect(html.contains(Localizer.shared.text(.workerdayEndingNone, .fi)))
            #expect(html.contains(Localizer.shared.text(.workerdayAllowancesNone, .fi)))
            // interim evaluations are listed (none due yet); self-assessments not yet filled
            #expect(html.contains(Localizer.shared.text(.workerdayInterimNone, .fi)))
            #expect(try await Self.reminderViews(app) == views + 1, "one audit row for the whole page")
            // a worker of unit A sees none of it
            let other = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let otherHome = try await other.get("/").body.string
            #expect(!otherHome.contains("Bea Asiakas"))
            #expect(otherHome.contains(Localizer.shared.text(.workerdayMeetingsTodayNone, .fi)))
            // an administrator gets no reminders and no audit row for them
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let before = try await Self.reminderViews(app)
            #expect(!(try await admin.get("/").body.string.contains(Localizer.shared.text(.workerdayHeading, .fi))))
            #expect(try await Self.reminderViews(app) == before)
        }
    }

    @Test func midMonthRhythmEndingDecisionAndAllowanceToDecide() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: one realised meeting in January and one in February
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            try await AllowanceFlowTests.decide(worker, fixture)
            try await AllowanceFlowTests.meeting(worker, fixture, day: "2.1.2026", status: "realised")
            try await AllowanceFlowTests.meeting(worker, fixture, day: "3.2.2026", status: "realised")
            // act: 16.2.2026 — mid-February, January ended undecided
            fixture.clock.advance(by: 46 * Self.day)
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let february = try await api.send(.GET, "/api/v1/me/reminders")
            #expect(february.status == .ok)
            let r = try february.content.decode(APIWorkerDayController.RemindersDTO.self)
            // check
            #expect(r.today == "2026-02-16")
            #expect(r.fewMeetings?.map(\.clientName) == ["Bea Asiakas"])
            #expect(r.fewMeetings?.first?.realisedThisMonth == 1)
            #expect(r.allowancesToDecide.map(\.firstDay) == ["2026-01-01"])
            #expect(r.allowancesToDecide.first?.sumCents == 900)
            #expect(r.decisionsEnding.isEmpty)
            #expect(r.interimEvaluationsDue?.isEmpty == true)
            // deciding January removes it from the list
            let later = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let decided = try await later.post("/periods/\(fixture.periodB)/allowances", form: ["month": "1.1.2026"])
            #expect(decided.status == .seeOther)
            let page = try await later.get("/").body.string
            #expect(page.contains(Localizer.shared.text(.workerdayAllowancesNone, .fi)))
            #expect(page.contains("href=\"/periods/\(fixture.periodB)#meetings\""))
            // act: 12.3.2026 — the decision ends 31.3. in 19 days
            fixture.clock.advance(by: 24 * Self.day)
            let march = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let m = try await march.send(.GET, "/api/v1/me/reminders").content.decode(
                APIWorkerDayController.RemindersDTO.self)
            #expect(m.decisionsEnding.map(\.lastDay) == ["2026-03-31"])
            #expect(m.decisionsEnding.first?.daysLeft == 19)
            #expect(m.allowancesToDecide.map(\.firstDay) == ["2026-02-01"])
            let html = try await Browser.loggedIn(app, email: "worker.b@example.fi").get("/").body.string
            #expect(html.contains("päätös 1.1.-31.3.2026 päättyy 19 päivän päästä"))
            // a continuation decision takes it off the list
            var form = DecisionTests.form
            form["firstDay"] = "1.4.2026"
            form["lastDay"] = "30.6.2026"
            form["action"] = "save"
            let continued = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            #expect(try await continued.post("/periods/\(fixture.periodB)/decisions", form: form).status == .seeOther)
            let after = try await march.send(.GET, "/api/v1/me/reminders").content.decode(
                APIWorkerDayController.RemindersDTO.self)
            #expect(after.decisionsEnding.isEmpty)
        }
    }

    @Test func aClientWithoutAResponsibleWorkerBelongsToTheWorkerWhoStartedThePeriod() async throws {
        try await withTestApp { (app, fixture) async throws in
            let client = try #require(try await ClientRecord.find(fixture.clientB, on: app.db))
            client.$responsibleWorker.id = nil
            try await client.update(on: app.db)
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            try await AllowanceFlowTests.decide(worker, fixture)
            try await AllowanceFlowTests.meeting(worker, fixture, day: "2.1.2026", status: "realised")
            fixture.clock.advance(by: 46 * Self.day)
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let r = try await api.send(.GET, "/api/v1/me/reminders").content.decode(
                APIWorkerDayController.RemindersDTO.self)
            #expect(r.allowancesToDecide.map(\.clientName) == ["Bea Asiakas"])
        }
    }
}

@Suite("Activity money pages and API")
struct ActivityMoneyTests {
    static func expenses(_ app: Application) async throws -> Int {
        try await ActivityMoneyExpense.query(on: app.db).count()
    }

    @Test func aSocialWorkerHas150EurosAndAnExpenseAboveTheBalanceIsRefused() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let page = try await worker.get("/account/activity-money")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("150,00\u{00A0}€"))
            #expect(page.body.string.contains("Adam Asiakas"), "own clients are offered")
            // act
            let saved = try await worker.post(
                "/account/activity-money",
                form: ["day": "1.1.2026", "sum": "12,50", "purpose": "Kahvit", "clientID": fixture.clientA.uuidString])
            // check
            #expect(saved.status == .seeOther)
            #expect(try await Self.expenses(app) == 1)
            let expense = try #require(try await ActivityMoneyExpense.query(on: app.db).first())
            #expect(expense.amountCents == 1250 && expense.year == 2026 && expense.$unit.id == fixture.unitA)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "activity-money-expense").all()
            #expect(audit.count == 1 && audit.first?.clientID == fixture.clientA)
            #expect(try await worker.get("/account/activity-money").body.string.contains("137,50\u{00A0}€"))
            // refused: above the balance, the field named, nothing saved
            let over = try await worker.post(
                "/account/activity-money", form: ["day": "1.1.2026", "sum": "137,51", "purpose": "Museo"])
            #expect(over.status == .unprocessableEntity)
            #expect(
                over.body.string.contains(
                    Localizer.shared.text(.activityMoneyOverBalance, .fi, ["remaining": "137,50\u{00A0}€"])))
            #expect(over.body.string.contains("id=\"field-sum-error\""))
            #expect(try await Self.expenses(app) == 1)
            // exactly the balance fits
            let rest = try await worker.post(
                "/account/activity-money", form: ["day": "1.1.2026", "sum": "137,50", "purpose": "Museo"])
            #expect(rest.status == .seeOther)
            #expect(try await Self.expenses(app) == 2)
        }
    }

    @Test func invalidExpensesAreRefusedWithTheFieldNamed() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let cases: [([String: String], String, L10nKey)] = [
                (["day": "32.1.2026", "sum": "5", "purpose": "x"], "day", .errorDateInvalid),
                (["day": "2.1.2026", "sum": "5", "purpose": "x"], "day", .activityMoneyDayInFuture),
                (["day": "1.1.2026", "sum": "viisi", "purpose": "x"], "sum", .activityMoneySumInvalid),
                (["day": "1.1.2026", "sum": "0", "purpose": "x"], "sum", .activityMoneySumInvalid),
                (["day": "1.1.2026", "sum": "5", "purpose": "  "], "purpose", .activityMoneyPurposeRequired),
                (
                    ["day": "1.1.2026", "sum": "5", "purpose": "x", "clientID": fixture.clientB.uuidString], "clientID",
                    .activityMoneyClientInvalid
                ),
            ]
            let before = try await tableSnapshot(app)
            for (form, field, key) in cases {
                let response = try await worker.post("/account/activity-money", form: form)
                #expect(response.status == .unprocessableEntity, "\(form)")
                #expect(response.body.string.contains("id=\"field-\(field)-error\""), "\(form)")
                #expect(response.body.string.contains(Localizer.shared.text(key, .fi)), "\(form)")
            }
            #expect(try await Self.expenses(app) == 0)
            var after = try await tableSnapshot(app)
            after["audit"] = before["audit"]  // the re-rendered page's balance view is audited
            #expect(after == before)
        }
    }

    @Test func theAPIHasTheSameRulesAndMessages() async throws {
        try await withTestApp { (app, fixture) async throws in
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let over = try await api.send(
                .POST, "/api/v1/me/activity-money", raw: #"{"day":"1.1.2026","sumCents":15001,"purpose":"Kahvit"}"#)
            #expect(over.status == .unprocessableEntity)
            #expect(over.body.string.contains("\"field\":\"sumCents\""))
            #expect(
                over.body.string.contains(
                    Localizer.shared.text(.activityMoneyOverBalance, .fi, ["remaining": "150,00\u{00A0}€"])))
            #expect(try await ActivityMoneyExpense.query(on: app.db).count() == 0)
            let saved = try await api.send(
                .POST, "/api/v1/me/activity-money",
                raw: #"{"day":"2026-01-01","sumCents":1000,"purpose":"Kahvit","clientID":"\#(fixture.clientA)"}"#)
            #expect(saved.status == .created)
            let balance = try await api.send(.GET, "/api/v1/me/activity-money").content.decode(
                APIWorkerDayController.ActivityMoneyDTO.self)
            #expect(balance.budgetCents == 15_000 && balance.spentCents == 1000 && balance.remainingCents == 14_000)
            #expect(balance.expenses.map(\.clientID) == [fixture.clientA])
        }
    }

    @Test func aTeamLeadSeesTheUnitsWorkersBalancesAndNoOtherUnits() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            _ = try await worker.post(
                "/account/activity-money", form: ["day": "1.1.2026", "sum": "50", "purpose": "Kahvit"])
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let page = try await lead.get("/units/\(fixture.unitA)/activity-money")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Aila Työntekijä"))
            #expect(page.body.string.contains("100,00\u{00A0}€"))
            #expect(try await lead.get("/units/\(fixture.unitB)/activity-money").status == .notFound)
            #expect(try await worker.get("/units/\(fixture.unitA)/activity-money").status == .notFound)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "activity-money-unit").count()
            #expect(audit == 1)
        }
    }
}

@Suite("Organisation settings")
struct SettingsTests {
    @Test func anAdminAddsARateFromADayAndEarlierRatesAreKept() async throws {
        try await withTestApp { (app, _) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            #expect(try await admin.get("/admin/settings").status == .ok)
            let saved = try await admin.post("/admin/settings/rates", form: ["validFrom": "1.2.2026", "rate": "10"])
            #expect(saved.status == .seeOther)
            let settings = try await OrganisationSettings.load(on: app.db)
            #expect(settings.allowanceRates.map(\.centsPerDay) == [900, 1000])
            #expect(ActivityAllowance.rate(on: Day(2026, 1, 31), rates: settings.allowanceRates) == 900)
            #expect(ActivityAllowance.rate(on: Day(2026, 2, 1), rates: settings.allowanceRates) == 1000)
            // refused: the same day again, a bad sum, a bad date — nothing changes
            let before = try await Setting.query(on: app.db).all().map { "\($0.id ?? "")=\($0.value)" }.sorted()
            for (form, field, key) in [
                (["validFrom": "1.2.2026", "rate": "11"], "validFrom", L10nKey.settingsRateExists),
                (["validFrom": "1.3.2026", "rate": "yhdeksän"], "rate", .settingsRateInvalid),
                (["validFrom": "1.3.2026", "rate": "0"], "rate", .settingsRateInvalid),
                (["validFrom": "huomenna", "rate": "9"], "validFrom", .errorDateInvalid),
            ] {
                let response = try await admin.post("/admin/settings/rates", form: form)
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("id=\"field-\(field)-error\""))
                #expect(response.body.string.contains(Localizer.shared.text(key, .fi)))
            }
            #expect(try await Setting.query(on: app.db).all().map { "\($0.id ?? "")=\($0.value)" }.sorted() == before)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "settings").count()
            #expect(audit == 1)
        }
    }

    @Test func monthModeAndActivityMoneyBudgets() async throws {
        try await withTestApp { (app, _) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            #expect(
                try await admin.post("/admin/settings/month-mode", form: ["monthMode": "calendar"]).status == .seeOther)
            #expect(try await OrganisationSettings.load(on: app.db).allowanceMonthMode == .calendar)
            let badMode = try await admin.post("/admin/settings/month-mode", form: ["monthMode": "weekly"])
            #expect(badMode.status == .unprocessableEntity)
            #expect(try await OrganisationSettings.load(on: app.db).allowanceMonthMode == .calendar)
            var budgets = Dictionary(
                uniqueKeysWithValues: SettingsAdmin.budgetRoles.map { (SettingsAdmin.budgetField($0), "0") })
            budgets["budget-social-worker"] = "200"
            budgets["budget-social-instructor"] = "300"
            #expect(try await admin.post("/admin/settings/activity-money", form: budgets).status == .seeOther)
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await worker.get("/account/activity-money").body.string.contains("200,00\u{00A0}€"))
            budgets["budget-social-worker"] = "-5"
            let refused = try await admin.post("/admin/settings/activity-money", form: budgets)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("id=\"field-budget-social-worker-error\""))
            #expect(
                try await OrganisationSettings.load(on: app.db).activityMoneyBudgets[.socialWorker] == 20_000)
        }
    }

    @Test func onlyAdminsReachTheSettings() async throws {
        try await withTestApp { (app, _) async throws in
            for email in ["worker.a@example.fi", "lead.a@example.fi"] {
                let user = try await Browser.loggedIn(app, email: email)
                #expect(try await user.get("/admin/settings").status == .forbidden)
                let post = try await user.post("/admin/settings/rates", form: ["validFrom": "1.2.2026", "rate": "10"])
                #expect(post.status == .forbidden)
            }
            #expect(try await OrganisationSettings.load(on: app.db).allowanceRates == [.handbook])
        }
    }
}

@Suite("Calendar feed")
struct CalendarFeedTests {
    static func token(in html: String) -> String? {
        guard let range = html.range(of: "/calendar/"),
            let end = html.range(of: ".ics", range: range.upperBound..<html.endIndex)
        else { return nil }
        return String(html[range.upperBound..<end.lowerBound])
    }

    @Test func theFeedListsTheWorkersMeetingsWithoutIdentityAndStopsWhenRevoked() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            try await AllowanceFlowTests.meeting(worker, fixture, day: "7.1.2026", status: "planned")
            try await AllowanceFlowTests.meeting(worker, fixture, day: "8.1.2026", status: "cancelled")
            #expect(
                try await worker.get("/account/calendar").body.string.contains(
                    Localizer.shared.text(.calendarNone, .fi)))
            // act
            let created = try await worker.post("/account/calendar")
            #expect(created.status == .ok)
            let token = try #require(Self.token(in: created.body.string))
            // check: only the hash is stored
            let feed = try #require(try await CalendarFeed.query(on: app.db).first())
            #expect(feed.tokenHash == Secrets.sha256Hex(token) && feed.tokenHash != token)
            #expect(!(try await worker.get("/account/calendar").body.string.contains(token)), "shown once")
            let response = try await Browser(app).get("/calendar/\(token).ics")
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.type == "text" && response.headers.contentType?.subType == "calendar")
            let ics = response.body.string
            #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n") && ics.hasSuffix("END:VCALENDAR\r\n"))
            #expect(ics.components(separatedBy: "BEGIN:VEVENT").count == 3)
            #expect(ics.contains("DTSTART:20260107T080000Z\r\n"))  // 10:00 in Helsinki
            #expect(ics.contains("SUMMARY:yksilötapaaminen – B. A.\r\n"))
            #expect(ics.contains("STATUS:CANCELLED"))
            #expect(!ics.contains("Bea") && !ics.contains("Asiakas") && !ics.contains("010101A123N"))
            #expect(!ics.contains("Kävimme kahvilla"), "no visit records")
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$day == "2026-01-07").first())
            #expect(ics.contains("UID:\(try meeting.requireID().uuidString.lowercased())@rinnalla\r\n"))
            let reads = try await AuditEvent.query(on: app.db).filter(\.$recordType == "calendar-feed")
                .filter(\.$action == "view").all()
            #expect(reads.count == 1 && reads.first?.userID == fixture.workerB)
            // another worker's feed does not show these meetings
            let other = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let otherToken = try #require(Self.token(in: try await other.post("/account/calendar").body.string))
            #expect(!(try await Browser(app).get("/calendar/\(otherToken).ics").body.string.contains("BEGIN:VEVENT")))
            // a new address replaces the old one; revoking ends it
            let replaced = try #require(Self.token(in: try await worker.post("/account/calendar").body.string))
            #expect(try await Browser(app).get("/calendar/\(token).ics").status == .notFound)
            #expect(try await Browser(app).get("/calendar/\(replaced).ics").status == .ok)
            let revoked = try await worker.post("/account/calendar/revoke")
            #expect(revoked.status == .seeOther)
            #expect(try await Browser(app).get("/calendar/\(replaced).ics").status == .notFound)
            #expect(try await Browser(app).get("/calendar/\(replaced)").status == .notFound)
            #expect(try await Browser(app).get("/calendar/guess.ics").status == .notFound)
        }
    }
}
