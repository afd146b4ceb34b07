import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Vapor

/// `rinnalla demo --contacts N`: N anonymous contacts for the social report's benchmark
/// (issue 5: "the social report over 1,000,000 contacts in under 1 second"). 80 % belong
/// to the outreach unit and 10 % to each adult social work unit, spread over the last two
/// years, with 1–3 topics and 1–2 things given each, and a referral for every tenth
/// contact to one of eight generated partner services. Seeded (2026 + 50): every run makes
/// the same rows. Multi-row inserts, one transaction per 5,000 contacts; the topic rows
/// carry their contact's unit, day and area themselves (`AddContactTopicReportColumns`).
extension DemoScale {
    static let contactsMarkerKey = "demo.contacts"
    static let contactsPerChunk = 5_000

    static func loadContacts(
        _ count: Int, on app: Application, progress: @escaping @Sendable (String) -> Void
    ) async throws -> Double {
        guard count > 0, count <= 10_000_000 else {
            throw Refused(description: "--contacts must be more than 0 and at most 10,000,000")
        }
        let started = Date()
        let (units, users) = try await prepare(on: app, marker: contactsMarkerKey) {
            "generated contacts are already present (\($0)); start from an empty database to generate again"
        }
        let now = app.clock.now()
        let today = Day(now)
        let outreach = units[DemoData.outreach]!
        let west = units[DemoData.west]!
        let east = units[DemoData.east]!
        let eetu = users["eetu@demo.rinnalla.fi"]!
        let ilkka = users["ilkka@demo.rinnalla.fi"]!
        let sanna = users["sanna@demo.rinnalla.fi"]!
        let areaIDs: [UUID?] = try await Area.all(on: app.db).map(\.id) + [nil]
        // Eight partner services, one of each kind, for the referrals.
        var paths: [(id: UUID, kind: ServicePathKind)] = []
        try await app.db.atomically { db in
            try await Setting(key: contactsMarkerKey, value: "\(count)").create(on: db)
        }
        for kind in ServicePathKind.allCases {
            let path = ServicePath()
            path.name = "Generoitu palvelu (\(kind.rawValue))"
            path.kind = kind.rawValue
            path.description = "Vertailuaineiston palvelu."
            path.howToRefer = "Soita ja sovi aika."
            path.openingHours = "ma–pe 9–15"
            path.isActive = true
            try await path.create(on: app.db)
            paths.append((try path.requireID(), kind))
        }
        progress("Generating \(count) contacts with topics, supports and referrals (seed \(seed + 50))")
        var rng = SeededRandom(seed: seed + 50)
        let channels = ContactChannel.allCases.map(\.rawValue)
        let topics = ContactTopic.allCases.map(\.rawValue)
        let supports = ContactSupport.allCases.map(\.rawValue)
        let ages = PerceivedAgeGroup.allCases.map(\.rawValue)
        let methods = ReferralMethod.allCases.map(\.rawValue)
        let outcomes = ReferralOutcome.allCases.map(\.rawValue)
        let contactColumns = [
            "id", "client_made_id", "unit_id", "recorded_by", "day", "channel", "area_id", "age_group", "gender",
            "language", "duration_minutes", "follow_up_agreed", "created_at",
        ]
        let topicColumns = ["id", "contact_id", "topic", "unit_id", "day", "area_id"]
        let supportColumns = ["id", "contact_id", "support"]
        let referralColumns = [
            "id", "unit_id", "service_path_id", "contact_id", "method", "day", "made_by", "outcome", "created_at",
            "updated_at",
        ]
        func optional(_ id: UUID?) -> any SQLExpression {
            id.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null
        }
        var lastReport = Date()
        for chunkStart in stride(from: 0, to: count, by: contactsPerChunk) {
            let chunkEnd = min(chunkStart + contactsPerChunk, count)
            var contactRows: [[any SQLExpression]] = []
            var topicRows: [[any SQLExpression]] = []
            var supportRows: [[any SQLExpression]] = []
            var referralRows: [[any SQLExpression]] = []
            for index in chunkStart..<chunkEnd {
                let roll = index % 10
                let (unit, worker) = roll < 8 ? (outreach, eetu) : roll == 8 ? (west, sanna) : (east, ilkka)
                let id = rng.uuid()
                let day = today.adding(days: -rng.int(0...729))
                let area = rng.pick(areaIDs)
                let created = day.startDate.addingTimeInterval(Double(rng.int(8 * 3600...20 * 3600)))
                contactRows.append([
                    SQLBind(id), SQLBind(rng.uuid()), SQLBind(unit), SQLBind(worker), SQLBind(day.iso),
                    SQLBind(rng.pick(channels)), optional(area), SQLBind(rng.pick(ages)),
                    rng.chance(0.5) ? SQLBind(rng.pick(["woman", "man"])) : SQLLiteral.null,
                    SQLBind(rng.chance(0.1) ? "sv" : "fi"), SQLBind(rng.pick([5, 10, 15, 20, 30, 45, 60])),
                    SQLBind(rng.chance(0.25)), SQLBind(created),
                ])
                var chosen = Set<String>()
                for _ in 0..<rng.int(1...3) { chosen.insert(rng.pick(topics)) }
                for topic in chosen.sorted() {
                    topicRows.append([
                        SQLBind(rng.uuid()), SQLBind(id), SQLBind(topic), SQLBind(unit), SQLBind(day.iso),
                        optional(area),
                    ])
                }
                var given = Set<String>()
                for _ in 0..<rng.int(1...2) { given.insert(rng.pick(supports)) }
                for support in given.sorted() {
                    supportRows.append([SQLBind(rng.uuid()), SQLBind(id), SQLBind(support)])
                }
                if index % 10 == 3 {
                    let path = rng.pick(paths)
                    referralRows.append([
                        SQLBind(rng.uuid()), SQLBind(unit), SQLBind(path.id), SQLBind(id), SQLBind(rng.pick(methods)),
                        SQLBind(day.iso), SQLBind(worker), SQLBind(rng.pick(outcomes)), SQLBind(created),
                        SQLBind(created),
                    ])
                }
            }
            let rows = (contactRows, topicRows, supportRows, referralRows)
            try await app.db.atomically { db in
                let sql = db as! any SQLDatabase
                try await insert("contacts", contactColumns, rows.0, on: sql)
                try await insert("contact_topics", topicColumns, rows.1, on: sql)
                try await insert("contact_supports", supportColumns, rows.2, on: sql)
                try await insert("referrals", referralColumns, rows.3, on: sql)
            }
            if Date().timeIntervalSince(lastReport) > 10 {
                progress("  \(chunkEnd) contacts")
                lastReport = Date()
            }
        }
        // Client feedback after contacts, a year of quarters for the evidence view's bench:
        // one answer per 200 contacts of the outreach unit, at least 30 a quarter.
        let questions = try await ClientFeedbackService.questions(.contact, on: app.db).compactMap(\.id)
        var feedback: [[any SQLExpression]] = []
        for quarter in LogicModelEvidenceService.quarters(endingWith: nil, today: today) {
            feedback += DemoClientFeedback.answers(
                unit: outreach, context: .contact, quarter: quarter, count: max(30, count / 200 / 8),
                questions: questions, rng: &rng)
        }
        try await insert(
            "client_feedback_responses", DemoClientFeedback.columns, feedback, on: app.db as! any SQLDatabase)
        // Fresh statistics for the planner (and, on PostgreSQL, the visibility map that
        // lets the report read its indexes only).
        let sql = app.db as! any SQLDatabase
        if app.db.isPostgres {
            try await sql.raw("VACUUM ANALYZE contacts").run()
            try await sql.raw("VACUUM ANALYZE contact_topics").run()
            try await sql.raw("VACUUM ANALYZE referrals").run()
        } else {
            try await sql.raw("ANALYZE").run()
        }
        try await AuditLog.append(
            .create, actor: .commandLine("demo --contacts"), recordType: "demo-contacts", detail: "\(count)",
            now: now, on: app.db)
        return Date().timeIntervalSince(started)
    }
}
