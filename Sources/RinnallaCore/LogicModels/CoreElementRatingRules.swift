/// The rules of a unit's yearly self-rating of a model's core elements (issue 17, item 2).
public enum CoreElementRatingRules {
    public static let maximumReasonLength = 1000
    /// No organisation rated its work in Rinnalla before this year.
    public static let earliestYear = 2020

    /// One element's rating that passed the checks; a reason left empty is nil.
    public struct Valid: Sendable, Equatable {
        public var rating: CoreElementRating
        public var reason: String?

        public init(rating: CoreElementRating, reason: String?) {
            self.rating = rating
            self.reason = reason
        }
    }

    /// The years a unit may rate, and view: from `earliestYear` to the running year.
    public static func years(today: Day) -> ClosedRange<Int> { earliestYear...max(earliestYear, today.year) }

    /// A year as typed or sent (`2026`), within `years(today:)`. Field name: `year`.
    public static func year(_ text: String?, today: Day) throws(FieldProblem) -> Int {
        let range = years(today: today)
        guard let year = BoundedInput.integer(text, in: range) else {
            throw FieldProblem(
                .logicModelUnitErrorYearInvalid, field: "year",
                arguments: ["first": String(range.lowerBound), "last": String(range.upperBound)])
        }
        return year
    }

    /// One element's rating as the form sends it. Nothing chosen and no reason: the
    /// element is left as it is (nil). A reason needs a rating; partly and not yet need a
    /// reason. The problems name `ratingField` or `reasonField`, with the element's id
    /// as the `element` argument for the message.
    public static func validate(
        rating: String?, reason: String?, element: String, ratingField: String, reasonField: String
    ) throws(FieldProblem) -> Valid? {
        let reason = InputRules.trimmed(reason)
        guard let text = InputRules.trimmed(rating) else {
            guard reason == nil else {
                throw FieldProblem(
                    .logicModelUnitErrorRatingMissing, field: ratingField, arguments: ["element": element])
            }
            return nil
        }
        guard let rating = CoreElementRating(rawValue: text) else {
            throw FieldProblem(.logicModelUnitErrorRatingInvalid, field: ratingField, arguments: ["element": element])
        }
        if rating.needsReason, reason == nil {
            throw FieldProblem(.logicModelUnitErrorReasonRequired, field: reasonField, arguments: ["element": element])
        }
        if let reason, reason.count > maximumReasonLength {
            throw FieldProblem(
                .logicModelUnitErrorReasonTooLong, field: reasonField,
                arguments: ["element": element, "max": String(maximumReasonLength)])
        }
        return Valid(rating: rating, reason: reason)
    }
}
