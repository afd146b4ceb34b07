/// The rules of a low-threshold or outreach contact, shared by the form, the offline queue
/// and the API. A contact is anonymous ("Asiointi voi toteutua anonyymisti"): nothing in it
/// may identify the person, so a nickname that looks like an identity code or a phone
/// number is refused.
public enum ContactRules {
    public static let minimumDuration = 1
    public static let maximumDuration = 600
    public static let maximumNicknameLength = 40
    /// The durations the phone form offers as big buttons; the API takes any 1–600.
    public static let quickDurations = [5, 10, 15, 30, 45, 60, 90, 120]
    /// The person's language as the worker perceives it.
    public static let languages = ["fi", "sv", "en", "other"]
    /// A run of this many digits (spaces, dashes, dots and brackets between them allowed)
    /// reads as a phone number.
    static let phoneDigits = 6

    /// What the form or the API sent, as text.
    public struct Draft: Sendable {
        public var day: String?
        public var channel: String?
        public var ageGroup: String?
        public var gender: String?
        public var language: String?
        public var topics: [String]
        public var supports: [String]
        public var durationMinutes: String?
        public var followUpAgreed: Bool
        public var followUpDay: String?
        public var nickname: String?

        public init(
            day: String? = nil, channel: String? = nil, ageGroup: String? = nil, gender: String? = nil,
            language: String? = nil, topics: [String] = [], supports: [String] = [], durationMinutes: String? = nil,
            followUpAgreed: Bool = false, followUpDay: String? = nil, nickname: String? = nil
        ) {
            self.day = day
            self.channel = channel
            self.ageGroup = ageGroup
            self.gender = gender
            self.language = language
            self.topics = topics
            self.supports = supports
            self.durationMinutes = durationMinutes
            self.followUpAgreed = followUpAgreed
            self.followUpDay = followUpDay
            self.nickname = nickname
        }
    }

    public struct Valid: Sendable, Equatable {
        public let day: Day
        public let channel: ContactChannel
        public let ageGroup: PerceivedAgeGroup
        public let gender: PerceivedGender?
        public let language: String
        public let topics: [ContactTopic]
        public let supports: [ContactSupport]
        public let durationMinutes: Int
        public let followUpAgreed: Bool
        public let followUpDay: Day?
        public let nickname: String?

        public init(
            day: Day, channel: ContactChannel, ageGroup: PerceivedAgeGroup, gender: PerceivedGender?, language: String,
            topics: [ContactTopic], supports: [ContactSupport], durationMinutes: Int, followUpAgreed: Bool,
            followUpDay: Day?, nickname: String?
        ) {
            self.day = day
            self.channel = channel
            self.ageGroup = ageGroup
            self.gender = gender
            self.language = language
            self.topics = topics
            self.supports = supports
            self.durationMinutes = durationMinutes
            self.followUpAgreed = followUpAgreed
            self.followUpDay = followUpDay
            self.nickname = nickname
        }
    }

    /// A refused field and the message to show, in the catalog.
    public struct Problem: Error, Equatable, Sendable {
        public let field: String
        public let key: L10nKey
        public let arguments: [String: String]

        init(_ field: String, _ key: L10nKey, _ arguments: [String: String] = [:]) {
            self.field = field
            self.key = key
            self.arguments = arguments
        }
    }

