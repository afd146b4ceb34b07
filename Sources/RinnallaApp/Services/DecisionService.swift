import Fluent
import RinnallaCore
import Vapor

/// A rehabilitation decision as the period page's form and the API send it, before it is
/// checked; its coding keys name the fields for the view and the errors (issue 14).
struct DecisionForm: PageForm, Sendable {
    var firstDay: String?
    var lastDay: String?
    var individualMeetings: String?
    var groupSessions: String?
    var goals: String?
    var resolution: String?
    var opinionHeard: String?
    var opinionMethod: String?
    var text: String?
    var travelTicket: Bool = false
    var zones: String?
    var discount: String?
    /// Which submit button was pressed: a preview fills in the text, a save stores.
    var action: Action?

    enum Action: String, Sendable {
        case preview, save
    }

    enum CodingKeys: String, CodingKey {
        case firstDay, lastDay, individualMeetings, groupSessions, goals, resolution, opinionHeard, opinionMethod
        case text, zones, discount, action
        /// A checkbox: present means yes; read by hand, as a browser sends "on".
        case travelTicket
    }

    /// A new decision's form before the proposal fills in its days.
    static let blank = DecisionForm(
        individualMeetings: "6", groupSessions: "4", resolution: "positive", opinionHeard: "true",
        opinionMethod: "Tavattu", travelTicket: true, zones: "AB")

    init(
        firstDay: String? = nil, lastDay: String? = nil, individualMeetings: String? = nil,
        groupSessions: String? = nil, goals: String? = nil, resolution: String? = nil, opinionHeard: String? = nil,
        opinionMethod: String? = nil, text: String? = nil, travelTicket: Bool = false, zones: String? = nil,
        discount: String? = nil
    ) {
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.individualMeetings = individualMeetings
        self.groupSessions = groupSessions
        self.goals = goals
        self.resolution = resolution
        self.opinionHeard = opinionHeard
        self.opinionMethod = opinionMethod
        self.text = text
        self.travelTicket = travelTicket
        self.zones = zones
        self.discount = discount
    }

    init() { self.init(firstDay: nil) }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            firstDay: try c.decodeIfPresent(String.self, forKey: .firstDay),
            lastDay: try c.decodeIfPresent(String.self, forKey: .lastDay),
            individualMeetings: try c.decodeIfPresent(String.self, forKey: .individualMeetings),
            groupSessions: try c.decodeIfPresent(String.self, forKey: .groupSessions),
            goals: try c.decodeIfPresent(String.self, forKey: .goals),
            resolution: try c.decodeIfPresent(String.self, forKey: .resolution),
            opinionHeard: try c.decodeIfPresent(String.self, forKey: .opinionHeard),
            opinionMethod: try c.decodeIfPresent(String.self, forKey: .opinionMethod),
            text: try c.decodeIfPresent(String.self, forKey: .text), travelTicket: c.contains(.travelTicket),
            zones: try c.decodeIfPresent(String.self, forKey: .zones),
            discount: try c.decodeIfPresent(String.self, forKey: .discount))
        action = try c.decodeIfPresent(String.self, forKey: .action).flatMap(Action.init(rawValue:))
    }
}

/// Social rehabilitation and travel ticket decisions of a period.
enum DecisionService {
    typealias RehabilitationInput = DecisionForm

    struct Prepared: Sendable {
        let range: DayRange
        let isContinuation: Bool
        let rehabilitation: DecisionTexts.Rehabilitation
        let generatedText: String
        let ticket: DecisionTexts.TravelTicket?
        /// The client's decision language, which the texts are written in (issue 15).
        let language: DecisionLanguage
    }

    /// The language of the period's client's decisions.
    static func language(ofPeriod periodID: UUID, on db: any Database) async throws -> DecisionLanguage {
        try await RehabilitationPeriod.query(on: db).filter(\.$id == periodID).with(\.$client).first()?
            .client.effectiveDecisionLanguage ?? .fi
    }

