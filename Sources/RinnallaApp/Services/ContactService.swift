import Fluent
import RinnallaCore
import Vapor

/// A contact as the phone form, its offline queue and the API send it, before it is
/// checked; its coding keys name the fields for the views and the errors (issue 14). The
/// contact's own texts are a `ContactRules.Draft`, whose problems name the same keys.
struct ContactForm: PageForm, Sendable {
    var unitID: String?
    /// The idempotency key made by the page or the API client; made here when missing.
    var clientMadeID: String?
    var areaID: String?
    var draft = ContactRules.Draft()

    enum CodingKeys: String, CodingKey {
        case unitID, clientMadeID, areaID, day, channel, ageGroup, gender, language
        /// Lists: the browser sends `topics[]`, which decodes under `topics`.
        case topics, supports
        case durationMinutes
        /// A checkbox: "on" from the browser, "true" from a script.
        case followUpAgreed
        case followUpDay, nickname
    }

    init(unitID: String? = nil, clientMadeID: String? = nil, areaID: String? = nil, draft: ContactRules.Draft = .init())
    {
        self.unitID = unitID
        self.clientMadeID = clientMadeID
        self.areaID = areaID
        self.draft = draft
    }

    init() { self.init(unitID: nil) }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String? { try c.decodeIfPresent(String.self, forKey: key) }
        func list(_ key: CodingKeys) -> [String] { (try? c.decodeIfPresent([String].self, forKey: key)) ?? [] }
        self.init(
            unitID: try text(.unitID), clientMadeID: try text(.clientMadeID), areaID: try text(.areaID),
            draft: ContactRules.Draft(
                day: try text(.day), channel: try text(.channel), ageGroup: try text(.ageGroup),
                gender: try text(.gender), language: try text(.language), topics: list(.topics),
                supports: list(.supports), durationMinutes: try text(.durationMinutes),
                followUpAgreed: ["on", "true"].contains(try text(.followUpAgreed)),
                followUpDay: try text(.followUpDay), nickname: try text(.nickname)))
    }
}

/// Anonymous low-threshold and outreach contacts: recording (idempotent by the client-made
/// id), the unit's list, one contact and a nickname's encounters. Shared by the pages, the
/// offline queue and the API; every read and change is audited.
enum ContactService {
    typealias Input = ContactForm

    struct Filter: Sendable {
        var unitID: UUID
        var from: Day?
        var to: Day?
        var channel: ContactChannel?
        var topic: ContactTopic?
        var nickname: String?
        var limit = 200
    }

    /// The units in which the user may record contacts, outreach units first.
    static func recordingUnits(_ user: CurrentUser) -> [(id: UUID, name: String)] {
        let units = user.units.filter { user.can(.writeClientData, inUnit: $0.id) }
        let outreach = Set(user.memberships.filter { $0.role == .outreachWorker }.map(\.unitID))
        return units.filter { outreach.contains($0.id) } + units.filter { !outreach.contains($0.id) }
    }

    /// The units whose contacts the user may read.
    static func readingUnits(_ user: CurrentUser) -> [(id: UUID, name: String)] {
        let units = user.units.filter { user.can(.readClientData, inUnit: $0.id) }
        let outreach = Set(user.memberships.filter { $0.role == .outreachWorker }.map(\.unitID))
        return units.filter { outreach.contains($0.id) } + units.filter { !outreach.contains($0.id) }
    }

    /// The unit a contact goes to: the one chosen, else the user's first recording unit.
    static func unit(_ text: String?, for user: CurrentUser) throws -> UUID {
        let units = recordingUnits(user)
        guard let first = units.first else { throw AppError.forbidden }
        guard let text = InputRules.trimmed(text) else { return first.id }
        guard let id = UUID(uuidString: text), units.contains(where: { $0.id == id }) else {
            throw AppError.invalid(.errorUnitInvalid, field: ContactForm.name(.unitID))
        }
        return id
    }

    static func problem(_ problem: ContactRules.Problem) -> AppError {
        AppError.invalid(problem.key, field: problem.field, arguments: problem.arguments)
    }

