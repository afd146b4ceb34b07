import Foundation

/// A group's anonymous feedback ("Ryhmistä kerätään palautetta"): the form's rules and the
/// summary its leaders see. The questions are the issue's own (what was good, what to
/// change, a rating 1–5), not an instrument of the seeds.
public enum GroupFeedback {
    public static let ratings = 1...5
    /// Longest answer kept, in characters.
    public static let maximumText = 2000

    public enum Problem: Error, Equatable, Sendable {
        /// All three answers empty.
        case empty
        /// A rating given that is not a whole number 1–5.
        case rating
        /// An answer longer than `maximumText`; the field's name.
        case tooLong(String)
    }

    public struct Answer: Sendable, Equatable {
        public let good: String
        public let change: String
        public let rating: Int?
    }

    /// Checks one submission; answers are trimmed and an empty rating is no rating.
    public static func validate(good: String?, change: String?, rating: String?) -> Result<Answer, Problem> {
        let good = (good ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let change = (change ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let ratingText = (rating ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var value: Int?
        if !ratingText.isEmpty {
            guard let number = Int(ratingText), ratings.contains(number) else { return .failure(.rating) }
            value = number
        }
        if good.isEmpty, change.isEmpty, value == nil { return .failure(.empty) }
        if good.count > maximumText { return .failure(.tooLong("feedbackGood")) }
        if change.count > maximumText { return .failure(.tooLong("feedbackChange")) }
        return .success(Answer(good: good, change: change, rating: value))
    }

    /// What the results may show, with small-cell protection (issue 6).
    public struct Summary: Sendable, Equatable {
        public let threshold: Int
        /// All responses: "fewer than N" for 1 … N − 1.
        public let responses: ProtectedCount
        /// Ratings 1–5 and then "no rating", protected as one list whose total is all
        /// responses; nil while there are fewer responses than the threshold.
        public let distribution: ProtectedList?
        /// The mean of the ratings given, shown only when at least `threshold` gave one.
        public let mean: ProtectedSummary<Double>
        /// Free-text answers are listed only when all responses reach the threshold.
        public let showsTexts: Bool
    }

    public static func summary(ratings given: [Int?], threshold setting: Int) -> Summary {
        let threshold = SmallCellSuppression.threshold(setting)
        let total = given.count
        let enough = total >= threshold
        var counts = ratings.map { value in given.filter { $0 == value }.count }
        counts.append(given.filter { $0 == nil }.count)
        let rated = given.compactMap { $0 }
        let mean: ProtectedSummary<Double> =
            enough
            ? SmallCellSuppression.summary(responses: rated.count, threshold: threshold) {
                Double(rated.reduce(0, +)) / Double(rated.count)
            } : .suppressed(threshold: threshold)
        return Summary(
            threshold: threshold, responses: SmallCellSuppression.subgroup(total, threshold: threshold),
            distribution: enough ? SmallCellSuppression.protect(list: counts, threshold: threshold) : nil,
            mean: mean, showsTexts: enough)
    }
}

/// A group's attendance over its sessions, for the group report.
public enum GroupAttendanceFigures {
    public struct Session: Sendable, Equatable {
        public let day: Day
        /// Enrolled clients marked present.
        public let present: Int
        /// Clients enrolled on the session's day.
        public let enrolled: Int
        public let walkIns: Int
        /// Whether attendance was saved for the session at all.
        public let recorded: Bool

        public init(day: Day, present: Int, enrolled: Int, walkIns: Int, recorded: Bool) {
            self.day = day
            self.present = present
            self.enrolled = enrolled
            self.walkIns = walkIns
            self.recorded = recorded
        }

        /// Present ÷ enrolled, 0…1; nil without members or without marked attendance.
        public var rate: Double? {
            GroupAttendanceFigures.rate(present: present, enrolled: enrolled, recorded: recorded)
        }
    }

    public static func rate(present: Int, enrolled: Int, recorded: Bool = true) -> Double? {
        guard recorded, enrolled > 0 else { return nil }
        return Double(present) / Double(enrolled)
    }

    /// All present ÷ all enrolled over the sessions with attendance marked.
    public static func overallRate(_ sessions: [Session]) -> Double? {
        let marked = sessions.filter { $0.recorded }
        return rate(
            present: marked.reduce(0) { $0 + $1.present }, enrolled: marked.reduce(0) { $0 + $1.enrolled })
    }
}
