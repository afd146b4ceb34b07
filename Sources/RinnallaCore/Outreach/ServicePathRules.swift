import Foundation

/// Checks on a service in the agreed service paths directory, shared by the pages, the
/// API and the demo data.
public enum ServicePathRules {
    public static let maximumNameLength = 200
    public static let maximumDescriptionLength = 4000
    public static let maximumHowToReferLength = 4000
    public static let maximumAddressLength = 300
    public static let maximumOpeningHoursLength = 1000
    public static let maximumPhoneLength = 40

    /// A service as typed in: nothing checked yet.
    public struct Draft: Sendable, Equatable {
        public var name: String?
        public var kind: String?
        public var description: String?
        public var howToRefer: String?
        public var phone: String?
        public var email: String?
        public var address: String?
        public var webAddress: String?
        public var openingHours: String?

        public init(
            name: String? = nil, kind: String? = nil, description: String? = nil, howToRefer: String? = nil,
            phone: String? = nil, email: String? = nil, address: String? = nil, webAddress: String? = nil,
            openingHours: String? = nil
        ) {
            self.name = name
            self.kind = kind
            self.description = description
            self.howToRefer = howToRefer
            self.phone = phone
            self.email = email
            self.address = address
            self.webAddress = webAddress
            self.openingHours = openingHours
        }
    }

    /// A service that passed the checks: texts trimmed, empty optional fields nil.
    public struct Valid: Sendable, Equatable {
        public var name: String
        public var kind: ServicePathKind
        public var description: String
        public var howToRefer: String
        public var phone: String?
        public var email: String?
        public var address: String?
        public var webAddress: String?
        public var openingHours: String
    }

    public static func validate(_ draft: Draft) throws(FieldProblem) -> Valid {
        guard let name = InputRules.trimmed(draft.name) else {
            throw FieldProblem(.errorRequired, field: "name", arguments: ["field": "name"])
        }
        try limit(name, field: "name", max: maximumNameLength)
        guard let kind = draft.kind.flatMap({ ServicePathKind(rawValue: $0) }) else {
            throw FieldProblem(.errorChoiceInvalid, field: "kind")
        }
        let description = InputRules.trimmed(draft.description) ?? ""
        try limit(description, field: "description", max: maximumDescriptionLength)
        let howToRefer = InputRules.trimmed(draft.howToRefer) ?? ""
        try limit(howToRefer, field: "howToRefer", max: maximumHowToReferLength)
        var phone: String?
        if let text = InputRules.trimmed(draft.phone) {
            guard let valid = Self.phone(text) else { throw FieldProblem(.servicePathErrorPhone, field: "phone") }
            phone = valid
        }
        let email = InputRules.trimmed(draft.email)
        if let email, !InputRules.isValidEmail(email) { throw FieldProblem(.errorEmailInvalid, field: "email") }
        let address = InputRules.trimmed(draft.address)
        try limit(address ?? "", field: "address", max: maximumAddressLength)
        var web: String?
        if let text = InputRules.trimmed(draft.webAddress) {
            guard let valid = PlaceRules.webAddress(text) else {
                throw FieldProblem(.servicePathErrorWebAddress, field: "webAddress")
            }
            web = valid
        }
        let hours = InputRules.trimmed(draft.openingHours) ?? ""
        try limit(hours, field: "openingHours", max: maximumOpeningHoursLength)
        return Valid(
            name: name, kind: kind, description: description, howToRefer: howToRefer, phone: phone, email: email,
            address: address, webAddress: web, openingHours: hours)
    }

    static func limit(_ text: String, field: String, max: Int) throws(FieldProblem) {
        guard text.count <= max else {
            throw FieldProblem(.errorTooLong, field: field, arguments: ["field": field, "max": String(max)])
        }
    }