    /// Records a contact, or returns the one already stored with the same client-made id
    /// (`created` false): a retry from the offline queue never makes a second row.
    static func create(_ input: Input, on caller: Caller) async throws -> (contact: Contact, created: Bool) {
        let user = try caller.requireUser()
        let unitID = try unit(input.unitID, for: user)
        var clientMadeID = UUID()
        if let text = InputRules.trimmed(input.clientMadeID) {
            guard let id = UUID(uuidString: text) else {
                throw AppError.invalid(.contactErrorClientMadeId, field: ContactForm.name(.clientMadeID))
            }
            clientMadeID = id
            if let existing = try await stored(id, for: user, on: caller) { return (existing, false) }
        }
        var areaID: UUID?
        if let text = InputRules.trimmed(input.areaID) {
            guard let id = UUID(uuidString: text), try await Area.find(id, on: caller.db) != nil else {
                throw AppError.invalid(
                    .contactErrorChoose, field: ContactForm.name(.areaID),
                    arguments: ["field": ContactForm.name(.areaID)])
            }
            areaID = id
        }
        let valid: ContactRules.Valid
        do {
            valid = try ContactRules.validate(input.draft, today: Day(caller.now))
        } catch let error as ContactRules.Problem {
            throw problem(error)
        }
        let (area, madeID) = (areaID, clientMadeID)
        do {
            let contact = try await caller.db.atomically { db in
                let contact = try await create(
                    valid, unitID: unitID, areaID: area, recordedBy: user.id, clientMadeID: madeID, on: db)
                try await AuditLog.append(
                    .create, unitID: unitID, recordType: "contact", recordID: contact.id?.uuidString, on: caller,
                    db: db)
                return contact
            }
            return (try await find(try contact.requireID(), on: caller.db), true)
        } catch let error as AppError {
            throw error
        } catch {
            // Two sends of the same contact at once: the unique index let one through.
            if let existing = try await stored(clientMadeID, for: user, on: caller) { return (existing, false) }
            throw error
        }
    }

    /// The contact already stored under a client-made id, audited as a read; another
    /// unit's contact under the same id is a conflict, never shown.
    static func stored(_ clientMadeID: UUID, for user: CurrentUser, on caller: Caller) async throws -> Contact? {
        guard let existing = try await Contact.query(on: caller.db).filter(\.$clientMadeID == clientMadeID).first()
        else { return nil }
        guard user.can(.readClientData, inUnit: existing.$unit.id) else {
            throw AppError(
                status: .conflict, code: "conflict", key: .contactErrorIdTaken, field: ContactForm.name(.clientMadeID))
        }
        try await AuditLog.append(
            .view, unitID: existing.$unit.id, recordType: "contact", recordID: existing.id?.uuidString,
            detail: "repeated-send", on: caller)
        return try await find(try existing.requireID(), on: caller.db)
    }

    /// Inserts one valid contact with its topics, what was given and its nickname (found
    /// case-insensitively within the unit, or created). No audit row and no transaction of
    /// its own: callers (the form, the API, the demo and bench data) wrap it.
    static func create(
        _ valid: ContactRules.Valid, unitID: UUID, areaID: UUID?, recordedBy: UUID, clientMadeID: UUID,
        on db: any Database
    ) async throws -> Contact {
        let contact = Contact()
        contact.clientMadeID = clientMadeID
        contact.$unit.id = unitID
        contact.$recordedBy.id = recordedBy
        contact.day = valid.day.iso
        contact.channel = valid.channel.rawValue
        contact.$area.id = areaID
        contact.ageGroup = valid.ageGroup.rawValue
        contact.gender = valid.gender?.rawValue
        contact.language = valid.language
        contact.durationMinutes = valid.durationMinutes
        contact.followUpAgreed = valid.followUpAgreed
        contact.followUpDay = valid.followUpDay?.iso
        if let nickname = valid.nickname {
            contact.$nickname.id = try await nicknameID(nickname, unitID: unitID, createdBy: recordedBy, on: db)
        }
        try await contact.create(on: db)
        let contactID = try contact.requireID()
        try await valid.topics.map { topic in
            let row = ContactTopicRow()
            row.$contact.id = contactID
            row.topic = topic.rawValue
            return row
        }.create(on: db)
        try await valid.supports.map { support in
            let row = ContactSupportRow()
            row.$contact.id = contactID
            row.support = support.rawValue
            return row
        }.create(on: db)
        return contact
    }

