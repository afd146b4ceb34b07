/// The UI languages. Finnish is the default.
public enum Language: String, CaseIterable, Codable, Sendable {
    case fi, sv, en

    public static let `default` = Language.fi

    /// The language's own name, as shown in the language switch.
    public var nativeName: String {
        switch self {
        case .fi: "suomi"
        case .sv: "svenska"
        case .en: "English"
        }
    }

    public init?(code: String) {
        let primary = code.lowercased().split(separator: "-").first.map(String.init) ?? ""
        self.init(rawValue: primary)
    }

    /// Picks the best supported language from an `Accept-Language` header value.
    public static func preferred(acceptLanguage: String?) -> Language? {
        guard let header = acceptLanguage, !header.isEmpty else { return nil }
        var best: (language: Language, quality: Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, let language = Language(code: tag) else { continue }
            var quality = 1.0
            for parameter in pieces.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            if quality > 0, quality > (best?.quality ?? -1) {
                best = (language, quality)
            }
        }
        return best?.language
    }
}
