/// Password rules. Bcrypt only reads the first 72 bytes, so longer ones are refused rather
/// than silently truncated.
public enum PasswordPolicy {
    public static let minimumLength = 12
    public static let maximumBytes = 72

    public enum Problem: Error, Equatable, Sendable {
        case tooShort
        case tooLong
        case sameAsEmail
        case mismatch
        case unchanged

        public var key: L10nKey {
            switch self {
            case .tooShort: .errorPasswordTooShort
            case .tooLong: .errorPasswordTooLong
            case .sameAsEmail: .errorPasswordSameAsEmail
            case .mismatch: .errorPasswordMismatch
            case .unchanged: .errorPasswordUnchanged
            }
        }
    }

    /// Checks a new password; returns the first problem found, or nil.
    public static func problem(with password: String, email: String? = nil) -> Problem? {
        if password.count < minimumLength { return .tooShort }
        if password.utf8.count > maximumBytes { return .tooLong }
        if let email, password.lowercased() == email.lowercased() { return .sameAsEmail }
        return nil
    }
}
