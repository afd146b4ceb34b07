import Foundation

/// Checks on free-text input shared by the web forms, the API and the CLI.
public enum InputRules {
    public static let maximumNameLength = 200
    public static let maximumEmailLength = 254

    /// A plausible email address: one `@`, a dot in the domain, no spaces.
    public static func isValidEmail(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, email.count <= maximumEmailLength else { return false }
        let domain = parts[1]
        guard domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix("."),
            !email.contains(where: { $0.isWhitespace })
        else { return false }
        return true
    }

    /// Trimmed text, or nil when nothing but white space was given.
    public static func trimmed(_ text: String?) -> String? {
        guard let value = text?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }
}
