/// The worker's activity money (työntekijän toimintaraha): a yearly sum a worker may
/// spend on goal-directed work with clients, e.g. a coffee or an entrance fee. The
/// handbook: "150 €/vuosi sosiaalityöntekijä ja 300 €/vuosi sosiaaliohjaaja".
public enum WorkerActivityMoney {
    /// Yearly budgets in cents by role. Roles the handbook does not name get nothing
    /// unless the organisation sets a sum for them.
    public static let handbookBudgets: [Role: Int] = [.socialWorker: 15_000, .socialInstructor: 30_000]

    /// The largest sum an organisation may set for one role (a guard against typos).
    public static let maximumBudgetCents = 1_000_000

    /// One person has one budget a year however many units and roles they hold: the
    /// largest of their roles' budgets.
    public static func budget(roles: Set<Role>, budgets: [Role: Int]) -> Int {
        roles.map { budgets[$0] ?? 0 }.max() ?? 0
    }

    public static func remaining(budget: Int, spent: Int) -> Int { budget - spent }

    /// Whether an expense of `sum` cents fits in what is left of the year's budget.
    public static func fits(sum: Int, budget: Int, spent: Int) -> Bool {
        sum > 0 && sum <= remaining(budget: budget, spent: spent)
    }

    /// Euros as typed by a Finnish user: "12", "12,5", "12,50", "12.50", "1 200,00 €".
    /// Nil for anything else, including more than two decimals and negative sums.
    public static func cents(parsing text: String) -> Int? {
        var value = text.replacingOccurrences(of: "€", with: "")
        value.removeAll { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
        value = value.replacingOccurrences(of: ",", with: ".")
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 7,
            whole.allSatisfy(\.isASCII), let euros = Int(whole), euros >= 0
        else { return nil }
        var cents = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCII), let digits = Int(fraction),
                digits >= 0
            else { return nil }
            cents = fraction.count == 1 ? digits * 10 : digits
        }
        return euros * 100 + cents
    }
}
