import Fluent
import SQLKit
import RinnallaCore
import Vapor

/// A month's allowance decision as the period page's button sends it: the month's first
/// day, and `correct` = "1" for a correction (issue 14: the coding keys name the fields).
struct AllowanceForm: PageForm, Sendable {
    var month: String?
    var correct: String?

    enum CodingKeys: String, CodingKey {
        case month, correct
    }

    static let correctionValue = "1"
    var isCorrection: Bool { correct == Self.correctionValue }
}

/// The month the unit's payment list shows (`?month=`); this month when absent.
struct PaymentsMonthForm: PageForm, Sendable {
    var month: String?

    enum CodingKeys: String, CodingKey {
        case month
    }
}

/// The client's activity allowance: months counted from the period's meetings, and the
/// preventive social assistance decisions made for them.
enum AllowanceService {
    struct Month: Sendable {
        let decision: DayRange
        let result: ActivityAllowance.MonthResult
        let description: String
        let resolution: String
        /// The first allowance decision for this month, if made.
        let decided: Decision?
        let corrections: [Decision]
        let isPast: Bool
        /// The client's decision language, which the texts are written in (issue 15).
        let language: DecisionLanguage

        var proposedText: String {
            AllowanceDecisionText.fullText(description: description, resolution: resolution, in: language)
        }

        /// The month's days now differ from those of its latest decision (e.g. a group
        /// session marked late). The decision stays as made; the page offers a correction.
        var changedSinceDecision: Bool {
            guard let latest = corrections.last ?? decided, let days = latest.details.activityDays else { return false }
            return days != result.activityDays.map(\.iso)
        }
    }

    static func months(ofPeriod periodID: UUID, today: Day, on db: any Database) async throws -> [Month] {
        let settings = try await OrganisationSettings.load(on: db)
        let language = try await DecisionService.language(ofPeriod: periodID, on: db)
        let ranges = try await DecisionService.grantedRanges(periodID, on: db).sorted { $0.first < $1.first }
        let counted = try await counted(granted: [periodID: ranges], from: nil, settings: settings, on: db)
        let decisions = try await Decision.query(on: db).filter(\.$period.$id == periodID)
            .filter(\.$kind == Decision.Kind.allowance.rawValue).sort(\.$number).all()
        return counted.months[periodID, default: []].map { month in
            let input = AllowanceDecisionText.Input(rehabilitationDecision: month.decision, month: month.result)
            let forMonth = decisions.filter { $0.firstDay == month.result.month.first.iso }
            return Month(
                decision: month.decision, result: month.result,
                description: AllowanceDecisionText.description(input, in: language),
                resolution: AllowanceDecisionText.resolution(input, in: language),
                decided: forMonth.first { $0.correctsID == nil }, corrections: forMonth.filter { $0.correctsID != nil },
                isPast: month.result.month.last < today, language: language)
        }
    }

    /// Allowance months counted from the periods' meetings and attended group sessions.
    struct Counted: Sendable {
        struct Month: Sendable {
            /// The granted rehabilitation decision the month belongs to.
            let decision: DayRange
            let result: ActivityAllowance.MonthResult
        }

        /// Each period's meetings (every status) from `from` on; the home page's meeting
        /// rhythm reads them too.
        var meetings: [UUID: [ActivityAllowance.Meeting]]
        /// Each period's counted months, in day order.
        var months: [UUID: [Month]]
    }