    /// A phone number a worker can dial: digits with the usual separators (spaces, hyphens,
    /// parentheses, a slash), an optional leading "+", and 5 to 15 digits in all (a short
    /// service number up to an international one). Returned with runs of spaces collapsed.
    public static func phone(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count <= maximumPhoneLength else { return nil }
        let body = trimmed.hasPrefix("+") ? trimmed.dropFirst() : Substring(trimmed)
        let allowed = Set("0123456789 -()/")
        guard body.allSatisfy(allowed.contains) else { return nil }
        let digits = body.filter(\.isNumber).count
        guard (5...15).contains(digits), body.first?.isNumber == true || body.first == "(" else { return nil }
        return trimmed.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}

/// Rules of a referral and its follow-up.
public enum ReferralRules {
    /// Referrals not followed up this many days after they were made come first in the
    /// follow-up list.
    public static let followUpAfterDays = 14
    public static let maximumNoteLength = 2000

    /// A referral is recorded when it happened: today or earlier.
    public static func checkDay(_ day: Day, today: Day) throws(FieldProblem) {
        guard day <= today else { throw FieldProblem(.referralErrorDay, field: "day") }
    }

    /// The follow-up is recorded on or after the referral's day, and not in the future.
    public static func checkOutcomeDay(_ day: Day, referralDay: Day, today: Day) throws(FieldProblem) {
        guard day >= referralDay, day <= today else {
            throw FieldProblem(.referralErrorOutcomeDay, field: "outcomeDay")
        }
    }

    /// A follow-up records one of the answers; "not followed up yet" is not one.
    public static func outcome(_ text: String?) throws(FieldProblem) -> ReferralOutcome {
        guard let outcome = text.flatMap(ReferralOutcome.init(rawValue:)), outcome != .notFollowedUp else {
            throw FieldProblem(.referralErrorOutcome, field: "outcome")
        }
        return outcome
    }

    /// Whether a referral still waiting for its follow-up has waited too long.
    public static func isOverdue(referralDay: Day, today: Day) -> Bool {
        referralDay.adding(days: followUpAfterDays) <= today
    }

    /// The last referral day that counts as overdue today.
    public static func overdueCutoff(today: Day) -> Day { today.adding(days: -followUpAfterDays) }
}

/// Rules of the initial assessment (ensi- tai alkuarviointi).
public enum InitialAssessmentRules {
    public static let maximumTextLength = 4000

    public struct Draft: Sendable, Equatable {
        public var situation: String?
        public var needs: String?
        public var strengths: String?
        public var urgency: String?
        public var nextSteps: String?
        public var recordedTogether: Bool

        public init(
            situation: String? = nil, needs: String? = nil, strengths: String? = nil, urgency: String? = nil,
            nextSteps: String? = nil, recordedTogether: Bool = false
        ) {
            self.situation = situation
            self.needs = needs
            self.strengths = strengths
            self.urgency = urgency
            self.nextSteps = nextSteps
            self.recordedTogether = recordedTogether
        }
    }

    public struct Valid: Sendable, Equatable {
        public var situation: String
        public var needs: String
        public var strengths: String
        public var urgency: AssessmentUrgency
        public var nextSteps: String
    }

    /// Situation and needs are the assessment's core and required; "Ensiarviointi
    /// kirjataan asiakastietojärjestelmään asiakkaan kanssa yhdessä", so the worker
    /// confirms it was recorded together.
    public static func validate(_ draft: Draft) throws(FieldProblem) -> Valid {
        func text(_ value: String?, _ field: String, required: Bool) throws(FieldProblem) -> String {
            let text = InputRules.trimmed(value) ?? ""
            if required, text.isEmpty {
                throw FieldProblem(.errorRequired, field: field, arguments: ["field": field])
            }
            try ServicePathRules.limit(text, field: field, max: maximumTextLength)
            return text
        }
        let situation = try text(draft.situation, "situation", required: true)
        let needs = try text(draft.needs, "needs", required: true)
        let strengths = try text(draft.strengths, "strengths", required: false)
        guard let urgency = draft.urgency.flatMap(AssessmentUrgency.init(rawValue:)) else {
            throw FieldProblem(.errorChoiceInvalid, field: "urgency")
        }
        let nextSteps = try text(draft.nextSteps, "nextSteps", required: false)
        guard draft.recordedTogether else {
            throw FieldProblem(.assessmentErrorTogether, field: "recordedTogether")
        }
        return Valid(situation: situation, needs: needs, strengths: strengths, urgency: urgency, nextSteps: nextSteps)
    }
}
