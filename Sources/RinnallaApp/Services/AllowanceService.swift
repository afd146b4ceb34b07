import Fluent
import RinnallaCore
import Vapor

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

        var proposedText: String { AllowanceService.fullText(description: description, resolution: resolution) }

        /// The month's days now differ from those of its latest decision (e.g. a group
        /// session marked late). The decision stays as made; the page offers a correction.
        var changedSinceDecision: Bool {
            guard let latest = corrections.last ?? decided, let days = latest.details.activityDays else { return false }
            return days != result.activityDays.map(\.iso)
        }
    }

    static func fullText(description: String, resolution: String) -> String {
        "\(description)\n\nPäätös:\n\nRatkaisun laji: Myönteinen\nRatkaisu ja perustelu: \(resolution)"
    }

    static func months(ofPeriod periodID: UUID, today: Day, on db: any Database) async throws -> [Month] {
        let settings = try await OrganisationSettings.load(on: db)
        let ranges = try await DecisionService.grantedRanges(periodID, on: db).sorted { $0.first < $1.first }
        // Attended group sessions are activity days under the same one-a-day rule.
        let meetings =
            try await Meeting.query(on: db).filter(\.$period.$id == periodID).all().compactMap(\.allowanceMeeting)
            + (try await GroupAttendanceService.allowanceMeetings(ofPeriods: [periodID], on: db)[periodID] ?? [])
        let decisions = try await Decision.query(on: db).filter(\.$period.$id == periodID)
            .filter(\.$kind == Decision.Kind.allowance.rawValue).sort(\.$number).all()
        return months(
            ranges: ranges, meetings: meetings, allowanceDecisions: decisions, settings: settings, today: today)
    }

    /// The months from rows already loaded, so a page covering many periods (the worker's
    /// home page) loads them in a few queries. `ranges` sorted by first day;
    /// `allowanceDecisions` sorted by number.
    static func months(
        ranges: [DayRange], meetings: [ActivityAllowance.Meeting], allowanceDecisions decisions: [Decision],
        settings: OrganisationSettings, today: Day
    ) -> [Month] {
        var months: [Month] = []
        for range in ranges {
            for month in ActivityAllowance.months(of: range, mode: settings.allowanceMonthMode) {
                let result = ActivityAllowance.count(
                    month: month, meetings: meetings, decisions: ranges, rates: settings.allowanceRates)
                let input = AllowanceDecisionText.Input(rehabilitationDecision: range, month: result)
                let forMonth = decisions.filter { $0.firstDay == month.first.iso }
                let first = forMonth.first { $0.correctsID == nil }
                months.append(
                    Month(
                        decision: range, result: result, description: AllowanceDecisionText.description(input),
                        resolution: AllowanceDecisionText.resolution(input), decided: first,
                        corrections: forMonth.filter { $0.correctsID != nil }, isPast: month.last < today))
            }
        }
        return months
    }

    /// Decides a month's allowance. A month is decided once; `correct` makes a correction
    /// that refers to the first decision.
    static func decide(periodID: UUID, monthFirst text: String?, correct: Bool, on request: Request) async throws
        -> Decision
    {
        let user = try request.requireUser()
        let period = try await PeriodService.find(periodID, for: user, on: request.db)
        guard user.can(.makeDecisions, inUnit: period.$unit.id) else { throw AppError.forbidden }
        guard let first = text.flatMap({ Day(parsing: $0) }) else {
            throw AppError.invalid(.errorDateInvalid, field: "month")
        }
        let today = Day(request.now)
        return try await request.db.atomically { db in
            try await db.serializeWrites()
            let months = try await months(ofPeriod: periodID, today: today, on: db)
            guard let month = months.first(where: { $0.result.month.first == first }) else {
                throw AppError.invalid(.allowanceMonthUnknown, field: "month")
            }
            guard month.isPast else { throw AppError.invalid(.allowanceNotYet, field: "month") }
            guard !month.result.activityDays.isEmpty else { throw AppError.invalid(.allowanceNoDays, field: "month") }
            if month.decided != nil, !correct { throw AppError.invalid(.allowanceAlreadyDecided, field: "month") }
            if month.decided == nil, correct { throw AppError.invalid(.allowanceNothingToCorrect, field: "month") }
            let decision = try await DecisionService.insert(
                kind: .allowance, period: period, range: month.result.month, text: month.proposedText,
                resolution: .positive, opinionHeard: true, opinionMethod: "Tavattu", isContinuation: false,
                details: .init(activityDays: month.result.activityDays.map(\.iso)),
                amountCents: month.result.totalCents,
                correctsID: month.decided?.id, user: user, now: request.now, on: db)
            try await AuditLog.append(
                .create, unitID: period.$unit.id, clientID: period.$client.id, recordType: "decision",
                recordID: decision.id?.uuidString, detail: "allowance \(decision.number)", on: request, db: db)
            return decision
        }
    }
}
