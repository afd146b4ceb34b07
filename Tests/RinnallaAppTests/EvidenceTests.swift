import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// The evidence of the logic models (issue 17) on unit A built by hand for the first
/// quarter of 2026: every indicator read from its records, then the page, CSV and API
/// with small-cell protection, and who may see them.
@Suite("Logic model evidence")
struct EvidenceTests {
    typealias DTO = APIEvidenceController.EvidenceDTO
    static let q1 = ReportingPeriod.quarter(year: 2026, quarter: 1)

    static func at(_ day: Day) -> Date { day.startDate.addingTimeInterval(12 * 3600) }

    /// The dashboard's two periods (decisions made 1.1., valid 1.1.–31.3.2026; Adam met
    /// twice in January and once in February), with their documents and goals, and the
    /// unit's contacts, assessments, referrals, observations and one social report.
    static func build(_ app: Application, _ fixture: Fixture) async throws {
        let unit = try await DashboardTests.build(app, fixture)
        let db = app.db
        func document(_ period: UUID, _ kind: PeriodDocumentKind, _ day: Day) async throws {
            let document = PeriodDocument()
            document.$period.id = period
            document.$unit.id = fixture.unitA
            document.kind = kind.rawValue
            document.version = 1
            document.content = "{}"
            document.$createdBy.id = fixture.workerA
            document.createdAt = at(day)
            try await document.create(on: db)
        }
        // Adam's needs were mapped before the decision, Aino's after it.
        try await document(unit.periodAdam, .needMapping, Day(2025, 12, 22))
        try await document(unit.periodAino, .needMapping, Day(2026, 1, 5))
        // Adam has a plan and a goal during the first decision; Aino a goal only.
        try await document(unit.periodAdam, .implementationPlan, Day(2026, 1, 10))
        for (period, client) in [(unit.periodAdam, fixture.clientA), (unit.periodAino, unit.aino)] {
            let goal = Goal()
            goal.$period.id = period
            goal.$client.id = client
            goal.$unit.id = fixture.unitA
            goal.level = GoalLevel.main.rawValue
            goal.position = 1
            goal.$createdBy.id = fixture.workerA
            goal.createdAt = at(Day(2026, 1, 10))
            try await goal.create(on: db)
        }
        // Contacts: three in the quarter, one in April.
        let path = ServicePath()
        path.name = "Velkaneuvonta"
        path.kind = ServicePathKind.allCases[0].rawValue
        path.description = "Neuvoo veloissa."
        path.howToRefer = "Soita."
        path.openingHours = "ma–pe"
        path.isActive = true
        try await path.create(on: db)
        func contact(_ day: Day, _ channel: ContactChannel, _ supports: [ContactSupport]) async throws -> UUID {
            let contact = Contact()
            contact.clientMadeID = UUID()
            contact.$unit.id = fixture.unitA
            contact.$recordedBy.id = fixture.workerA
            contact.day = day.iso
            contact.channel = channel.rawValue
            contact.ageGroup = PerceivedAgeGroup.from25to34.rawValue
            contact.language = "fi"
            contact.followUpAgreed = false
            try await contact.create(on: db)
            for support in supports {
                let row = ContactSupportRow()
                row.$contact.id = try contact.requireID()
                row.support = support.rawValue
                try await row.create(on: db)
            }
            return try contact.requireID()
        }
        let street = try await contact(Day(2026, 1, 5), .street, [.adviceAndGuidance, .escortToService])
        _ = try await contact(Day(2026, 2, 1), .officeDropIn, [.listeningAndSupport])
        _ = try await contact(Day(2026, 3, 1), .online, [.adviceAndGuidance, .listeningAndSupport])
        _ = try await contact(Day(2026, 4, 2), .phone, [.adviceAndGuidance])
        func referral(_ day: Day, from contact: UUID?, _ outcome: ReferralOutcome, on outcomeDay: Day?) async throws {
            let referral = Referral()
            referral.$unit.id = fixture.unitA
            referral.$servicePath.id = try path.requireID()
            referral.$contact.id = contact
            referral.method = ReferralMethod.referralMade.rawValue
            referral.day = day.iso
            referral.$madeBy.id = fixture.workerA
            referral.outcome = outcome.rawValue
            referral.outcomeDay = outcomeDay?.iso
            try await referral.create(on: db)
        }
        try await referral(Day(2026, 1, 5), from: street, .reached, on: Day(2026, 1, 20))
        try await referral(Day(2026, 2, 1), from: nil, .notFollowedUp, on: nil)
        for (day, together) in [(Day(2026, 1, 10), true), (Day(2026, 2, 10), false)] {
            let assessment = InitialAssessment()
            assessment.$unit.id = fixture.unitA
            assessment.$client.id = fixture.clientA
            assessment.day = day.iso
            assessment.situation = "Tilanne."
            assessment.needs = "Tarpeet."
            assessment.strengths = "Vahvuudet."
            assessment.urgency = AssessmentUrgency.soon.rawValue
            assessment.nextSteps = "Seuraavaksi."
            assessment.recordedTogether = together
            assessment.$recordedBy.id = fixture.workerA
            try await assessment.create(on: db)
        }
        for (day, inReport) in [(Day(2026, 1, 15), true), (Day(2026, 3, 15), false)] {
            let observation = Observation()
            observation.$unit.id = fixture.unitA
            observation.day = day.iso
            observation.text = "Nuoria oleskelee asemalla iltaisin."
            observation.$recordedBy.id = fixture.workerA
            observation.inReport = inReport
            try await observation.create(on: db)
        }
        // One social report exported in February; a view of it does not count.
        let actor = AuditActor(userID: fixture.workerA, name: "Worker A", requestID: "test", ipAddress: nil)
        for action in [AuditAction.export, .view] {
            try await AuditLog.append(
                action, actor: actor, unitID: fixture.unitA, recordType: "social-report",
                now: at(Day(2026, 2, 1)), on: db)
        }
    }

