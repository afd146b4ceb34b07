import RinnallaCore

/// How small-cell protection reads in tables, charts and exports (issue 6).
enum ProtectedCountText {
    /// "12", "alle 5" or "piilotettu".
    static func text(_ count: ProtectedCount, language: RinnallaCore.Language) -> String {
        switch count {
        case .shown(let value): String(value)
        case .fewerThan(let threshold):
            Localizer.shared.text(.privacyFewerThan, language, ["threshold": String(threshold)])
        case .hidden: Localizer.shared.text(.privacyHidden, language)
        }
    }

    /// The sentence in place of a subgroup's mean or distribution that is not shown.
    static func text<Value>(
        _ summary: ProtectedSummary<Value>, language: RinnallaCore.Language, shown: (Value) -> String
    )
        -> String
    {
        switch summary {
        case .shown(let value, _): shown(value)
        case .suppressed(let threshold):
            Localizer.shared.text(.privacySummarySuppressed, language, ["threshold": String(threshold)])
        }
    }
}
