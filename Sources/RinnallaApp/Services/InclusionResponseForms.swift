import Foundation
import RinnallaCore

/// The public form's fields and a paper form's row share these names (issue 14): the
/// statements are `s1` … `s10`, the rest are the coding keys. A paper row's fields carry
/// the row's prefix (`r3s1`, `r3gender`; `PaperEntryForm`).
extension InclusionResponseService.Submission: PageForm {
    enum CodingKeys: String, CodingKey {
        case gender, ageGroup, labourStatus, pairingCode, language
    }

    /// The field of a statement, numbered from 1.
    static func name(statement number: Int) -> String { "s\(number)" }

    init() {
        self.init(answers: Array(repeating: nil, count: InclusionIndicator.statementCount))
    }

    init(from decoder: any Decoder) throws {
        self.init(fields: try decoder.container(keyedBy: FormFieldKey.self), prefix: "")
    }

    /// The fields named `prefix` + a field's name: a paper row's, or the public form's
    /// with no prefix.
    init(fields: KeyedDecodingContainer<FormFieldKey>, prefix: String) {
        func text(_ name: String) -> String? { fields.text(prefix + name) }
        self.init(
            answers: (1...InclusionIndicator.statementCount).map { text(Self.name(statement: $0)) },
            gender: text(Self.name(.gender)), ageGroup: text(Self.name(.ageGroup)),
            labourStatus: text(Self.name(.labourStatus)), pairingCode: text(Self.name(.pairingCode)),
            language: text(Self.name(.language)))
    }
}

/// Staff entry of a batch of paper forms: `rows` rows of `Submission` fields, each row's
/// named with its prefix (`r1gender`), the self-completion tick and a note. `rows` also
/// comes in the page's address (`?rows=20`) to ask for more rows.
struct PaperEntryForm: PageForm, Sendable {
    var rows: String?
    var selfCompleted: String?
    var note: String?
    /// Every row sent, by its number from 1.
    var sent: [Int: InclusionResponseService.Submission] = [:]

    enum CodingKeys: String, CodingKey {
        case rows, selfCompleted, note
    }

    static let defaultRows = 10
    static let maxRows = 50

    /// The prefix of a row's fields, numbered from 1.
    static func prefix(row: Int) -> String { "r\(row)" }

    /// A field of a row.
    static func name(row: Int, _ field: String) -> String { prefix(row: row) + field }

    var isSelfCompleted: Bool { selfCompleted == "on" }

    /// The asked number of rows, when it is one the page offers.
    var rowCount: Int? { BoundedInput.integer(rows, in: 1...Self.maxRows) }

    /// Row `number` (from 1) as sent; an empty row when it was not.
    func row(_ number: Int) -> InclusionResponseService.Submission { sent[number] ?? .init() }

    init() {}

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rows = try c.decodeIfPresent(String.self, forKey: .rows)
        selfCompleted = try c.decodeIfPresent(String.self, forKey: .selfCompleted)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        let fields = try decoder.container(keyedBy: FormFieldKey.self)
        // Every row the page can have, whatever `rows` says: the address may ask for more.
        for number in 1...Self.maxRows {
            sent[number] = .init(fields: fields, prefix: Self.prefix(row: number))
        }
    }
}

/// The round page's address after a batch is entered (`?entered=12&incomplete=1`): the
/// notice counts the forms.
struct PaperEntryResultQuery: PageForm, Sendable {
    var entered: String?
    var incomplete: String?

    enum CodingKeys: String, CodingKey {
        case entered, incomplete
    }
}