    @Test func everyIndicatorReadsItsRecords() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await Self.build(app, fixture)
            let today = Day(2026, 4, 10)
            let facts = try await LogicModelEvidenceFacts.load(
                unitID: fixture.unitA, quarters: [Self.q1], today: today, on: app.db)
            func value(_ model: OperatingModel, _ indicator: EvidenceIndicator) -> EvidenceValue? {
                EvidenceQuarter(model, quarter: Self.q1, facts: facts, today: today).values[indicator]
            }
            func share(_ part: Int, _ whole: Int) -> EvidenceValue { .share(Share(part: part, whole: whole)) }
            // Social rehabilitation
            #expect(value(.socialRehabilitation, .needMappingBeforeDecision) == share(1, 2))
            #expect(value(.socialRehabilitation, .planAndGoalsAtStart) == share(1, 2))
            #expect(value(.socialRehabilitation, .goalsRevised) == share(0, 0))  // none closed: no data
            // January: Adam two, Aino none; February and March: nobody two.
            #expect(value(.socialRehabilitation, .twoMeetingsAMonth) == share(1, 6))
            #expect(value(.socialRehabilitation, .groupParticipation) == share(0, 2))
            #expect(value(.socialRehabilitation, .goalsAttained) == share(0, 0))
            #expect(value(.socialRehabilitation, .inclusionRose) == share(0, 0))
            // Low-threshold work
            #expect(value(.lowThreshold, .adviceAndGuidance) == share(2, 3))
            #expect(value(.lowThreshold, .listeningAndSupport) == share(2, 3))
            #expect(value(.lowThreshold, .assessmentTogether) == share(1, 2))
            #expect(value(.lowThreshold, .referredThroughPaths) == share(1, 3))
            #expect(value(.lowThreshold, .servicesReached) == share(1, 1))
            // Outreach work
            #expect(value(.outreach, .contactsWherePeopleAre) == share(2, 3))
            #expect(value(.outreach, .escortAndInterpreting) == share(1, 3))
            #expect(value(.outreach, .referralsFollowedUp) == share(1, 2))
            #expect(value(.outreach, .observationsInReport) == share(1, 2))
            #expect(value(.outreach, .socialReports) == .count(1))
            let channels = EvidenceQuarter(.outreach, quarter: Self.q1, facts: facts, today: today).channels
            #expect(channels.first { $0.channel == .street }?.count == 1)
            #expect(channels.first { $0.channel == .phone }?.count == 0)  // April's
        }
    }

    @Test func theViewShowsAggregatesOnlyToLeadsAndEvaluators() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await Self.build(app, fixture)
            fixture.clock.advance(by: 99 * DashboardTests.day)  // 10.4.2026
            // The evaluator: the API's small counts are hidden, no data stays no data.
            let api = try await APIClient.loggedIn(app, email: "evaluator@example.fi")
            let response = try await api.send(
                .GET, "/api/v1/units/\(fixture.unitA)/evidence?period=2026-Q1&model=low-threshold")
            #expect(response.status == .ok, "\(response.body.string.prefix(300))")
            let evidence = try response.content.decode([DTO].self)
            #expect(evidence.map(\.model) == [.lowThreshold])
            let advice = try #require(evidence[0].indicators.first { $0.indicator == .adviceAndGuidance })
            #expect(advice.values.map(\.quarter) == ["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"])
            let q1 = try #require(advice.values.last?.share)
            #expect(q1.percent == nil && q1.part.value == nil)  // 2 of 3: under 5
            #expect(advice.values.last?.band == .hidden)
            #expect(advice.values.first?.share?.whole.value == 0 && advice.values.first?.band == .noData)
            #expect(advice.definition.hasPrefix("Yksikön asiointikerrat"))
            // "Heard" is asked in the client feedback (no answers yet); failure demand nowhere.
            #expect(evidence[0].bands.first { $0.item == "heard" }?.band == .noData)
            #expect(evidence[0].bands.first { $0.item == "failure-demand" }?.band == .notMeasured)
            #expect(evidence[0].bands.first { $0.item == "initial-assessment" }?.band == .hidden)
            // The unit's own rating and adaptations come with the figures
            let rating = CoreElementSelfRating()
            rating.$unit.id = fixture.unitA
            rating.model = OperatingModel.lowThreshold.rawValue
            rating.elementID = "initial-assessment"
            rating.year = 2026
            rating.rating = CoreElementRating.partly.rawValue
            rating.reason = "Lomake puuttuu."
            rating.$ratedBy.id = fixture.teamLeadA
            try await rating.create(on: app.db)
            let adaptation = LogicModelAdaptation()
            adaptation.$unit.id = fixture.unitA
            adaptation.model = OperatingModel.lowThreshold.rawValue
            adaptation.text = "Liikkuva olohuone kerran viikossa."
            adaptation.day = "2026-02-01"
            adaptation.$recordedBy.id = fixture.teamLeadA
            try await adaptation.create(on: app.db)
            let own = try await api.send(
                .GET, "/api/v1/units/\(fixture.unitA)/evidence?period=2026-Q1&model=low-threshold"
            ).content.decode([DTO].self)[0]
            #expect(own.selfRatings.map(\.element) == ["initial-assessment"] && own.selfRatings[0].rating == .partly)
            #expect(own.adaptations.map(\.text) == ["Liikkuva olohuone kerran viikossa."])
            // All three models by default
            let all = try await api.send(.GET, "/api/v1/units/\(fixture.unitA)/evidence")
            #expect(try all.content.decode([DTO].self).map(\.model) == OperatingModel.allCases)
            // The page and its CSV
            let browser = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let page = try await browser.get("/units/\(fixture.unitA)/evidence/social-rehabilitation?period=2026-Q1")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("id=\"band-need-mapping\""))
            #expect(page.body.string.contains("indicator-two-meetings-a-month-table"))
            #expect(page.body.string.contains("Tarpeet selvitetty ennen päätöstä"))
            let csv = try await browser.get("/units/\(fixture.unitA)/evidence/outreach/export?period=2026-Q1")
            #expect(csv.status == .ok)
            #expect(csv.body.string.contains("Kohdattu kadulla, kotona tai verkossa"))
            // Audited as views and an export of the unit's evidence
            let rows = try await AuditEvent.query(on: app.db).filter(\.$recordType == "logic-model-evidence").all()
            #expect(rows.count(where: { $0.action == AuditAction.view.rawValue }) == 4)
            #expect(rows.count(where: { $0.action == AuditAction.export.rawValue }) == 1)
            #expect(rows.allSatisfy { $0.unitID == fixture.unitA && $0.clientID == nil })
        }
    }

    @Test func othersAreRefusedAndBadInputNamed() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            #expect(
                try await worker.send(.GET, "/api/v1/units/\(fixture.unitA)/evidence").status == .forbidden)
            let other = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            #expect(try await other.send(.GET, "/api/v1/units/\(fixture.unitA)/evidence").status == .notFound)
            let lead = try await APIClient.loggedIn(app, email: "lead.a@example.fi")
            let bad = try await lead.send(.GET, "/api/v1/units/\(fixture.unitA)/evidence?period=2026-Q5")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("period"))
            let model = try await lead.send(.GET, "/api/v1/units/\(fixture.unitA)/evidence?model=sosku")
            #expect(model.status == .unprocessableEntity)
            // In English, the definitions too
            let browser = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            #expect(try await browser.post("/account/language", form: ["language": "en"]).status == .seeOther)
            let page = try await browser.get("/units/\(fixture.unitA)/evidence/low-threshold")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("The unit's contacts in the quarter"))
            #expect(page.body.string.contains("No data for this quarter"))
        }
    }
}
