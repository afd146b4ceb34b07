/// The closing feedback of finished periods, counted for the team leads (issue 15; shown
/// in their view): whether the client filled in the feedback form, by the form's
/// language ("palautelomake (suomeksi/ruotsiksi)"), protected against small cells.
public enum ClosingFeedback {
    /// Rows of the table.
    public enum Answer: String, CaseIterable, Sendable {
        case given, declined, notRecorded = "not-recorded"
    }

    /// Columns of the table: the form's language, or none recorded.
    public enum FormLanguage: String, CaseIterable, Sendable {
        case fi, sv, none
    }

    /// One final evaluation's answers, as stored.
    public struct Record: Sendable, Equatable {
        public let given: Bool?
        public let language: String?

        public init(given: Bool?, language: String?) {
            self.given = given
            self.language = language
        }

        var answer: Answer { given.map { $0 ? .given : .declined } ?? .notRecorded }
        var formLanguage: FormLanguage { language.flatMap(FormLanguage.init(rawValue:)) ?? .none }
    }

    /// Answers × languages, every count and total protected (`SmallCellSuppression`).
    public static func table(_ records: [Record], threshold: Int) -> ProtectedTable {
        var counts = Answer.allCases.map { _ in FormLanguage.allCases.map { _ in 0 } }
        for record in records {
            let row = Answer.allCases.firstIndex(of: record.answer)!
            let column = FormLanguage.allCases.firstIndex(of: record.formLanguage)!
            counts[row][column] += 1
        }
        return SmallCellSuppression.protect(table: counts, threshold: threshold)
    }
}
