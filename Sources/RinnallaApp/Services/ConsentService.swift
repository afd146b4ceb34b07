import Fluent
import RinnallaCore
import Vapor

/// A consent to link contacts to a client record, as the page form sends it; its coding
/// keys name the fields for the views and the errors (issue 14). A new client's fields
/// are `ClientForm`'s, in the same body.
struct ConsentForm: PageForm, Sendable {
    var givenOn: String?
    var note: String?
    /// "existing" or "new".
    var mode: String?
    var clientID: String?
    var client = ClientForm()

    enum CodingKeys: String, CodingKey {
        case givenOn, note, mode, clientID
    }

    init(
        givenOn: String? = nil, note: String? = nil, mode: String? = nil, clientID: String? = nil,
        client: ClientForm = ClientForm()
    ) {
        self.givenOn = givenOn
        self.note = note
        self.mode = mode
        self.clientID = clientID
        self.client = client
    }

    init() { self.init(givenOn: nil) }

    /// Of the client's fields only those the consent form shows are read.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let sent = try ClientForm(from: decoder)
        self.init(
            givenOn: try c.decodeIfPresent(String.self, forKey: .givenOn),
            note: try c.decodeIfPresent(String.self, forKey: .note),
            mode: try c.decodeIfPresent(String.self, forKey: .mode),
            clientID: try c.decodeIfPresent(String.self, forKey: .clientID),
            client: ClientForm(
                name: sent.name, identityCode: sent.identityCode, birthDate: sent.birthDate, language: sent.language))
    }
}

/// The withdrawal of a consent: the day the person withdrew it.
struct ConsentWithdrawalForm: PageForm, Sendable {
    var withdrawnOn: String?

    enum CodingKeys: String, CodingKey {
        case withdrawnOn
    }
}

/// Turning anonymous contacts into part of a client record, only with the person's
/// consent: the consent is recorded (who, when, what for) and the contact — or every
/// contact of a nickname — is linked to an existing client of the unit or to a new client
/// record. Withdrawing the consent unlinks exactly the contacts it linked; the client
/// record and the consent row (with its withdrawal day) remain.
enum ConsentService {
    enum Target: Sendable {
        case contact(UUID)
        case nickname(UUID)
    }

    /// What is about to be linked: the unit and the contacts not linked yet.
    struct Scope: Sendable {
        let unitID: UUID
        let contactID: UUID?
        let nickname: ContactNickname?
        let contacts: [Contact]
    }

    typealias Input = ConsentForm

    static let maximumNoteLength = 2000

    /// The contacts to link, if the user may write the unit's client data (another unit's
    /// contact or nickname is 404).
    static func scope(_ target: Target, on caller: Caller) async throws -> Scope {
        let user = try caller.requireUser()
        let scope: Scope
        switch target {
        case .contact(let id):
            let contact = try await ContactService.find(id, on: caller.db)
            guard user.can(.readClientData, inUnit: contact.$unit.id) else { throw AppError.notFound }
            scope = Scope(
                unitID: contact.$unit.id, contactID: id, nickname: contact.nickname,
                contacts: contact.$client.id == nil ? [contact] : [])
        case .nickname(let id):
            let nickname = try await ContactService.nickname(id, for: user, on: caller.db)
            let contacts = try await Contact.query(on: caller.db).filter(\.$nickname.$id == id)
                .filter(\.$client.$id == nil).sort(\.$day, .descending).with(\.$topics).with(\.$supports).all()
            scope = Scope(unitID: nickname.$unit.id, contactID: nil, nickname: nickname, contacts: contacts)
        }
        guard user.can(.writeClientData, inUnit: scope.unitID) else { throw AppError.forbidden }
        return scope
    }

    static func day(_ text: String?, field: String, key: L10nKey, notBefore: Day? = nil, today: Day) throws -> Day {
        guard let text = InputRules.trimmed(text) else { return today }
        guard let day = Day(parsing: text), day <= today, notBefore.map({ day >= $0 }) ?? true else {
            throw AppError.invalid(key, field: field)
        }
        return day
    }

    static func note(_ text: String?) throws -> String? {
        guard let note = InputRules.trimmed(text) else { return nil }
        guard note.count <= maximumNoteLength else {
            throw AppError.invalid(
                .errorTooLong, field: ConsentForm.name(.note),
                arguments: ["field": ConsentForm.name(.note), "max": String(maximumNoteLength)])
        }
        return note
    }

