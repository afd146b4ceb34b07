import Fluent
import Foundation
import RinnallaCore
import SQLKit

/// Reads what the evidence of a unit is computed from (`EvidenceFacts`), over the four
/// quarters shown: plain days, counts and categories, no names. The periods, their
/// decisions and monthly meetings come from the team lead's dashboard loader, so the two
/// views count periods and the meeting rhythm alike.
enum LogicModelEvidenceFacts {
    /// Only what `models` need: social rehabilitation reads the periods, low-threshold
    /// and outreach work the contacts and what follows them.
    static func load(
        unitID: UUID, quarters: [ReportingPeriod], models: [OperatingModel] = OperatingModel.allCases, today: Day,
        on db: any Database
    ) async throws -> EvidenceFacts {
        let sql = db as! any SQLDatabase
        let last = quarters[quarters.count - 1]
        let range = DayRange(quarters[0].range.first, last.range.last)
        var facts = EvidenceFacts()
        if models.contains(.socialRehabilitation) {
            let loaded = try await TeamLeadDashboardService.Loaded.load(
                unitID: unitID, period: last, asOf: last.asOf(today: today), on: db)
            facts.periods = try await periods(loaded, on: sql)
            facts.finals = try await finals(of: loaded.periods.map(\.id), in: range, on: sql)
            facts.inclusionPairs = try await inclusionPairs(unitID: unitID, in: range, on: db)
        }
        guard models.contains(where: { $0 != .socialRehabilitation }) else { return facts }
        facts.contacts = try await contacts(unitID: unitID, in: range, on: sql)
        for row in try await sql.select().columns("day", "recorded_together").from(InitialAssessment.schema)
            .where("unit_id", .equal, unitID).where("day", .greaterThanOrEqual, range.first.iso)
            .where("day", .lessThanOrEqual, range.last.iso).all()
        {
            guard let day = Day(iso: try row.decode(column: "day", as: String.self)) else { continue }
            facts.assessments.append((day, try row.decode(column: "recorded_together", as: Bool.self)))
        }
        // Referrals made in the range, and those followed up in it.
        let (firstDay, lastDay) = (range.first.iso, range.last.iso)
        for row in try await sql.raw(
            """
            SELECT day, outcome, outcome_day FROM \(ident: Referral.schema) WHERE unit_id = \(bind: unitID)
            AND ((day >= \(bind: firstDay) AND day <= \(bind: lastDay))
              OR (outcome_day >= \(bind: firstDay) AND outcome_day <= \(bind: lastDay)))
            """
        ).all() {
            guard let day = Day(iso: try row.decode(column: "day", as: String.self)),
                let outcome = ReferralOutcome(rawValue: try row.decode(column: "outcome", as: String.self))
            else { continue }
            facts.referrals.append(
                .init(
                    day: day, outcome: outcome,
                    outcomeDay: try row.decode(column: "outcome_day", as: String?.self).flatMap(Day.init(iso:))))
        }
        for row in try await sql.select().columns("day", "in_report").from(Observation.schema)
            .where("unit_id", .equal, unitID).where("day", .greaterThanOrEqual, range.first.iso)
            .where("day", .lessThanOrEqual, range.last.iso).all()
        {
            guard let day = Day(iso: try row.decode(column: "day", as: String.self)) else { continue }
            facts.observations.append((day, try row.decode(column: "in_report", as: Bool.self)))
        }
        // A social report counts when it left Rinnalla: exported or printed (the audit log
        // is the only record of that; viewing a draft does not count).
        for row in try await sql.select().column("occurred_at_ms").from(AuditEvent.schema)
            .where("unit_id", .equal, unitID).where("record_type", .equal, "social-report")
            .where("action", .in, [AuditAction.export.rawValue, AuditAction.print.rawValue])
            .where("occurred_at_ms", .greaterThanOrEqual, Self.millis(range.first.startDate))
            .where("occurred_at_ms", .lessThan, Self.millis(range.last.adding(days: 1).startDate)).all()
        {
            let millis = try row.decode(column: "occurred_at_ms", as: Int64.self)
            facts.socialReports.append(Day(Date(timeIntervalSince1970: Double(millis) / 1000)))
        }
        return facts
    }

