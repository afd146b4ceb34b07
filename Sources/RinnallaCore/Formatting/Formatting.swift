import Foundation

/// Dates and money as Finnish and Swedish users expect them (`4.1.2024`, `27,00 €`).
public enum Formatting {
    /// The organisation's time zone; dates are shown and days counted in it.
    public static let timeZone = TimeZone(identifier: "Europe/Helsinki") ?? TimeZone(secondsFromGMT: 7200)!

    public static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    public static func date(_ date: Date, _ language: Language) -> String {
        let parts = calendar.dateComponents([.day, .month, .year], from: date)
        let (d, m, y) = (parts.day ?? 0, parts.month ?? 0, parts.year ?? 0)
        switch language {
        case .fi, .sv: return "\(d).\(m).\(y)"
        case .en: return "\(d)/\(m)/\(y)"
        }
    }

    public static func dateTime(_ date: Date, _ language: Language) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        switch language {
        case .fi: return "\(Formatting.date(date, language)) klo \(time)"
        case .sv: return "\(Formatting.date(date, language)) kl. \(time)"
        case .en: return "\(Formatting.date(date, language)) \(time)"
        }
    }

    /// Money from whole cents: `27,00 €` in fi/sv, `€27.00` in English.
    public static func money(cents: Int, _ language: Language) -> String {
        let sign = cents < 0 ? "-" : ""
        let absolute = abs(cents)
        let euros = absolute / 100
        let rest = String(format: "%02d", absolute % 100)
        let grouped = group(euros, separator: language == .en ? "," : "\u{00A0}")
        switch language {
        case .fi, .sv: return "\(sign)\(grouped),\(rest)\u{00A0}€"
        case .en: return "\(sign)€\(grouped).\(rest)"
        }
    }

    private static func group(_ value: Int, separator: String) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += separator }
            out.append(digit)
        }
        return out
    }

    /// Parses `d.M.yyyy` (also `yyyy-MM-dd`, as HTML date inputs send) into a day at
    /// midnight in the organisation's time zone.
    public static func parseDay(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numbers: [Int]
        let isISO = trimmed.contains("-")
        numbers = trimmed.split(whereSeparator: { $0 == "." || $0 == "-" }).compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        let (y, m, d) = isISO ? (numbers[0], numbers[1], numbers[2]) : (numbers[2], numbers[1], numbers[0])
        guard (1900...2200).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        var parts = DateComponents()
        (parts.year, parts.month, parts.day) = (y, m, d)
        guard let date = calendar.date(from: parts),
            calendar.component(.day, from: date) == d
        else { return nil }
        return date
    }
}