    /// The unit's nickname with this spelling in any case, made when new.
    static func nicknameID(_ nickname: String, unitID: UUID, createdBy: UUID, on db: any Database) async throws
        -> UUID
    {
        let key = ContactRules.nicknameKey(nickname)
        if let existing = try await ContactNickname.query(on: db).filter(\.$unit.$id == unitID)
            .filter(\.$nicknameSearch == key).first()
        {
            return try existing.requireID()
        }
        let row = ContactNickname()
        row.$unit.id = unitID
        row.nickname = nickname
        row.nicknameSearch = key
        row.$createdBy.id = createdBy
        try await row.create(on: db)
        return try row.requireID()
    }

    /// A contact with its topics, supports, nickname, area and recorder loaded.
    static func find(_ contactID: UUID, on db: any Database) async throws -> Contact {
        guard
            let contact = try await Contact.query(on: db).filter(\.$id == contactID).with(\.$topics)
                .with(\.$supports).with(\.$nickname).with(\.$area).with(\.$recordedBy).first()
        else { throw AppError.notFound }
        return contact
    }

    /// The contact, if the user may read its unit's data (else 404), audited as a read.
    static func view(_ contactID: UUID, on caller: Caller) async throws -> Contact {
        let user = try caller.requireUser()
        let contact = try await find(contactID, on: caller.db)
        guard user.can(.readClientData, inUnit: contact.$unit.id) else { throw AppError.notFound }
        try await AuditLog.append(
            .view, unitID: contact.$unit.id, clientID: contact.$client.id, recordType: "contact",
            recordID: contactID.uuidString, on: caller)
        return contact
    }

    /// The unit's contacts matching the filter, most recent first; one audit row for the
    /// list read.
    static func list(_ filter: Filter, on caller: Caller) async throws -> [Contact] {
        let user = try caller.requireUser()
        guard user.can(.readClientData, inUnit: filter.unitID) else { throw AppError.notFound }
        var query = Contact.query(on: caller.db).filter(\.$unit.$id == filter.unitID)
        if let from = filter.from { query = query.filter(\.$day >= from.iso) }
        if let to = filter.to { query = query.filter(\.$day <= to.iso) }
        if let channel = filter.channel { query = query.filter(\.$channel == channel.rawValue) }
        if let topic = filter.topic {
            query = query.join(ContactTopicRow.self, on: \Contact.$id == \ContactTopicRow.$contact.$id)
                .filter(ContactTopicRow.self, \.$topic == topic.rawValue)
        }
        if let text = InputRules.trimmed(filter.nickname) {
            let ids = try await ContactNickname.query(on: caller.db).filter(\.$unit.$id == filter.unitID)
                .filter(\.$nicknameSearch ~~ ContactRules.nicknameKey(text)).all(\.$id)
            guard !ids.isEmpty else { return [] }
            query = query.filter(\.$nickname.$id ~~ ids)
        }
        let contacts = try await query.sort(\.$day, .descending).sort(\.$createdAt, .descending)
            .limit(filter.limit).with(\.$topics).with(\.$supports).with(\.$nickname).with(\.$area).all()
        try await AuditLog.append(
            .view, unitID: filter.unitID, recordType: "contact-list", detail: "\(contacts.count)", on: caller)
        return contacts
    }

    /// A nickname of a unit the user may read (else 404).
    static func nickname(_ nicknameID: UUID, for user: CurrentUser, on db: any Database) async throws
        -> ContactNickname
    {
        guard let nickname = try await ContactNickname.find(nicknameID, on: db),
            user.can(.readClientData, inUnit: nickname.$unit.id)
        else { throw AppError.notFound }
        return nickname
    }

    /// The nickname's encounters, most recent first, audited as a read.
    static func encounters(of nicknameID: UUID, on caller: Caller) async throws -> (
        nickname: ContactNickname, contacts: [Contact]
    ) {
        let nickname = try await nickname(nicknameID, for: try caller.requireUser(), on: caller.db)
        let contacts = try await Contact.query(on: caller.db).filter(\.$nickname.$id == nicknameID)
            .sort(\.$day, .descending).sort(\.$createdAt, .descending).with(\.$topics).with(\.$supports)
            .with(\.$area).all()
        try await AuditLog.append(
            .view, unitID: nickname.$unit.id, recordType: "contact-nickname", recordID: nicknameID.uuidString,
            detail: "\(contacts.count)", on: caller)
        return (nickname, contacts)
    }
}