    /// Granted social rehabilitation decisions of a period, as day ranges.
    static func grantedRanges(_ periodID: UUID, on db: any Database) async throws -> [DayRange] {
        try await Decision.query(on: db).filter(\.$period.$id == periodID)
            .filter(\.$kind == Decision.Kind.rehabilitation.rawValue)
            .filter(\.$resolution == DecisionTexts.Resolution.positive.rawValue)
            .all().compactMap(\.range)
    }

    /// Validates the input against the decision rules and builds the texts.
    static func prepare(_ input: RehabilitationInput, periodID: UUID, on db: any Database) async throws -> Prepared {
        guard let first = input.firstDay.flatMap({ Day(parsing: $0) }) else {
            throw AppError.invalid(.errorDateInvalid, field: DecisionForm.name(.firstDay))
        }
        guard let last = input.lastDay.flatMap({ Day(parsing: $0) }) else {
            throw AppError.invalid(.errorDateInvalid, field: DecisionForm.name(.lastDay))
        }
        let individual = try count(input.individualMeetings, field: DecisionForm.name(.individualMeetings))
        let group = try count(input.groupSessions, field: DecisionForm.name(.groupSessions))
        guard let resolution = DecisionTexts.Resolution(rawValue: input.resolution ?? "positive") else {
            throw AppError.invalid(.errorChoiceInvalid, field: DecisionForm.name(.resolution))
        }
        let language = try await language(ofPeriod: periodID, on: db)
        let method = InputRules.trimmed(input.opinionMethod) ?? DecisionTexts.opinionMethodDefault(language)
        let range = DayRange(first, last)
        let existing = try await grantedRanges(periodID, on: db)
        do {
            try DecisionRules.check(range, existing: existing)
        } catch {
            throw AppError.invalid(error.key, field: DecisionForm.name(.lastDay), arguments: error.arguments)
        }
        let goals = (input.goals ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let settings = try await OrganisationSettings.load(on: db)
        let rehabilitation = DecisionTexts.Rehabilitation(
            range: range, individualMeetings: individual, groupSessions: group,
            allowanceCentsPerDay: ActivityAllowance.rate(on: first, rates: settings.allowanceRates) ?? 900,
            goals: goals, isContinuation: !existing.isEmpty, resolution: resolution,
            opinionHeard: input.opinionHeard != "false", opinionMethod: method)
        var ticket: DecisionTexts.TravelTicket?
        if input.travelTicket, resolution == .positive {
            guard let zones = InputRules.trimmed(input.zones), DecisionTexts.zones.contains(zones) else {
                throw AppError.invalid(.errorChoiceInvalid, field: DecisionForm.name(.zones))
            }
            let discount = InputRules.trimmed(input.discount)
            if let discount, !DecisionTexts.discounts.contains(discount) {
                throw AppError.invalid(.errorChoiceInvalid, field: DecisionForm.name(.discount))
            }
            ticket = .init(range: range, zones: zones, discount: discount)
        }
        return Prepared(
            range: range, isContinuation: !existing.isEmpty, rehabilitation: rehabilitation,
            generatedText: DecisionTexts.rehabilitation(rehabilitation, in: language), ticket: ticket,
            language: language)
    }

    private static func count(_ text: String?, field: String) throws -> Int {
        guard let value = BoundedInput.integer(text, in: 0...100) else {
            throw AppError.invalid(.errorCountInvalid, field: field)
        }
        return value
    }

    /// Saves the decision (and the travel ticket decision alongside) in one transaction.
    static func createRehabilitation(
        _ input: RehabilitationInput, periodID: UUID, on caller: Caller
    ) async throws -> [Decision] {
        let user = try caller.requireUser()
        let period = try await PeriodService.writable(periodID, on: caller)
        guard user.can(.makeDecisions, inUnit: period.$unit.id) else { throw AppError.forbidden }
        let prepared = try await prepare(input, periodID: periodID, on: caller.db)
        let text = InputRules.trimmed(input.text) ?? prepared.generatedText
        return try await caller.db.atomically { (db: any Database) async throws -> [Decision] in
            try await db.serializeWrites()
            // Checked again inside the transaction: another worker may have saved one meanwhile.
            let current = try await grantedRanges(periodID, on: db)
            do {
                try DecisionRules.check(prepared.range, existing: current)
            } catch let violation as DecisionRules.Violation {
                throw AppError.invalid(
                    violation.key, field: DecisionForm.name(.lastDay), arguments: violation.arguments)
            }
            var saved: [Decision] = []
            let decision = try await insert(
                kind: .rehabilitation, period: period, range: prepared.range, text: text,
                resolution: prepared.rehabilitation.resolution, opinionHeard: prepared.rehabilitation.opinionHeard,
                opinionMethod: prepared.rehabilitation.opinionMethod, isContinuation: prepared.isContinuation,
                language: prepared.language,
                details: .init(
                    individualMeetings: prepared.rehabilitation.individualMeetings,
                    groupSessions: prepared.rehabilitation.groupSessions, goals: prepared.rehabilitation.goals),
                user: user, now: caller.now, on: db)
            saved.append(decision)
            if let ticket = prepared.ticket {
                saved.append(
                    try await insert(
                        kind: .travelTicket, period: period, range: prepared.range,
                        text: DecisionTexts.travelTicket(ticket, in: prepared.language), resolution: .positive,
                        opinionHeard: true, opinionMethod: prepared.rehabilitation.opinionMethod,
                        isContinuation: prepared.isContinuation, language: prepared.language,
                        details: .init(zones: ticket.zones, discount: ticket.discount), user: user, now: caller.now,
                        on: db))
            }
            try await AuditLog.append(
                .create,
                rows: saved.map { decision in
                    .init(
                        unitID: period.$unit.id, clientID: period.$client.id, recordType: "decision",
                        recordID: decision.id?.uuidString, detail: "\(decision.kind) \(decision.number)")
                }, on: caller, db: db)
            return saved
        }
    }

    /// Inserts a decision with the next number of the year. Call inside a transaction
    /// that has serialised writes.
    static func insert(
        kind: Decision.Kind, period: RehabilitationPeriod, range: DayRange, text: String,
        resolution: DecisionTexts.Resolution, opinionHeard: Bool, opinionMethod: String, isContinuation: Bool,
        language: DecisionLanguage, details: Decision.Details, amountCents: Int? = nil, correctsID: UUID? = nil,
        user: CurrentUser, now: Date,
        on db: any Database
    ) async throws -> Decision {
        let year = Day(now).year
        let prefix = String(format: "%04d", year)
        let last = try await Decision.query(on: db)
            .filter(\.$number >= prefix + "00000000").filter(\.$number <= prefix + "99999999")
            .sort(\.$number, .descending).first()
        let sequence = (last.flatMap { DecisionNumber.sequence(of: $0.number, year: year) } ?? 0) + 1
        let decision = Decision()
        decision.$period.id = try period.requireID()
        decision.$client.id = period.$client.id
        decision.$unit.id = period.$unit.id
        decision.kind = kind.rawValue
        decision.number = DecisionNumber.make(year: year, sequence: sequence)
        decision.firstDay = range.first.iso
        decision.lastDay = range.last.iso
        decision.isContinuation = isContinuation
        decision.resolution = resolution.rawValue
        decision.opinionHeard = opinionHeard
        decision.opinionMethod = opinionMethod
        decision.text = text
        decision.language = language.rawValue
        decision.amountCents = amountCents
        decision.correctsID = correctsID
        decision.details = details
        decision.$createdBy.id = user.id
        decision.createdAt = now
        try await decision.create(on: db)
        return decision
    }

    static func decisions(ofPeriod periodID: UUID, on db: any Database) async throws -> [Decision] {
        try await Decision.query(on: db).filter(\.$period.$id == periodID).sort(\.$number).all()
    }

    /// One decision, if the user may read its unit's data; recorded as a view or a print.
    static func view(_ decisionID: UUID, action: AuditAction = .view, on caller: Caller) async throws -> Decision {
        let user = try caller.requireUser()
        guard
            let decision = try await Decision.query(on: caller.db).filter(\.$id == decisionID).with(\.$client).first(),
            user.can(.readClientData, inUnit: decision.$unit.id)
        else { throw AppError.notFound }
        try await AuditLog.append(
            action, unitID: decision.$unit.id, clientID: decision.$client.id, recordType: "decision",
            recordID: decisionID.uuidString, on: caller)
        return decision
    }
}
