/// An unofficial English translation of a decision for a client who reads English
/// (issue 15). It is never the decision: it says so at the top and on every printed page,
/// and it is made from the decision's details, so a worker's edits to the official wording
/// are not in it. The official decision, in Finnish or Swedish, carries the review
/// instructions and prevails.
public enum DecisionCourtesyCopy {
    public static let notice =
        "Unofficial English translation for information only. This is not the decision and has no legal effect. The decision is the official document in Finnish or Swedish; it prevails over this translation and tells how to request a review."

    /// The running header printed on every page of the copy.
    public static func pageHeader(number: String) -> String { "Unofficial translation – decision \(number)" }

    public static let pageLabel = "Page"

    public static func title(_ kind: DecisionDocument.Kind) -> String {
        kind == .rehabilitation ? "Decision on social rehabilitation" : "Decision on preventive social assistance"
    }

    public static func legalBasis(_ kind: DecisionDocument.Kind) -> String {
        kind == .rehabilitation ? "Social Welfare Act, section 17" : "Act on Social Assistance, section 13"
    }

    public static func rehabilitation(_ input: DecisionTexts.Rehabilitation) -> String {
        DecisionTexts.rehabilitation(input, wording: .english)
    }

    public static func travelTicket(_ input: DecisionTexts.TravelTicket) -> String {
        DecisionTexts.travelTicket(input, wording: .english)
    }

    /// A month's activity allowance from what the decision recorded: the month, its
    /// activity days and the sum.
    public static func allowance(month: DayRange, activityDays: [Day], totalCents: Int) -> String {
        let days = activityDays.map(\.finnish)
        let list = days.count > 1 ? days.dropLast().joined(separator: ", ") + " and " + days.last! : days.first ?? ""
        return [
            "Activity allowance for the period of social rehabilitation.",
            "",
            "The client has been granted social rehabilitation as individual social guidance work. The activity allowance is paid for each day a meeting took place, monthly in arrears to the client's account.",
            "",
            activityDays.isEmpty
                ? "No meetings took place during \(month.finnish)."
                : "Meetings took place on \(list). The activity allowance is paid for \(activityDays.count) days.",
            "",
            "Decision:",
            "",
            "Type of resolution: Positive",
            "Resolution and grounds: On the basis of the statement of facts, the activity allowance of social rehabilitation is granted as preventive social assistance for \(activityDays.count) days, \(AllowanceDecisionText.euros(totalCents)) euros in total, to the client's account for \(month.finnish).",
        ].joined(separator: "\n")
    }
}
