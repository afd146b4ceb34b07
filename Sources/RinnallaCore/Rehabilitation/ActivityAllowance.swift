/// The client's activity allowance (asiakkaan toimintaraha): a fixed sum for each day
/// with at least one realised individual or group meeting inside a valid decision, paid
/// monthly in arrears as preventive social assistance.
public enum ActivityAllowance {
    /// How allowance months are cut: from the decision's start day (4.1.–3.2.2024, the
    /// handbook's example) or by calendar month (an organisation setting).
    public enum MonthMode: String, Sendable, Codable, CaseIterable {
        case fromDecisionStart = "decision-start"
        case calendar
    }

    public enum MeetingStatus: String, Sendable, Codable, CaseIterable {
        case planned
        case realised
        case cancelled
        case didNotCome = "did-not-come"
    }

    /// One meeting as the allowance sees it.
    public struct Meeting: Sendable, Hashable {
        public var day: Day
        public var status: MeetingStatus
        public var isGroup: Bool

        public init(day: Day, status: MeetingStatus, isGroup: Bool = false) {
            self.day = day
            self.status = status
            self.isGroup = isGroup
        }
    }

    /// Why a day with a meeting earns nothing.
    public enum ExclusionReason: String, Sendable, Codable, Equatable {
        case cancelled
        case didNotCome = "did-not-come"
        case planned
        case outsideDecision = "outside-decision"
    }

    /// A rate in cents a day, valid from a day on (the rate is an organisation setting).
    public struct Rate: Sendable, Hashable, Codable {
        public var validFrom: Day
        public var centsPerDay: Int

        public init(validFrom: Day, centsPerDay: Int) {
            self.validFrom = validFrom
            self.centsPerDay = centsPerDay
        }

        /// The handbook's 9 € a day.
        public static let handbook = Rate(validFrom: Day(2000, 1, 1), centsPerDay: 900)
    }

    /// The rate in force on `day`: the latest rate starting on or before it.
    public static func rate(on day: Day, rates: [Rate]) -> Int? {
        rates.filter { $0.validFrom <= day }.max { $0.validFrom < $1.validFrom }?.centsPerDay
    }

    /// The allowance months of a decision: from its start day, each up to the day before
    /// the same date a month later (4.1.–3.2.), or calendar months, clipped to the decision.
    public static func months(of decision: DayRange, mode: MonthMode) -> [DayRange] {
        var result: [DayRange] = []
        switch mode {
        case .fromDecisionStart:
            var index = 0
            while true {
                let first = decision.first.sameDay(monthsLater: index)
                guard first <= decision.last else { break }
                let last = min(decision.first.sameDay(monthsLater: index + 1).adding(days: -1), decision.last)
                result.append(DayRange(first, last))
                index += 1
            }
        case .calendar:
            var first = decision.first
            while first <= decision.last {
                let monthEnd = Day(first.year, first.month, Day.daysInMonth(first.year, first.month))
                let last = min(monthEnd, decision.last)
                result.append(DayRange(first, last))
                first = last.adding(days: 1)
            }
        }
        return result
    }

    public struct ExcludedDay: Sendable, Equatable, Codable {
        public var day: Day
        public var reason: ExclusionReason

        public init(day: Day, reason: ExclusionReason) {
            self.day = day
            self.reason = reason
        }
    }

    /// One month's count: the activity days, the days left out and the sum.
    public struct MonthResult: Sendable, Equatable {
        public var month: DayRange
        public var activityDays: [Day]
        public var excluded: [ExcludedDay]
        /// Cents a day for each activity day, in day order.
        public var dayRates: [Int]
        public var totalCents: Int { dayRates.reduce(0, +) }
        /// The rate when every activity day had the same one (the usual case).
        public var singleRate: Int? { Set(dayRates).count == 1 ? dayRates.first : nil }
    }

    /// Counts a month. `decisions` are the period's valid decisions; a meeting day outside
    /// all of them earns nothing and is listed as such. Two meetings on one day count once.
    public static func count(
        month: DayRange, meetings: [Meeting], decisions: [DayRange], rates: [Rate]
    ) -> MonthResult {
        let byDay = Dictionary(grouping: meetings.filter { month.contains($0.day) }, by: \.day)
        var activity: [Day] = []
        var excluded: [ExcludedDay] = []
        for day in byDay.keys.sorted() {
            let statuses = Set(byDay[day]!.map(\.status))
            if statuses.contains(.realised) {
                if decisions.contains(where: { $0.contains(day) }) {
                    activity.append(day)
                } else {
                    excluded.append(.init(day: day, reason: .outsideDecision))
                }
            } else if statuses.contains(.didNotCome) {
                excluded.append(.init(day: day, reason: .didNotCome))
            } else if statuses.contains(.cancelled) {
                excluded.append(.init(day: day, reason: .cancelled))
            } else {
                excluded.append(.init(day: day, reason: .planned))
            }
        }
        let dayRates = activity.map { rate(on: $0, rates: rates) ?? 0 }
        return MonthResult(month: month, activityDays: activity, excluded: excluded, dayRates: dayRates)
    }
}