    /// The one loader of allowance months, for the period page (one period) and the
    /// worker's home page (the caseload): one query for the meetings and one for the group
    /// sessions, however many periods. `granted` holds each period's granted decisions in
    /// day order; `from` (when given) must not be later than the first day of any month
    /// `including` keeps; only the kept months are counted, so the home page counts just
    /// the ended, undecided ones (bench/README.md).
    static func counted(
        granted: [UUID: [DayRange]], from: Day?, including: (UUID, DayRange) -> Bool = { _, _ in true },
        settings: OrganisationSettings, on db: any Database
    ) async throws -> Counted {
        let periodIDs = Array(granted.keys)
        guard !periodIDs.isEmpty else { return Counted(meetings: [:], months: [:]) }
        // meetings_period_day_idx. Read as plain rows: Fluent's per-row model reflection
        // was over half of the home page's time for a large caseload (perf, bench/README.md).
        var query = (db as! any SQLDatabase).select()
            .column("period_id").column("day").column("type").column("status").from(Meeting.schema)
            .where("period_id", .in, periodIDs)
        if let from { query = query.where("day", .greaterThanOrEqual, from.iso) }
        var meetings: [UUID: [ActivityAllowance.Meeting]] = [:]
        for row in try await query.all() {
            guard let day = Day(iso: try row.decode(column: "day", as: String.self)),
                let status = ActivityAllowance.MeetingStatus(
                    rawValue: try row.decode(column: "status", as: String.self))
            else { continue }
            let isGroup = try row.decode(column: "type", as: String.self) == "group"
            meetings[try row.decode(column: "period_id", as: UUID.self), default: []].append(
                .init(day: day, status: status, isGroup: isGroup))
        }
        // Attended group sessions are activity days under the same one-a-day rule.
        let sessions = try await GroupAttendanceService.allowanceMeetings(ofPeriods: periodIDs, from: from, on: db)
        var months: [UUID: [Counted.Month]] = [:]
        for (periodID, ranges) in granted {
            let all = (meetings[periodID] ?? []) + (sessions[periodID] ?? [])
            for range in ranges {
                for month in ActivityAllowance.months(of: range, mode: settings.allowanceMonthMode)
                where including(periodID, month) {
                    let result = ActivityAllowance.count(
                        month: month, meetings: all, decisions: ranges, rates: settings.allowanceRates)
                    months[periodID, default: []].append(.init(decision: range, result: result))
                }
            }
        }
        return Counted(meetings: meetings, months: months)
    }

    /// Decides a month's allowance. A month is decided once; a correction refers to the
    /// first decision.
    static func decide(periodID: UUID, _ form: AllowanceForm, on caller: Caller) async throws -> Decision {
        let text = form.month
        let correct = form.isCorrection
        let user = try caller.requireUser()
        let period = try await PeriodService.find(periodID, for: user, on: caller.db)
        guard user.can(.makeDecisions, inUnit: period.$unit.id) else { throw AppError.forbidden }
        guard let first = text.flatMap({ Day(parsing: $0) }) else {
            throw AppError.invalid(.errorDateInvalid, field: AllowanceForm.name(.month))
        }
        let today = Day(caller.now)
        return try await caller.db.atomically { db in
            try await db.serializeWrites()
            let months = try await months(ofPeriod: periodID, today: today, on: db)
            guard let month = months.first(where: { $0.result.month.first == first }) else {
                throw AppError.invalid(.allowanceMonthUnknown, field: AllowanceForm.name(.month))
            }
            guard month.isPast else { throw AppError.invalid(.allowanceNotYet, field: AllowanceForm.name(.month)) }
            guard !month.result.activityDays.isEmpty else {
                throw AppError.invalid(.allowanceNoDays, field: AllowanceForm.name(.month))
            }
            if month.decided != nil, !correct {
                throw AppError.invalid(.allowanceAlreadyDecided, field: AllowanceForm.name(.month))
            }
            if month.decided == nil, correct {
                throw AppError.invalid(.allowanceNothingToCorrect, field: AllowanceForm.name(.month))
            }
            let decision = try await DecisionService.insert(
                kind: .allowance, period: period, range: month.result.month, text: month.proposedText,
                resolution: .positive, opinionHeard: true,
                opinionMethod: DecisionTexts.opinionMethodDefault(month.language), isContinuation: false,
                language: month.language, details: .init(activityDays: month.result.activityDays.map(\.iso)),
                amountCents: month.result.totalCents,
                correctsID: month.decided?.id, user: user, now: caller.now, on: db)
            try await AuditLog.append(
                .create, unitID: period.$unit.id, clientID: period.$client.id, recordType: "decision",
                recordID: decision.id?.uuidString, detail: "allowance \(decision.number)", on: caller, db: db)
            return decision
        }
    }
}
