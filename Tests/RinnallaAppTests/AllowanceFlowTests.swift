import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Meetings and the activity allowance")
struct AllowanceFlowTests {
    /// A decision 1.1.–31.3.2026 on unit B's period, made through the page.
    static func decide(_ worker: Browser, _ fixture: Fixture) async throws {
        var form = DecisionTests.form
        form["action"] = "save"
        let response = try await worker.post("/periods/\(fixture.periodB)/decisions", form: form)
        #expect(response.status == .seeOther)
    }

    static func meeting(_ worker: Browser, _ fixture: Fixture, day: String, status: String, type: String = "individual")
        async throws
    {
        let response = try await worker.post(
            "/periods/\(fixture.periodB)/meetings",
            form: [
                "day": day, "time": "10:00", "durationMinutes": "60", "type": type, "place": "cafe", "status": status,
                "record": "Kävimme kahvilla.",
            ])
        #expect(response.status == .seeOther, "meeting \(day): \(response.body.string.prefix(200))")
    }

    @Test func planningTheWholePeriodMakesEverySecondTuesday() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            try await Self.decide(worker, fixture)
            let response = try await worker.post(
                "/periods/\(fixture.periodB)/meetings/plan",
                form: [
                    "seriesFirstDay": "1.1.2026", "seriesLastDay": "31.3.2026", "weekday": "2", "intervalWeeks": "2",
                    "seriesTime": "10:00", "seriesType": "individual", "seriesPlace": "office",
                ])
            #expect(response.status == .seeOther)
            let meetings = try await Meeting.query(on: app.db).sort(\.$day).all()
            #expect(meetings.count == 7)
            #expect(meetings.first?.day == "2026-01-06")
            #expect(meetings.allSatisfy { Day(iso: $0.day)?.weekday == 2 && $0.status == "planned" })
            #expect(MeetingController.timeText(meetings[0].startsAt) == "10:00")
            let refused = try await worker.post(
                "/periods/\(fixture.periodB)/meetings/plan",
                form: [
                    "seriesFirstDay": "1.1.2026", "seriesLastDay": "31.3.2026", "weekday": "9", "intervalWeeks": "2",
                    "seriesTime": "10:00",
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await Meeting.query(on: app.db).count() == 7)
        }
    }

    @Test func aMeetingIsMarkedRealisedWithItsVisitRecord() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            try await Self.meeting(worker, fixture, day: "7.1.2026", status: "planned")
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            let page = try await worker.get("/meetings/\(try meeting.requireID())")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Kävimme kahvilla."))
            let saved = try await worker.post(
                "/meetings/\(try meeting.requireID())",
                form: [
                    "day": "7.1.2026", "time": "10:30", "durationMinutes": "90", "type": "individual",
                    "place": "museum",
                    "status": "realised", "record": "Kävimme museossa.", "task": "Päiväkirja",
                ])
            #expect(saved.status == .seeOther)
            let updated = try #require(try await Meeting.find(meeting.id, on: app.db))
            #expect(updated.status == "realised" && updated.place == "museum" && updated.task == "Päiväkirja")
            let bad = try await worker.post(
                "/meetings/\(try meeting.requireID())", form: ["day": "7.1.2026", "time": "25:00"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains(Localizer.shared.text(.errorTimeInvalid, .fi)))
        }
    }

    @Test func aMonthsAllowanceIsCountedDecidedOnceAndCorrected() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: two activity days in January (one with two meetings), a cancelled and a no-show day
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            try await Self.decide(worker, fixture)
            try await Self.meeting(worker, fixture, day: "2.1.2026", status: "realised")
            try await Self.meeting(worker, fixture, day: "14.1.2026", status: "realised")
            try await Self.meeting(worker, fixture, day: "14.1.2026", status: "realised", type: "group")
            try await Self.meeting(worker, fixture, day: "20.1.2026", status: "cancelled")
            try await Self.meeting(worker, fixture, day: "27.1.2026", status: "did-not-come")
            // act: January is not over yet on 1.1.
            let early = try await worker.post("/periods/\(fixture.periodB)/allowances", form: ["month": "1.1.2026"])
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains(Localizer.shared.text(.allowanceNotYet, .fi)))
            fixture.clock.advance(by: 40 * 86_400)
            let later = try await Browser.loggedIn(app, email: "worker.b@example.fi")  // the old session timed out
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            let months = try await api.send(.GET, "/api/v1/periods/\(fixture.periodB)/allowances")
                .content.decode([APIAllowanceController.AllowanceMonthDTO].self)
            // check
            #expect(months.map(\.firstDay) == ["2026-01-01", "2026-02-01", "2026-03-01"])
            #expect(months[0].activityDays == ["2026-01-02", "2026-01-14"])
            #expect(months[0].excluded.map(\.reason) == ["cancelled", "did-not-come"])
            #expect(months[0].sumCents == 1800)
            #expect(
                months[0].proposedDecisionText.contains(
                    "Tapaamisia on ollut 2.1. ja 14.1.2026. Toimintarahaa maksetaan yhteensä 2 vuorokauden ajalta."))
            #expect(
                months[0].proposedDecisionText.contains(
                    "toimintarahaa kahdelta vuorokaudelta, 9 euroa/vrk, yhteensä 18 euroa asiakkaan tilille ajalta 1.1.-31.1.2026."
                ))
            #expect(!months[0].decided)
            let decided = try await later.post("/periods/\(fixture.periodB)/allowances", form: ["month": "1.1.2026"])
            #expect(decided.status == .seeOther)
            let again = try await later.post("/periods/\(fixture.periodB)/allowances", form: ["month": "1.1.2026"])
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains(Localizer.shared.text(.allowanceAlreadyDecided, .fi)))
            let correction = try await later.post(
                "/periods/\(fixture.periodB)/allowances", form: ["month": "1.1.2026", "correct": "1"])
            #expect(correction.status == .seeOther)
            let allowance = try await Decision.query(on: app.db).filter(\.$kind == "allowance").sort(\.$number).all()
            #expect(allowance.count == 2)
            #expect(allowance[0].amountCents == 1800)
            #expect(allowance[1].correctsID == allowance[0].id)
            // the team lead's payment list; a worker cannot open it
            let hash = try app.password.hash(Fixture.password)
            let lead = User(email: "lead.b@example.fi", name: "Liisa Esihenkilö", passwordHash: hash)
            try await lead.create(on: app.db)
            try await UnitMembership(userID: try lead.requireID(), unitID: fixture.unitB, role: .teamLead).create(
                on: app.db)
            let leadBrowser = try await Browser.loggedIn(app, email: "lead.b@example.fi")
            let payments = try await leadBrowser.get("/units/\(fixture.unitB)/allowances?month=2026-02")
            #expect(payments.status == .ok)
            #expect(payments.body.string.contains("Bea Asiakas"))
            #expect(payments.body.string.contains("36,00"))
            #expect(payments.body.string.contains(allowance[0].number))
            #expect(try await later.get("/units/\(fixture.unitB)/allowances").status == .notFound)
        }
    }

    /// The period page and the worker's home page count months with the same loader
    /// (issue 14, item 4): the home page asks only for the ended, undecided months.
    @Test func oneLoaderCountsTheMonthsOfThePeriodPageAndTheHomePage() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            try await Self.decide(worker, fixture)
            try await Self.meeting(worker, fixture, day: "2.1.2026", status: "realised")
            try await Self.meeting(worker, fixture, day: "20.1.2026", status: "cancelled")
            try await Self.meeting(worker, fixture, day: "3.2.2026", status: "realised")
            fixture.clock.advance(by: 46 * 86_400)  // 16.2.2026
            let settings = try await OrganisationSettings.load(on: app.db)
            let ranges = try await DecisionService.grantedRanges(fixture.periodB, on: app.db)
            // act
            let all = try await AllowanceService.counted(
                granted: [fixture.periodB: ranges], from: nil, settings: settings, on: app.db)
            let january = try await AllowanceService.counted(
                granted: [fixture.periodB: ranges], from: Day(iso: "2026-01-01"),
                including: { _, month in month.first.iso == "2026-01-01" }, settings: settings, on: app.db)
            let page = try await AllowanceService.months(
                ofPeriod: fixture.periodB, today: Day(iso: "2026-02-16")!, on: app.db)
            let reminders = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
                .send(.GET, "/api/v1/me/reminders").content.decode(APIWorkerDayController.RemindersDTO.self)
            // check
            let months = all.months[fixture.periodB] ?? []
            #expect(months.map(\.result.month.first.iso) == ["2026-01-01", "2026-02-01", "2026-03-01"])
            #expect(months[0].result.activityDays.map(\.iso) == ["2026-01-02"])
            #expect(months[0].result.excluded.map(\.reason) == [.cancelled])
            #expect(all.meetings[fixture.periodB]?.count == 3)
            #expect(january.months[fixture.periodB]?.map(\.result) == [months[0].result])
            #expect(page.map(\.result) == months.map(\.result))
            #expect(reminders.allowancesToDecide.map(\.firstDay) == ["2026-01-01"])
            #expect(reminders.allowancesToDecide.first?.sumCents == months[0].result.totalCents)
        }
    }

    @Test func noDecisionMeansNoAllowanceMonths() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let page = try await worker.get("/periods/\(fixture.periodB)")
            #expect(page.body.string.contains(Localizer.shared.text(.allowanceNone, .fi)))
        }
    }
}
