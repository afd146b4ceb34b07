import Foundation

/// Checks on a place in the service map, shared by the pages, the API and the demo data.
public enum PlaceRules {
    public static let maximumAddressLength = 300
    public static let maximumNotesLength = 1000
    public static let maximumDescriptionLength = 4000
    public static let maximumWebAddressLength = 2000

    /// Languages a place may serve in: the national ones, English, and the largest
    /// foreign-language groups in Helsinki.
    public static let languages = ["fi", "sv", "en", "ru", "et", "so", "ar"]

    /// A web address the page can link to: http or https with a host, nothing else (no
    /// `javascript:` or `mailto:`), no spaces.
    public static func webAddress(_ text: String) -> String? {
        guard text.count <= maximumWebAddressLength, !text.contains(where: { $0.isWhitespace }),
            let components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty, host.contains(".") || host == "localhost",
            components.user == nil, components.password == nil
        else { return nil }
        return text
    }

    /// Whether `text` matches the place's searchable text: case- and accent-insensitive,
    /// every word somewhere ("kontula asema" finds "Kontulan D-asema").
    public static func matches(_ query: String, in fields: [String]) -> Bool {
        let words = query.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty else { return true }
        let haystack = fields.joined(separator: " ")
        return words.allSatisfy { haystack.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
    }

    /// The stored form of a place's languages: known codes in the list's order.
    public static func encodeLanguages(_ codes: [String]) -> String {
        languages.filter(codes.contains).joined(separator: ",")
    }

    public static func decodeLanguages(_ stored: String) -> [String] {
        stored.split(separator: ",").map(String.init).filter(languages.contains)
    }
}
