/// Social rehabilitation group activity ("Ryhmätoiminta"): what a group aims at and how
/// it works. The handbook's core element: "Vuorovaikutustaitoja vahvistava ja
/// osallisuutta edistävä toiminta · Mielekäs tekeminen ja toiminnalliset menetelmät ·
/// Vertaistuki".
public enum GroupAim: String, CaseIterable, Sendable, Codable {
    case everydaySkills = "everyday-skills"
    case socialSkills = "social-skills"
    case inclusion
    case peerSupport = "peer-support"
    case other

    public var key: L10nKey { L10nKey(rawValue: "groups.aim.\(rawValue)") ?? .groupsAimOther }
}

/// How a group works; a group may use several (the handbook's methods a)–e)).
public enum GroupMethod: String, CaseIterable, Sendable, Codable {
    case functional
    case gameBased = "game-based"
    case artBased = "art-based"
    case nature
    case visits
    case peerDiscussion = "peer-discussion"
    case other

    public var key: L10nKey { L10nKey(rawValue: "groups.method.\(rawValue)") ?? .groupsMethodOther }

    /// Methods from their stored form ("functional,nature"), unknown ones left out, in
    /// the catalogue's order.
    public static func parse(_ stored: String) -> [GroupMethod] {
        let raw = Set(stored.split(separator: ",").map(String.init))
        return allCases.filter { raw.contains($0.rawValue) }
    }

    public static func stored(_ methods: [GroupMethod]) -> String {
        allCases.filter(methods.contains).map(\.rawValue).joined(separator: ",")
    }
}

/// The language a group works in.
public enum GroupLanguage: String, CaseIterable, Sendable, Codable {
    case fi, sv, en, other

    public var key: L10nKey { L10nKey(rawValue: "groups.language.\(rawValue)") ?? .groupsLanguageOther }
}

/// A client's attendance at one group session.
public enum AttendanceStatus: String, CaseIterable, Sendable, Codable {
    case present
    /// Did not come, without notice.
    case absent
    /// Let the group know in advance.
    case excused

    public var key: L10nKey { L10nKey(rawValue: "groups.attendance.\(rawValue)") ?? .groupsAttendancePresent }
}

public enum GroupAttendance {
    /// An attended session is an activity day like a realised meeting: the handbook pays
    /// "9€/yksilötyö- tai ryhmätoimintapäivä", one sum a day however many meetings and
    /// sessions fall on it. Missed sessions are listed like missed meetings.
    public static func allowanceMeeting(day: Day, status: AttendanceStatus) -> ActivityAllowance.Meeting {
        switch status {
        case .present: .init(day: day, status: .realised, isGroup: true)
        case .absent: .init(day: day, status: .didNotCome, isGroup: true)
        case .excused: .init(day: day, status: .cancelled, isGroup: true)
        }
    }

    /// "Seuraa osallistumista · Tartu asiaan, jos poissaoloja": the worker is told when a
    /// client has missed this many recorded sessions of a group in a row.
    public static let missedInARowLimit = 2

    /// How many of the latest recorded sessions (oldest first) the client missed, counted
    /// back from the latest; an excused absence is a missed session too.
    public static func missedInARow(_ statuses: [AttendanceStatus]) -> Int {
        var count = 0
        for status in statuses.reversed() {
            guard status != .present else { break }
            count += 1
        }
        return count
    }

    public static func needsAttention(_ statuses: [AttendanceStatus]) -> Bool {
        missedInARow(statuses) >= missedInARowLimit
    }
}

/// The places a group has: closed groups take only as many as their capacity; open
/// groups (walk-in welcome) still count their enrolled members against it.
public enum GroupCapacity {
    public static let range = 1...200

    public static func placesLeft(capacity: Int, enrolled: Int) -> Int { max(0, capacity - enrolled) }
}
