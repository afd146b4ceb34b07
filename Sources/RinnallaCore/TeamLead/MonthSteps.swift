/// Stepping between calendar months, for the team lead's month-by-month figures.
extension Month {
    /// The month `months` later (earlier when negative). Years are held to
    /// `Day.representableYears` first, like `Day.sameDay(monthsLater:)`, so no value traps.
    public func adding(months: Int) -> Month {
        let years = Day.representableYears
        let bound = years.upperBound * 12
        let start = min(max(year, years.lowerBound), years.upperBound) * 12 + (min(max(month, 1), 12) - 1)
        let total = start + min(max(months, -2 * bound), 2 * bound)
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        return Month(y, total - y * 12 + 1)
    }

    /// The twelve months ending at `last` (included), oldest first.
    public static func lastTwelve(endingAt last: Month) -> [Month] {
        (-11...0).map { last.adding(months: $0) }
    }
}