    private static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    /// The dashboard's periods with what their core elements leave behind: the first
    /// saves of the need mapping and the plan, the goals and their rewordings, and the
    /// days the client was present in a group.
    private static func periods(_ loaded: TeamLeadDashboardService.Loaded, on sql: any SQLDatabase) async throws
        -> [RehabilitationEvidence.Period]
    {
        let ids = loaded.periods.map(\.id)
        guard !ids.isEmpty else { return [] }
        var needMapping: [UUID: Day] = [:]
        var plan: [UUID: Day] = [:]
        let first = SQLFunction("min", args: SQLColumn("created_at"))
        for row in try await sql.select().column("period_id").column("kind")
            .column(SQLAlias(first, as: SQLIdentifier("first_saved"))).from(PeriodDocument.schema)
            .where("period_id", .in, ids)
            .where(
                "kind", .in, [PeriodDocumentKind.needMapping.rawValue, PeriodDocumentKind.implementationPlan.rawValue]
            )
            .groupBy("period_id").groupBy("kind").all()
        {
            guard let saved = try row.decode(column: "first_saved", as: Date?.self) else { continue }
            let period = try row.decode(column: "period_id", as: UUID.self)
            if try row.decode(column: "kind", as: String.self) == PeriodDocumentKind.needMapping.rawValue {
                needMapping[period] = Day(saved)
            } else {
                plan[period] = Day(saved)
            }
        }
        var goalsSet: [UUID: [Day]] = [:]
        var goalPeriods: [UUID: UUID] = [:]
        for row in try await sql.select().columns("id", "period_id", "created_at").from(Goal.schema)
            .where("period_id", .in, ids).all()
        {
            let period = try row.decode(column: "period_id", as: UUID.self)
            goalPeriods[try row.decode(column: "id", as: UUID.self)] = period
            if let created = try row.decode(column: "created_at", as: Date?.self) {
                goalsSet[period, default: []].append(Day(created))
            }
        }
        var reworded: [UUID: [Day]] = [:]
        if !goalPeriods.isEmpty {
            for row in try await sql.select().columns("goal_id", "created_at").from(GoalVersion.schema)
                .where("goal_id", .in, Array(goalPeriods.keys)).where("version", .greaterThan, 1).all()
            {
                guard let period = goalPeriods[try row.decode(column: "goal_id", as: UUID.self)],
                    let created = try row.decode(column: "created_at", as: Date?.self)
                else { continue }
                reworded[period, default: []].append(Day(created))
            }
        }
        var groupDays: [UUID: [Day]] = [:]
        for row in try await sql.select().columns("period_id", "day").from(GroupAttendanceRecord.schema)
            .where("period_id", .in, ids).where("status", .equal, AttendanceStatus.present.rawValue).all()
        {
            guard let day = Day(iso: try row.decode(column: "day", as: String.self)),
                let period = try row.decode(column: "period_id", as: UUID?.self)
            else { continue }
            groupDays[period, default: []].append(day)
        }
        return loaded.periods.map { period in
            RehabilitationEvidence.Period(
                decisions: loaded.granted(period.id), firstDecisionMade: loaded.firstDecisionMade[period.id],
                needMappingSaved: needMapping[period.id], planSaved: plan[period.id],
                goalsSet: goalsSet[period.id] ?? [], goalsReworded: reworded[period.id] ?? [],
                closed: period.closedAt.map { Day($0) }, realisedByMonth: loaded.meetings[period.id] ?? [:],
                groupDays: groupDays[period.id] ?? [])
        }
    }

