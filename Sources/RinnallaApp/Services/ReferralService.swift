import Fluent
import RinnallaCore
import Vapor

/// The list of referrals to follow up, narrowed to a unit (`?unit=…`).
struct ReferralFollowUpForm: PageForm, Sendable {
    var unit: String?

    enum CodingKeys: String, CodingKey {
        case unit
    }
}

/// A referral as the page form and the API send it, before it is checked; its coding
/// keys name the fields for the views and the errors (issue 14).
struct ReferralForm: PageForm, Sendable {
    var servicePathID: String?
    var method: String?
    var day: String?
    /// The idempotency key of a phone or API client (not a page field): the same id twice
    /// is one referral.
    var clientMadeID: UUID?

    enum CodingKeys: String, CodingKey {
        case servicePathID, method, day
    }

    init(servicePathID: String? = nil, method: String? = nil, day: String? = nil, clientMadeID: UUID? = nil) {
        self.servicePathID = servicePathID
        self.method = method
        self.day = day
        self.clientMadeID = clientMadeID
    }

    init() { self.init(servicePathID: nil) }
}

/// A referral's follow-up as the page form sends it; its coding keys name the fields.
struct FollowUpForm: PageForm, Sendable {
    var outcome: String?
    var day: String?
    var note: String?

    enum CodingKeys: String, CodingKey {
        case outcome
        case day = "outcomeDay"
        case note = "outcomeNote"
    }

    init(outcome: String? = nil, day: String? = nil, note: String? = nil) {
        self.outcome = outcome
        self.day = day
        self.note = note
    }

    init() { self.init(outcome: nil) }
}

/// Referrals and escorts to the agreed service paths, from a client or from an anonymous
/// contact, and their follow-up: did the person reach the service? ("Asiakkaan pääsy
/// tarvitsemiinsa palveluihin on parantunut"). A referral belongs to the unit of its client
/// or contact; a user outside the unit gets 404. A referral from a contact carries no
/// identity: it points at the contact only.
enum ReferralService {
    /// Whom the referral is for.
    enum Subject: Sendable {
        case client(ClientRecord)
        case contact(Contact)

        var unitID: UUID {
            switch self {
            case .client(let client): client.$unit.id
            case .contact(let contact): contact.$unit.id
            }
        }
    }

    typealias Input = ReferralForm
    typealias FollowUpInput = FollowUpForm

    /// A contact of the user's units; otherwise 404.
    static func contact(_ contactID: UUID, for user: CurrentUser, on db: any Database) async throws -> Contact {
        guard let contact = try await Contact.find(contactID, on: db),
            user.can(.readClientData, inUnit: contact.$unit.id)
        else { throw AppError.notFound }
        return contact
    }

    /// The subject, checked for access (404 outside the unit) and for the right to write.
    static func writableSubject(clientID: UUID?, contactID: UUID?, on caller: Caller) async throws -> Subject {
        let user = try caller.requireUser()
        let subject: Subject
        switch (clientID, contactID) {
        case (let clientID?, nil): subject = .client(try await ClientService.find(clientID, for: user, on: caller.db))
        case (nil, let contactID?): subject = .contact(try await contact(contactID, for: user, on: caller.db))
        case (nil, nil): throw AppError.invalid(.referralErrorNoSubject, field: "clientID")
        case (.some, .some): throw AppError.invalid(.referralErrorBoth, field: "contactID")
        }
        guard user.can(.writeClientData, inUnit: subject.unitID) else { throw AppError.forbidden }
        return subject
    }

    /// Records a referral. Returns the referral and whether it is new: a repeated
    /// `clientMadeID` returns the referral stored the first time.
    static func create(_ subject: Subject, _ input: Input, on caller: Caller) async throws -> (Referral, Bool) {
        let user = try caller.requireUser()
        if let key = input.clientMadeID, let existing = try await byClientMadeID(key, for: user, on: caller.db) {
            return (existing, false)
        }
        let service = try await ServicePathService.choose(input.servicePathID, on: caller.db)
        guard let method = input.method.flatMap(ReferralMethod.init(rawValue:)) else {
            throw AppError.invalid(.errorChoiceInvalid, field: ReferralForm.name(.method))
        }
        guard let day = input.day.flatMap(InputRules.trimmed).flatMap({ Day(parsing: $0) }) else {
            throw AppError.invalid(.errorDateInvalid, field: ReferralForm.name(.day))
        }
        try PeriodDocumentService.check { () throws(FieldProblem) in
            try ReferralRules.checkDay(day, today: Day(caller.now))
        }
        do {
            let referral = try await caller.db.atomically { db in
                let referral = Referral()
                referral.clientMadeID = input.clientMadeID
                referral.$unit.id = subject.unitID
                referral.$servicePath.id = try service.requireID()
                switch subject {
                case .client(let client): referral.$client.id = try client.requireID()
                case .contact(let contact): referral.$contact.id = try contact.requireID()
                }
                referral.method = method.rawValue
                referral.day = day.iso
                referral.$madeBy.id = user.id
                referral.outcome = ReferralOutcome.notFollowedUp.rawValue
                try await referral.create(on: db)
                try await AuditLog.append(
                    .create, unitID: subject.unitID, clientID: referral.$client.id, recordType: "referral",
                    recordID: referral.id?.uuidString, detail: "\(method.rawValue) \(service.name)", on: caller, db: db
                )
                return referral
            }
            return (referral, true)
        } catch {
            // The same id sent twice at once: the other request stored it.
            if let failure = error as? any DatabaseError, failure.isConstraintFailure, let key = input.clientMadeID,
                let existing = try await byClientMadeID(key, for: user, on: caller.db)
            {
                return (existing, false)
            }
            throw error
        }
    }