    /// Records the consent and links the contacts, in one transaction.
    static func link(_ target: Target, _ input: Input, on caller: Caller) async throws -> (
        consent: Consent, clientID: UUID
    ) {
        let user = try caller.requireUser()
        let scope = try await scope(target, on: caller)
        guard !scope.contacts.isEmpty else { throw AppError.invalid(.contactErrorAlreadyLinked, field: nil) }
        let givenOn = try day(
            input.givenOn, field: ConsentForm.name(.givenOn), key: .contactErrorGivenOn, today: Day(caller.now))
        let note = try note(input.note)
        var existingClient: UUID?
        var newClient: ClientService.Validated?
        if input.mode == "new" {
            var client = input.client
            client.unitID = scope.unitID.uuidString
            newClient = try await ClientService.validate(client, user: user, on: caller.db)
        } else {
            guard let text = InputRules.trimmed(input.clientID), let id = UUID(uuidString: text),
                let client = try await ClientRecord.find(id, on: caller.db), client.$unit.id == scope.unitID
            else { throw AppError.invalid(.contactErrorClient, field: ConsentForm.name(.clientID)) }
            existingClient = id
        }
        let contactIDs = scope.contacts.compactMap(\.id)
        let (chosenClient, clientToCreate) = (existingClient, newClient)
        return try await caller.db.atomically { db in
            var clientID = chosenClient
            if let newClient = clientToCreate {
                clientID = try await ClientService.create(newClient, on: caller, db: db).requireID()
            }
            guard let clientID else { throw AppError.notFound }
            let consent = Consent()
            consent.$unit.id = scope.unitID
            consent.$client.id = clientID
            consent.$contact.id = scope.contactID
            consent.purpose = ConsentPurpose.clientRecord.rawValue
            consent.givenOn = givenOn.iso
            consent.$recordedBy.id = user.id
            consent.recordedAt = caller.now
            consent.note = note
            try await consent.create(on: db)
            let consentID = try consent.requireID()
            try await Contact.query(on: db).filter(\.$id ~~ contactIDs).set(\.$client.$id, to: clientID)
                .set(\.$consentID, to: consentID).update()
            try await AuditLog.append(
                .create, unitID: scope.unitID, clientID: clientID, recordType: "consent",
                recordID: consentID.uuidString, detail: ConsentPurpose.clientRecord.rawValue, on: caller, db: db)
            try await AuditLog.append(
                .update,
                rows: contactIDs.map {
                    .init(
                        unitID: scope.unitID, clientID: clientID, recordType: "contact", recordID: $0.uuidString,
                        detail: "linked")
                }, on: caller, db: db)
            return (consent, clientID)
        }
    }

    /// Records that the person withdrew the consent: the contacts it linked become
    /// anonymous again (their nickname stays within the unit).
    static func withdraw(_ consentID: UUID, _ form: ConsentWithdrawalForm, on caller: Caller) async throws -> Consent {
        let user = try caller.requireUser()
        guard let consent = try await Consent.find(consentID, on: caller.db),
            user.can(.readClientData, inUnit: consent.$unit.id)
        else { throw AppError.notFound }
        guard user.can(.writeClientData, inUnit: consent.$unit.id) else { throw AppError.forbidden }
        guard consent.withdrawnOn == nil else { throw AppError.invalid(.contactErrorAlreadyWithdrawn, field: nil) }
        let day = try day(
            form.withdrawnOn, field: ConsentWithdrawalForm.name(.withdrawnOn), key: .contactErrorWithdrawnOn,
            notBefore: Day(parsing: consent.givenOn), today: Day(caller.now))
        return try await caller.db.atomically { db in
            let linked = try await Contact.query(on: db).filter(\.$consentID == consentID).all(\.$id)
            consent.withdrawnOn = day.iso
            try await consent.update(on: db)
            try await Contact.query(on: db).filter(\.$consentID == consentID).set(\.$client.$id, to: nil)
                .set(\.$consentID, to: nil).update()
            try await AuditLog.append(
                .update, unitID: consent.$unit.id, clientID: consent.$client.id, recordType: "consent",
                recordID: consentID.uuidString, detail: "withdrawn", on: caller, db: db)
            try await AuditLog.append(
                .update,
                rows: linked.map {
                    .init(
                        unitID: consent.$unit.id, clientID: consent.$client.id, recordType: "contact",
                        recordID: $0.uuidString, detail: "unlinked")
                }, on: caller, db: db)
            return consent
        }
    }

    /// The contacts linked to a client and the client's consents, for the client page
    /// (the client page's own read is audited; the contacts get a row of their own).
    static func history(ofClient clientID: UUID, unitID: UUID, on caller: Caller) async throws -> (
        contacts: [Contact], consents: [Consent]
    ) {
        let contacts = try await Contact.query(on: caller.db).filter(\.$client.$id == clientID)
            .sort(\.$day, .descending).with(\.$topics).with(\.$supports).all()
        let consents = try await Consent.query(on: caller.db).filter(\.$client.$id == clientID)
            .sort(\.$recordedAt, .descending).with(\.$recordedBy).all()
        if !contacts.isEmpty {
            try await AuditLog.append(
                .view, unitID: unitID, clientID: clientID, recordType: "contact-list", detail: "client-page",
                on: caller)
        }
        return (contacts, consents)
    }
}