    /// Final evaluations made in the range, with the goal ratings they were scored on.
    private static func finals(of periodIDs: [UUID], in range: DayRange, on sql: any SQLDatabase) async throws
        -> [(day: Day, ratings: [GoalProgress.Rating])]
    {
        guard !periodIDs.isEmpty else { return [] }
        var days: [UUID: Day] = [:]
        for row in try await sql.select().columns("id", "day").from(Evaluation.schema)
            .where("period_id", .in, periodIDs).where("kind", .equal, EvaluationKind.final.rawValue)
            .where("day", .greaterThanOrEqual, range.first.iso).where("day", .lessThanOrEqual, range.last.iso).all()
        {
            guard let day = Day(iso: try row.decode(column: "day", as: String.self)) else { continue }
            days[try row.decode(column: "id", as: UUID.self)] = day
        }
        guard !days.isEmpty else { return [] }
        let ratings = try await GoalRating.ratings(ofEvaluations: Array(days.keys), on: sql)
        return days.map { id, day in (day, ratings[id] ?? []) }
    }

    /// The unit's inclusion evaluations whose second round closed in the range: the
    /// start-and-end pairs of their first two rounds, as the evaluation's own comparison
    /// pairs them.
    private static func inclusionPairs(unitID: UUID, in range: DayRange, on db: any Database) async throws -> [(
        closed: Day, changes: [Double]
    )] {
        let rounds = try await InclusionRound.query(on: db).filter(\.$unit.$id == unitID)
            .sort(\.$position).all()
        var pairs: [(closed: Day, changes: [Double])] = []
        for (_, list) in Dictionary(grouping: rounds, by: { $0.$evaluation.id }) where list.count >= 2 {
            let ordered = list.sorted { $0.position < $1.position }
            guard let closed = Day(iso: ordered[1].closesOn), range.contains(closed),
                let first = ordered[0].id, let second = ordered[1].id
            else { continue }
            let sample = try await InclusionResultsService.pairedSample(first: first, second: second, on: db)
            var changes: [Double] = []
            for (index, count) in sample.differenceCounts.enumerated() where count > 0 {
                let difference = Double(PairedSample.rawDifferences.lowerBound + index)
                changes += Array(repeating: difference, count: count)
            }
            pairs.append((closed, changes))
        }
        return pairs
    }

    /// Contacts of the range with what the worker gave and whether a referral was made
    /// from them.
    private static func contacts(unitID: UUID, in range: DayRange, on sql: any SQLDatabase) async throws
        -> [ContactWorkEvidence.Contact]
    {
        var contacts: [UUID: ContactWorkEvidence.Contact] = [:]
        for row in try await sql.select().columns("id", "day", "channel").from(Contact.schema)
            .where("unit_id", .equal, unitID).where("day", .greaterThanOrEqual, range.first.iso)
            .where("day", .lessThanOrEqual, range.last.iso).all()
        {
            guard let day = Day(iso: try row.decode(column: "day", as: String.self)),
                let channel = ContactChannel(rawValue: try row.decode(column: "channel", as: String.self))
            else { continue }
            contacts[try row.decode(column: "id", as: UUID.self)] = .init(day: day, channel: channel)
        }
        guard !contacts.isEmpty else { return [] }
        // By the contacts' unit and days rather than a list of their ids, which a busy
        // year makes longer than a query may bind.
        for row in try await sql.raw(
            """
            SELECT s.contact_id, s.support FROM \(ident: ContactSupportRow.schema) s
            JOIN \(ident: Contact.schema) c ON c.id = s.contact_id
            WHERE c.unit_id = \(bind: unitID) AND c.day >= \(bind: range.first.iso) AND c.day <= \(bind: range.last.iso)
            """
        ).all() {
            guard let support = ContactSupport(rawValue: try row.decode(column: "support", as: String.self)) else {
                continue
            }
            contacts[try row.decode(column: "contact_id", as: UUID.self)]?.supports.insert(support)
        }
        for row in try await sql.select().column("contact_id").from(Referral.schema)
            .where("unit_id", .equal, unitID).where("contact_id", .isNot, SQLLiteral.null)
            .where("day", .greaterThanOrEqual, range.first.iso).all()
        {
            guard let contact = try row.decode(column: "contact_id", as: UUID?.self) else { continue }
            contacts[contact]?.referred = true
        }
        return Array(contacts.values)
    }
}
