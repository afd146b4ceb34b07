import Foundation

/// An official language version of the inclusion indicator, installed by an admin as a
/// JSON data file. The guide (lines 2128–2130) says THL has translated the indicator
/// (e.g. English, Swedish, Russian, North Sami, Arabic, Somali) and that the versions are
/// requested from THL's researchers; the indicator is validated only in its official form
/// (lines 2314–2322). So Rinnalla ships no translation and never machine-translates: a
/// language version exists only when someone installs THL's official wording, with its
/// source named.
///
/// The file:
/// ```json
/// {
///   "format": "rinnalla-esis-translation/1",
///   "language": "sv",
///   "source": "THL, official Swedish version …",
///   "attribution": "© Terveyden ja hyvinvoinnin laitos …",
///   "question": "…", "guidingSentence": "…",
///   "statements": ["… 10 statements in the original's order …"],
///   "options": ["… 5 options for the points 1 … 5 …"]
/// }
/// ```
public struct InclusionIndicatorTranslation: Sendable, Hashable, Codable {
    public static let formatName = "rinnalla-esis-translation/1"
    /// A file larger than this is not a translation of ten statements.
    public static let maxBytes = 64_000

    public let format: String
    /// BCP 47 language code: `sv`, `en`, `se`, `ru`, `ar`, `so`, `en-GB` …
    public let language: String
    /// Where the official wording comes from (THL's version, its date or edition).
    public let source: String
    /// Copyright or attribution line printed under the form, if THL gives one.
    public let attribution: String?
    public let question: String
    public let guidingSentence: String
    public let statements: [String]
    public let options: [String]

    public var wording: InclusionIndicatorWording {
        InclusionIndicatorWording(
            language: language, source: source, question: question, guidingSentence: guidingSentence,
            statements: statements, options: options)
    }

    /// Decodes and validates a translation file.
    public static func parse(_ data: Data) throws(InclusionTranslationProblem) -> InclusionIndicatorTranslation {
        guard data.count <= maxBytes else { throw .tooLarge(maxBytes: maxBytes) }
        let translation: InclusionIndicatorTranslation
        do {
            translation = try JSONDecoder().decode(InclusionIndicatorTranslation.self, from: data)
        } catch {
            throw .notReadable
        }
        try translation.validate()
        return translation
    }

    /// Checks the structure: the right format, a language other than the Finnish
    /// original, a named source, exactly 10 statements and 5 options, nothing empty.
    public func validate() throws(InclusionTranslationProblem) {
        guard format == Self.formatName else { throw .unknownFormat(format) }
        guard Self.isLanguageCode(language) else { throw .invalidLanguage(language) }
        guard language.lowercased() != "fi" else { throw .finnishIsTheOriginal }
        guard !source.isBlank else { throw .missingSource }
        guard !question.isBlank else { throw .emptyText(.question) }
        guard !guidingSentence.isBlank else { throw .emptyText(.guidingSentence) }
        guard statements.count == InclusionIndicator.statementCount else {
            throw .statementCount(found: statements.count)
        }
        guard options.count == InclusionIndicator.optionCount else { throw .optionCount(found: options.count) }
        if let index = statements.firstIndex(where: \.isBlank) { throw .emptyText(.statement(index + 1)) }
        if let index = options.firstIndex(where: \.isBlank) { throw .emptyText(.option(index + 1)) }
        if let attribution, attribution.isBlank { throw .emptyText(.attribution) }
    }

    /// Two or three letters, then optional subtags of 2–8 letters or digits.
    static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
            first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}

/// Why a translation file was refused.
public enum InclusionTranslationProblem: Error, Sendable, Hashable {
    public enum Field: Sendable, Hashable {
        case question, guidingSentence, attribution
        /// 1-based.
        case statement(Int)
        /// 1-based, i.e. the option's points.
        case option(Int)
    }

    case tooLarge(maxBytes: Int)
    /// Not JSON, or a field missing or of the wrong type.
    case notReadable
    case unknownFormat(String)
    case invalidLanguage(String)
    /// The Finnish wording is built in and cannot be replaced.
    case finnishIsTheOriginal
    case missingSource
    case statementCount(found: Int)
    case optionCount(found: Int)
    case emptyText(Field)
}

extension String {
    fileprivate var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
