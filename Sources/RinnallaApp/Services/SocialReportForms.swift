import Foundation

/// The social report's filter (a GET form, `/reports/social?unit=…&from=…`): its coding
/// keys name the form's fields and the report's links (issue 14). `format` is the CSV
/// file's, on the export address only.
struct SocialReportFilterForm: PageForm, Sendable {
    var unit: String?
    var from: String?
    var to: String?
    var area: String?
    var format: String?

    enum CodingKeys: String, CodingKey {
        case unit, from, to, area, format
    }

    var csvFormat: SocialReportCSV.Format { format.flatMap(SocialReportCSV.Format.init(rawValue:)) ?? .semicolon }
}

/// The worker's choice of observations for the report: `shown` lists the ones offered
/// (comma-separated IDs), and each ticked one sends `chosen-<id>`.
struct ObservationChoiceForm: PageForm, Sendable {
    var unitID: String?
    var shown: [UUID] = []
    var chosen: Set<UUID> = []

    enum CodingKeys: String, CodingKey {
        case unitID, shown
    }

    static func name(chosen id: UUID) -> String { "chosen-\(id.uuidString)" }

    /// The value of `shown`.
    static func shownValue(_ ids: [UUID]) -> String { ids.map(\.uuidString).joined(separator: ",") }

    init() {}

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        unitID = try c.decodeIfPresent(String.self, forKey: .unitID)
        shown = (try c.decodeIfPresent(String.self, forKey: .shown) ?? "").split(separator: ",")
            .compactMap { UUID(uuidString: String($0)) }
        let boxes = try decoder.container(keyedBy: FormFieldKey.self)
        chosen = Set(shown.filter { boxes.checked(Self.name(chosen: $0)) })
    }
}
