import Fluent
import Foundation
import RinnallaCore

/// The organisation's part of a printed decision (issue 15): its name and unit, the
/// decision-maker's title, the phone for further information, how decisions are served and
/// the review instructions with the body and its address, in Finnish and Swedish. Kept as
/// one organisation setting (`decision.frame`). Decisions are printed for clients only once
/// an administrator has confirmed these texts; who confirmed and when is kept with them.
struct DecisionFrameSettings: Codable, Sendable, Equatable {
    /// The texts in one decision language.
    struct Texts: Codable, Sendable, Equatable {
        var organisation: String
        var unit: String
        var makerTitle: String
        var reviewBody: String
        var reviewAddress: String
        var reviewInstructions: String
        var service: String

        static func defaults(_ language: DecisionLanguage) -> Texts {
            Texts(
                organisation: "", unit: "", makerTitle: DecisionDocument.defaultMakerTitle(language), reviewBody: "",
                reviewAddress: "", reviewInstructions: DecisionDocument.defaultReviewInstructions(language),
                service: DecisionDocument.defaultService(language))
        }
    }

    var fi: Texts
    var sv: Texts
    /// The phone number "lisätietoja antaa" gives beside the worker's name and e-mail.
    var phone: String
    var confirmedBy: UUID?
    var confirmedByName: String?
    var confirmedAt: Date?

    static let key = "decision.frame"

    static let defaults = DecisionFrameSettings(fi: .defaults(.fi), sv: .defaults(.sv), phone: "")

    var isConfirmed: Bool { confirmedAt != nil && confirmedBy != nil }

    func texts(_ language: DecisionLanguage) -> Texts { language == .sv ? sv : fi }

    static func load(on db: any Database) async throws -> DecisionFrameSettings {
        guard let row = try await Setting.find(key, on: db),
            let saved = try? decoder.decode(DecisionFrameSettings.self, from: Data(row.value.utf8))
        else { return defaults }
        return saved
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    func save(on db: any Database) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .iso8601
        let value = String(decoding: try encoder.encode(self), as: UTF8.self)
        try await Setting.query(on: db).filter(\.$id == Self.key).delete()
        try await Setting(key: Self.key, value: value).create(on: db)
    }

    /// The form's field name of a text in a language, e.g. `reviewBody-sv`.
    static func field(_ name: String, _ language: DecisionLanguage) -> String { "\(name)-\(language.rawValue)" }

    /// The texts' field names in the order the form shows them, with their longest length.
    static var textFields: [(name: String, maximum: Int, required: Bool, keyPath: WritableKeyPath<Texts, String>)] {
        [
            ("organisation", 200, true, \.organisation), ("unit", 200, false, \.unit),
            ("makerTitle", 200, true, \.makerTitle), ("reviewBody", 300, true, \.reviewBody),
            ("reviewAddress", 500, true, \.reviewAddress), ("reviewInstructions", 8000, true, \.reviewInstructions),
            ("service", 4000, true, \.service),
        ]
    }
}
