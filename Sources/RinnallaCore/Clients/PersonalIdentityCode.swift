import Foundation

/// A Finnish personal identity code (henkilötunnus), e.g. `131052-308T`: birth date,
/// century sign, individual number and check character.
public struct PersonalIdentityCode: Sendable, Hashable, CustomStringConvertible {
    public let value: String
    public let birthDate: DateComponents

    public enum Problem: Error, Equatable, Sendable {
        case format
        case centurySign
        case date
        case individualNumber
        case checkCharacter(expected: Character)
    }

    static let checkCharacters = Array("0123456789ABCDEFHJKLMNPRSTUVWXY")

    /// Century signs: `+` 1800s; `-`, `Y`, `X`, `W`, `V`, `U` 1900s; `A`–`F` 2000s
    /// (the extra signs in use since 2023).
    static func century(for sign: Character) -> Int? {
        switch sign {
        case "+": 1800
        case "-", "Y", "X", "W", "V", "U": 1900
        case "A", "B", "C", "D", "E", "F": 2000
        default: nil
        }
    }

    public var description: String { value }

    public init(_ text: String) throws(Problem) {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        let characters = Array(code)
        guard characters.count == 11 else { throw .format }
        let digits = String(characters[0..<6]) + String(characters[7..<10])
        guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { throw .format }
        guard let century = Self.century(for: characters[6]) else { throw .centurySign }
        let day = Int(String(characters[0..<2]))!
        let month = Int(String(characters[2..<4]))!
        let year = century + Int(String(characters[4..<6]))!
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components), calendar.component(.day, from: date) == day,
            calendar.component(.month, from: date) == month
        else { throw .date }
        let individual = Int(String(characters[7..<10]))!
        guard individual >= 2 else { throw .individualNumber }
        let expected = Self.checkCharacters[Int(digits)! % 31]
        guard characters[10] == expected else { throw .checkCharacter(expected: expected) }
        self.value = code
        self.birthDate = components
    }

    public static func isValid(_ text: String) -> Bool {
        (try? PersonalIdentityCode(text)) != nil
    }

    /// Only the birth date part, for lists where the whole code need not show.
    public var masked: String { String(value.prefix(7)) + "****" }
}
