import Foundation

/// Looks up UI strings from the fi/sv/en catalogs shipped with the module.
public struct Localizer: Sendable {
    public let catalogs: [Language: [String: String]]

    public static let shared: Localizer = {
        do {
            return try Localizer.loadBundled()
        } catch {
            // The catalogs ship inside the binary; a missing one is a packaging error.
            preconditionFailure("Localization catalogs could not be loaded: \(error)")
        }
    }()

    public init(catalogs: [Language: [String: String]]) {
        self.catalogs = catalogs
    }

    public static func loadBundled() throws -> Localizer {
        var catalogs: [Language: [String: String]] = [:]
        for language in Language.allCases {
            guard let url = Bundle.module.url(forResource: language.rawValue, withExtension: "json") else {
                throw CatalogError.missingCatalog(language)
            }
            let data = try Data(contentsOf: url)
            catalogs[language] = try JSONDecoder().decode([String: String].self, from: data)
        }
        return Localizer(catalogs: catalogs)
    }

    public enum CatalogError: Error {
        case missingCatalog(Language)
    }

    /// The string for `key`, with `{name}` placeholders filled from `arguments`.
    /// Falls back to Finnish, then to the key itself, so a gap never crashes a page.
    public func text(_ key: L10nKey, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        let template =
            catalogs[language]?[key.rawValue] ?? catalogs[.fi]?[key.rawValue] ?? key.rawValue
        guard !arguments.isEmpty else { return template }
        var result = template
        for (name, value) in arguments {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }

    /// Keys missing from a language's catalog (the catalog test asserts this is empty).
    public func missingKeys(in language: Language) -> [L10nKey] {
        let catalog = catalogs[language] ?? [:]
        return L10nKey.allCases.filter { (catalog[$0.rawValue] ?? "").isEmpty }
    }

    /// Entries in a catalog that no key uses.
    public func unknownKeys(in language: Language) -> [String] {
        let known = Set(L10nKey.allCases.map(\.rawValue))
        return (catalogs[language] ?? [:]).keys.filter { !known.contains($0) }.sorted()
    }
}
