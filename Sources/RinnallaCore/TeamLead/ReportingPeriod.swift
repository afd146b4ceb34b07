/// The month or quarter a team lead's page shows, as the query names it: a month
/// "2026-11", "11.2026" or "11/2026" (`BoundedInput.month`) or a quarter "2026-Q4".
public enum ReportingPeriod: Sendable, Hashable, CustomStringConvertible {
    case month(Month)
    /// A calendar quarter, 1 (January–March) … 4.
    case quarter(year: Int, quarter: Int)

    /// The month containing `day`, the page's default.
    public static func month(containing day: Day) -> ReportingPeriod { .month(Month(day)) }

    /// Nil for anything else, a year outside `BoundedInput.years` included: the app
    /// answers 422.
    public init?(parsing text: String?) {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty, text.utf8.count <= 16 else {
            return nil
        }
        let parts = text.uppercased().split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[1].hasPrefix("Q") {
            guard let year = BoundedInput.integer(String(parts[0]), in: BoundedInput.years),
                parts[0].count == 4,
                let quarter = BoundedInput.integer(String(parts[1].dropFirst()), in: 1...4),
                parts[1].count == 2
            else { return nil }
            self = .quarter(year: year, quarter: quarter)
            return
        }
        guard let month = BoundedInput.month(text) else { return nil }
        self = .month(month)
    }

    /// The months covered, oldest first.
    public var months: [Month] {
        switch self {
        case .month(let month): [month]
        case .quarter(let year, let quarter): (1...3).map { Month(year, 3 * (quarter - 1) + $0) }
        }
    }

    public var range: DayRange { DayRange(months[0].firstDay, months[months.count - 1].lastDay) }

    /// The period just before, of the same kind; nil when it would fall outside
    /// `BoundedInput.years` (a link to it could not be read back).
    public var previous: ReportingPeriod? {
        let period: ReportingPeriod
        switch self {
        case .month(let month): period = .month(month.adding(months: -1))
        case .quarter(let year, let quarter):
            period = quarter == 1 ? .quarter(year: year - 1, quarter: 4) : .quarter(year: year, quarter: quarter - 1)
        }
        return BoundedInput.years.contains(period.months[0].year) ? period : nil
    }

    /// The month or quarter after this one; nil past 2200.
    public var next: ReportingPeriod? {
        let period: ReportingPeriod
        switch self {
        case .month(let month): period = .month(month.adding(months: 1))
        case .quarter(let year, let quarter):
            period = quarter == 4 ? .quarter(year: year + 1, quarter: 1) : .quarter(year: year, quarter: quarter + 1)
        }
        return BoundedInput.years.contains(period.months[0].year) ? period : nil
    }

    /// The quarter holding this period's last month.
    public var quarter: ReportingPeriod {
        let last = months[months.count - 1]
        return .quarter(year: last.year, quarter: (last.month - 1) / 3 + 1)
    }

    /// The last month of this period.
    public var lastMonth: ReportingPeriod { .month(months[months.count - 1]) }

    /// The twelve months the chart shows: ending at the period's last month.
    public var chartMonths: [Month] { Month.lastTwelve(endingAt: months[months.count - 1]) }

    /// The day the figures are taken on: the period's last day, or today while it runs.
    /// Past months are judged as they ended, the running one as the worker's page sees it
    /// today.
    public func asOf(today: Day) -> Day { min(range.last, today) }

    /// `2026-11` or `2026-Q4`, the form the query takes back.
    public var iso: String {
        switch self {
        case .month(let month): month.iso
        case .quarter(let year, let quarter): "\(Hex.padded(year, 4))-Q\(quarter)"
        }
    }

    public var description: String { iso }
}
