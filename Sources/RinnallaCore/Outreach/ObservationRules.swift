/// Checks on an observation of a phenomenon (ilmiöhavainto). Observations feed social
/// reporting ("Tieto marginaalisista ja piiloon jäävistä tilanteista ja ilmiöistä") and are
/// written without identifying anyone, so text that carries an identity code, a phone
/// number or an e-mail address is refused, not stored.
public enum ObservationRules {
    public static let maximumTextLength = 4000
    public static let maximumTags = 10
    public static let maximumTagLength = 40

    /// What in a text would identify a person.
    public enum Identifying: String, Sendable, Hashable {
        case identityCode = "identity-code"
        case phoneNumber = "phone-number"
        case emailAddress = "email-address"
    }

    /// The first identifying detail found in `text`, if any: a valid Finnish identity code
    /// (check character and date correct), a phone number (7 or more digits starting with
    /// `0` or `+`, spaces, hyphens and brackets allowed between them) or an e-mail address.
    public static func identifying(in text: String) -> Identifying? {
        let characters = Array(text)
        if containsIdentityCode(characters) { return .identityCode }
        if containsPhoneNumber(characters) { return .phoneNumber }
        if containsEmailAddress(characters) { return .emailAddress }
        return nil
    }

    /// Tags from a comma-separated list: trimmed, lower-cased, empty and repeated ones
    /// dropped, in the order written.
    public static func tags(_ text: String) -> [String] {
        var seen = Set<String>()
        return text.split(separator: ",").compactMap { part in
            let tag = part.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            guard !tag.isEmpty, seen.insert(tag).inserted else { return nil }
            return tag
        }
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private static func isASCIIDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    private static func containsIdentityCode(_ characters: [Character]) -> Bool {
        guard characters.count >= 11 else { return false }
        for start in 0...(characters.count - 11) {
            guard start == 0 || !isWordCharacter(characters[start - 1]) else { continue }
            guard characters[start..<(start + 6)].allSatisfy(isASCIIDigit) else { continue }
            let end = start + 11
            guard end == characters.count || !isWordCharacter(characters[end]) else { continue }
            if PersonalIdentityCode.isValid(String(characters[start..<end])) { return true }
        }
        return false
    }

    private static func containsPhoneNumber(_ characters: [Character]) -> Bool {
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let startsNumber = character == "+" || character == "(" || character == "0"
            guard startsNumber, index == 0 || !isWordCharacter(characters[index - 1]) else {
                index += 1
                continue
            }
            var digits = 0
            var cursor = index
            // Separators between digit groups, at most two in a row ("(09) 310").
            var separators = 0
            while cursor < characters.count {
                let next = characters[cursor]
                if isASCIIDigit(next) {
                    digits += 1
                    separators = 0
                } else if " -()+".contains(next), separators < 2 {
                    separators += 1
                } else {
                    break
                }
                cursor += 1
            }
            if digits >= 7 { return true }
            index = max(cursor, index + 1)
        }
        return false
    }

    private static func containsEmailAddress(_ characters: [Character]) -> Bool {
        let localCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
        let domainCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
        for (at, character) in characters.enumerated() where character == "@" {
            var start = at
            while start > 0, localCharacters.contains(characters[start - 1]) { start -= 1 }
            var end = at + 1
            while end < characters.count, domainCharacters.contains(characters[end]) { end += 1 }
            var domain = String(characters[(at + 1)..<end])
            while domain.hasSuffix(".") { domain.removeLast() }
            guard start < at, domain.contains("."), !domain.hasPrefix(".") else { continue }
            return true
        }
        return false
    }
}
