import OpenAPIKit
import RinnallaCore

/// A reporting month (`yyyy-MM`, `M.yyyy`, `M/yyyy`) or quarter (`yyyy-Qn`), years
/// 1900–2200: the dashboard's `period`. The pattern is exactly what
/// `ReportingPeriod(parsing:)` reads, so a document-valid value is never refused and a
/// value the document calls invalid (a blank, a space, month 13) is a 422 naming the field.
struct PeriodText: APISchemaDescribing, Sendable {
    let period: ReportingPeriod

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = Self.period(text) else {
            throw AppError.invalid(.dashboardPeriodInvalid, field: decoder.codingPath.last?.stringValue)
        }
        self.period = period
    }

    private init(period: ReportingPeriod) { self.period = period }

    /// The period the text names, if it is in one of the documented forms.
    static func period(_ text: String) -> ReportingPeriod? {
        guard text.wholeMatch(of: regex) != nil else { return nil }
        return ReportingPeriod(parsing: text)
    }

    private static let year = "(19[0-9]{2}|2[01][0-9]{2}|2200)"
    private static let month = "(0?[1-9]|1[0-2])"
    static let pattern = "^(\(year)-\(month)|\(month)[./]\(year)|\(year)-[Qq][1-4])$"
    nonisolated(unsafe) private static let regex = try! Regex(pattern)

    static var apiSchema: JSONSchema {
        .string(description: "A month (yyyy-MM, M.yyyy) or a quarter (yyyy-Qn)", pattern: pattern)
    }
    static var apiSample: Self { .init(period: .month(Month(2026, 1))) }
}