    static func trimmed(_ text: String?) -> String? {
        guard let value = text?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// Checks a draft; `today` is the app clock's day (a contact cannot happen tomorrow).
    /// The day defaults to today when none is given.
    public static func validate(_ draft: Draft, today: Day) throws(Problem) -> Valid {
        var day = today
        if let text = trimmed(draft.day) {
            guard let parsed = Day(parsing: text) else { throw Problem("day", .contactErrorDay, ["field": "day"]) }
            day = parsed
        }
        guard day <= today else { throw Problem("day", .contactErrorFuture) }
        guard let channel = trimmed(draft.channel).flatMap(ContactChannel.init(rawValue:)) else {
            throw Problem("channel", .contactErrorChoose, ["field": "channel"])
        }
        let ageGroup: PerceivedAgeGroup
        if let text = trimmed(draft.ageGroup) {
            guard let known = PerceivedAgeGroup(rawValue: text) else {
                throw Problem("ageGroup", .contactErrorChoose, ["field": "ageGroup"])
            }
            ageGroup = known
        } else {
            ageGroup = .unknown
        }
        var gender: PerceivedGender?
        if let text = trimmed(draft.gender) {
            guard let known = PerceivedGender(rawValue: text) else {
                throw Problem("gender", .contactErrorChoose, ["field": "gender"])
            }
            gender = known
        }
        let language = trimmed(draft.language) ?? "fi"
        guard languages.contains(language) else {
            throw Problem("language", .contactErrorChoose, ["field": "language"])
        }
        let topicTexts = draft.topics.compactMap(trimmed)
        guard !topicTexts.isEmpty else { throw Problem("topics", .contactErrorTopic) }
        var topics: [ContactTopic] = []
        for text in topicTexts {
            guard let topic = ContactTopic(rawValue: text) else {
                throw Problem("topics", .contactErrorChoose, ["field": "topics"])
            }
            if !topics.contains(topic) { topics.append(topic) }
        }
        let supportTexts = draft.supports.compactMap(trimmed)
        guard !supportTexts.isEmpty else { throw Problem("supports", .contactErrorSupport) }
        var supports: [ContactSupport] = []
        for text in supportTexts {
            guard let support = ContactSupport(rawValue: text) else {
                throw Problem("supports", .contactErrorChoose, ["field": "supports"])
            }
            if !supports.contains(support) { supports.append(support) }
        }
        guard let durationText = trimmed(draft.durationMinutes), let minutes = Int(durationText),
            (minimumDuration...maximumDuration).contains(minutes)
        else {
            throw Problem(
                "durationMinutes", .contactErrorDuration,
                ["min": String(minimumDuration), "max": String(maximumDuration)])
        }
        var followUpDay: Day?
        if draft.followUpAgreed, let text = trimmed(draft.followUpDay) {
            guard let parsed = Day(parsing: text) else {
                throw Problem("followUpDay", .contactErrorDay, ["field": "followUpDay"])
            }
            guard parsed >= day else { throw Problem("followUpDay", .contactErrorFollowUpBefore) }
            followUpDay = parsed
        }
        let nickname = try self.nickname(draft.nickname)
        return Valid(
            day: day, channel: channel, ageGroup: ageGroup, gender: gender, language: language, topics: topics,
            supports: supports, durationMinutes: minutes, followUpAgreed: draft.followUpAgreed,
            followUpDay: followUpDay, nickname: nickname)
    }

    /// The nickname trimmed, or nil when none was given. It must stay a nickname: at most
    /// 40 characters, no identity code and no phone number in it.
    public static func nickname(_ text: String?) throws(Problem) -> String? {
        guard let nickname = trimmed(text) else { return nil }
        guard nickname.count <= maximumNicknameLength else {
            throw Problem("nickname", .contactErrorNicknameLength, ["max": String(maximumNicknameLength)])
        }
        guard !containsIdentityCode(nickname) else { throw Problem("nickname", .contactErrorNicknameIdentity) }
        guard !containsPhoneNumber(nickname) else { throw Problem("nickname", .contactErrorNicknamePhone) }
        return nickname
    }

    /// The key that makes "Kettu" and "kettu " one nickname within a unit.
    public static func nicknameKey(_ nickname: String) -> String {
        nickname.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Whether any 11 characters of the text form a valid henkilötunnus, or the shape of
    /// one (six digits, a century sign, three digits and a character) even with a wrong
    /// check character.
    public static func containsIdentityCode(_ text: String) -> Bool {
        let characters = Array(text.uppercased())
        guard characters.count >= 11 else { return false }
        for start in 0...(characters.count - 11) {
            let window = characters[start..<(start + 11)]
            if PersonalIdentityCode.isValid(String(window)) { return true }
            let digits = Array(window.prefix(6)) + Array(window.dropFirst(7).prefix(3))
            if digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                PersonalIdentityCode.century(for: window[window.startIndex + 6]) != nil
            {
                return true
            }
        }
        return false
    }

    /// Whether the text holds a run of six or more digits, allowing the separators people
    /// write in phone numbers ("040 123 4567", "+358-40-1234567", "(09) 310 1234").
    public static func containsPhoneNumber(_ text: String) -> Bool {
        var digits = 0
        for character in text {
            if character.isASCII, character.isNumber {
                digits += 1
                if digits >= phoneDigits { return true }
            } else if " -./()+".contains(character) {
                continue
            } else {
                digits = 0
            }
        }
        return false
    }
}