    /// The referral stored with this client-made id; another unit's id is a conflict.
    static func byClientMadeID(_ key: UUID, for user: CurrentUser, on db: any Database) async throws -> Referral? {
        guard let existing = try await Referral.query(on: db).filter(\.$clientMadeID == key).first() else { return nil }
        guard user.can(.readClientData, inUnit: existing.$unit.id) else { throw AppError.conflict }
        return existing
    }

    /// The referral with its service, if the user may read its unit's data; otherwise 404.
    static func find(_ id: UUID, for user: CurrentUser, on db: any Database) async throws -> Referral {
        guard
            let referral = try await Referral.query(on: db).filter(\.$id == id).with(\.$servicePath)
                .with(\.$madeBy).with(\.$followedUpBy).with(\.$unit).first(),
            user.can(.readClientData, inUnit: referral.$unit.id)
        else { throw AppError.notFound }
        return referral
    }

    /// Loads a referral for reading and records the read.
    static func view(_ id: UUID, on caller: Caller) async throws -> Referral {
        let referral = try await find(id, for: try caller.requireUser(), on: caller.db)
        try await AuditLog.append(
            .view, unitID: referral.$unit.id, clientID: referral.$client.id, recordType: "referral",
            recordID: id.uuidString, on: caller)
        return referral
    }

    /// Records the follow-up. Access first, then the input.
    static func followUp(_ id: UUID, _ input: FollowUpInput, on caller: Caller) async throws -> Referral {
        let user = try caller.requireUser()
        let referral = try await find(id, for: user, on: caller.db)
        guard user.can(.writeClientData, inUnit: referral.$unit.id) else { throw AppError.forbidden }
        let today = Day(caller.now)
        let referralDay = Day(parsing: referral.day) ?? today
        let outcome: ReferralOutcome
        do { outcome = try ReferralRules.outcome(input.outcome) } catch {
            throw AppError.invalid(error.key, field: error.field, arguments: error.arguments)
        }
        let day: Day
        if let text = InputRules.trimmed(input.day) {
            guard let parsed = Day(parsing: text) else {
                throw AppError.invalid(.errorDateInvalid, field: FollowUpForm.name(.day))
            }
            day = parsed
        } else {
            day = today
        }
        try PeriodDocumentService.check { () throws(FieldProblem) in
            try ReferralRules.checkOutcomeDay(day, referralDay: referralDay, today: today)
        }
        let note = InputRules.trimmed(input.note)
        if let note, note.count > ReferralRules.maximumNoteLength {
            throw AppError.invalid(
                .errorTooLong, field: FollowUpForm.name(.note),
                arguments: ["field": FollowUpForm.name(.note), "max": String(ReferralRules.maximumNoteLength)])
        }
        return try await caller.db.atomically { db in
            referral.outcome = outcome.rawValue
            referral.outcomeDay = day.iso
            referral.outcomeNote = note
            referral.$followedUpBy.id = user.id
            try await referral.update(on: db)
            try await AuditLog.append(
                .update, unitID: referral.$unit.id, clientID: referral.$client.id, recordType: "referral-follow-up",
                recordID: id.uuidString, detail: outcome.rawValue, on: caller, db: db)
            return referral
        }
    }

    /// A client's referrals, newest first, with their services.
    static func ofClient(_ clientID: UUID, on db: any Database) async throws -> [Referral] {
        try await Referral.query(on: db).filter(\.$client.$id == clientID).with(\.$servicePath)
            .sort(\.$day, .descending).sort(\.$createdAt, .descending).all()
    }

    /// A contact's referrals, newest first, with their services.
    static func ofContact(_ contactID: UUID, on db: any Database) async throws -> [Referral] {
        try await Referral.query(on: db).filter(\.$contact.$id == contactID).with(\.$servicePath)
            .sort(\.$day, .descending).sort(\.$createdAt, .descending).all()
    }

    /// Referrals of the user's units (or one of them) still waiting for their follow-up,
    /// oldest first, so those waiting longer than `ReferralRules.followUpAfterDays` lead.
    /// Audited: the list shows clients' names.
    static func toFollowUp(unitID: UUID?, on caller: Caller, limit: Int = 200) async throws -> [Referral] {
        let user = try caller.requireUser()
        var units = user.clientDataUnitIDs
        if let unitID { units = units.filter { $0 == unitID } }
        guard !units.isEmpty else { return [] }
        let referrals = try await Referral.query(on: caller.db).filter(\.$unit.$id ~~ units)
            .filter(\.$outcome == ReferralOutcome.notFollowedUp.rawValue)
            .with(\.$servicePath).with(\.$client).with(\.$unit)
            .sort(\.$day).sort(\.$createdAt).limit(limit).all()
        try await AuditLog.append(
            .view,
            rows: referrals.map { referral in
                .init(
                    unitID: referral.$unit.id, clientID: referral.$client.id, recordType: "referral-list",
                    recordID: referral.id?.uuidString, detail: "follow-up")
            }, on: caller)
        return referrals
    }

    /// How many referrals of the user's units have waited too long for their follow-up:
    /// one COUNT on the `unit_id, outcome, day` index, for the home page.
    static func overdueCount(for user: CurrentUser, today: Day, on db: any Database) async throws -> Int {
        let units = user.clientDataUnitIDs
        guard !units.isEmpty else { return 0 }
        return try await Referral.query(on: db).filter(\.$unit.$id ~~ units)
            .filter(\.$outcome == ReferralOutcome.notFollowedUp.rawValue)
            .filter(\.$day <= ReferralRules.overdueCutoff(today: today).iso).count()
    }
}
