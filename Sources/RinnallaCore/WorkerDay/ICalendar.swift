import Foundation

/// A minimal iCalendar (RFC 5545) writer for read-only feeds: CRLF line ends, lines
/// folded at 75 octets, text values escaped, times in UTC.
public struct ICalendar: Sendable {
    public struct Event: Sendable, Equatable {
        public var uid: String
        public var stamp: Date
        public var start: Date
        public var end: Date
        public var summary: String
        public var location: String?
        public var description: String?
        public var url: String?
        /// `CONFIRMED`, `CANCELLED` or `TENTATIVE`.
        public var status: String?

        public init(
            uid: String, stamp: Date, start: Date, end: Date, summary: String, location: String? = nil,
            description: String? = nil, url: String? = nil, status: String? = nil
        ) {
            self.uid = uid
            self.stamp = stamp
            self.start = start
            self.end = end
            self.summary = summary
            self.location = location
            self.description = description
            self.url = url
            self.status = status
        }
    }

    public var productID: String
    public var name: String
    public var events: [Event]

    public init(productID: String = "-//Rinnalla//Rinnalla//FI", name: String, events: [Event]) {
        self.productID = productID
        self.name = name
        self.events = events
    }

    /// The whole calendar as text, ready to serve as `text/calendar`.
    public func render() -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productID)", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:\(Self.escape(name))",
        ]
        for event in events {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:\(Self.escape(event.uid))")
            lines.append("DTSTAMP:\(Self.utc(event.stamp))")
            lines.append("DTSTART:\(Self.utc(event.start))")
            lines.append("DTEND:\(Self.utc(event.end))")
            lines.append("SUMMARY:\(Self.escape(event.summary))")
            if let location = event.location { lines.append("LOCATION:\(Self.escape(location))") }
            if let description = event.description { lines.append("DESCRIPTION:\(Self.escape(description))") }
            // A URI value is not TEXT: it is not escaped.
            if let url = event.url { lines.append("URL:\(url)") }
            if let status = event.status { lines.append("STATUS:\(status)") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n":
                if !previousWasCR { result += "\\n" }
            default:
                // Other control characters are not allowed in TEXT.
                if scalar.value < 0x20 && scalar != "\t" { break }
                result.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return result
    }

    /// Folds a content line so no line exceeds 75 octets (RFC 5545 3.1): continuation
    /// lines start with one space. A UTF-8 sequence is never split.
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var result = ""
        var current = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if current + size > limit {
                result += "\r\n "
                current = 1
                limit = 75
            }
            result.unicodeScalars.append(scalar)
            current += size
        }
        return result
    }

    /// `20260107T080000Z`
    public static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", p.year ?? 0, p.month ?? 0, p.day ?? 0, p.hour ?? 0, p.minute ?? 0,
            p.second ?? 0)
    }
}
