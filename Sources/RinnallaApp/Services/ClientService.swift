import Fluent
import SQLKit
import RinnallaCore
import Vapor

/// A client record as the page form and the API send it, before it is checked; its
/// coding keys name the fields for the views (client form, consent form) and the errors
/// (issue 14).
struct ClientForm: PageForm, Sendable {
    var unitID: String?
    var name: String?
    var identityCode: String?
    var birthDate: String?
    var language: String?
    var phone: String?
    var email: String?
    var address: String?
    var responsibleWorkerID: String?
    /// "fi" or "sv"; empty follows the client's language (issue 15).
    var decisionLanguage: String?

    enum CodingKeys: String, CodingKey {
        case unitID, name, identityCode, birthDate, language, phone, email, address, responsibleWorkerID
        case decisionLanguage
    }
}

/// The search for a client by name or identity (`?q=`), on the client list and the
/// consent form.
struct ClientSearchForm: PageForm, Sendable {
    var q: String?

    enum CodingKeys: String, CodingKey {
        case q
    }

    /// The search text, trimmed; nil when nothing is searched.
    var text: String? { InputRules.trimmed(q) }
}

/// Client records: validation, unit-scoped access and auditing, shared by pages and API.
enum ClientService {
    typealias Input = ClientForm

    static let languages = ["fi", "sv", "other"]

    struct Validated: Sendable {
        let unitID: UUID
        let name: String
        let identityCode: String?
        let birthDate: String?
        let language: String
        let phone: String?
        let email: String?
        let address: String?
        let responsibleWorkerID: UUID?
        var decisionLanguage: DecisionLanguage? = nil
    }

    /// Checks the input against the rules and the user's units.
    static func validate(_ input: Input, user: CurrentUser, on db: any Database) async throws -> Validated {
        guard let unitText = InputRules.trimmed(input.unitID), let unitID = UUID(uuidString: unitText),
            user.can(.writeClientData, inUnit: unitID)
        else { throw AppError.invalid(.errorUnitInvalid, field: ClientForm.name(.unitID)) }
        guard let name = InputRules.trimmed(input.name) else {
            throw AppError.invalid(
                .errorRequired, field: ClientForm.name(.name), arguments: ["field": ClientForm.name(.name)])
        }
        guard name.count <= InputRules.maximumNameLength else {
            throw AppError.invalid(
                .errorTooLong, field: ClientForm.name(.name),
                arguments: ["field": ClientForm.name(.name), "max": "200"])
        }
        var identityCode: String?
        var birthDate: String?
        if let code = InputRules.trimmed(input.identityCode) {
            do {
                let parsed = try PersonalIdentityCode(code)
                identityCode = parsed.value
                let b = parsed.birthDate
                birthDate = Day(b.year!, b.month!, b.day!).iso
            } catch {
                throw AppError.invalid(identityCodeMessage(error), field: ClientForm.name(.identityCode))
            }
        } else if let text = InputRules.trimmed(input.birthDate) {
            guard let day = Day(parsing: text) else {
                throw AppError.invalid(.errorBirthDateInvalid, field: ClientForm.name(.birthDate))
            }
            birthDate = day.iso
        } else {
            throw AppError.invalid(.errorIdentityOrBirthDate, field: ClientForm.name(.identityCode))
        }
        let language = InputRules.trimmed(input.language) ?? "fi"
        guard languages.contains(language) else {
            throw AppError.invalid(.errorLanguageInvalid, field: ClientForm.name(.language))
        }
        var decisionLanguage: DecisionLanguage?
        if let text = InputRules.trimmed(input.decisionLanguage) {
            guard let chosen = DecisionLanguage(rawValue: text) else {
                throw AppError.invalid(.errorLanguageInvalid, field: ClientForm.name(.decisionLanguage))
            }
            decisionLanguage = chosen
        }
        let email = InputRules.trimmed(input.email)
        if let email, !InputRules.isValidEmail(email) {
            throw AppError.invalid(.errorEmailInvalid, field: ClientForm.name(.email))
        }
        var worker: UUID?
        if let text = InputRules.trimmed(input.responsibleWorkerID) {
            guard let id = UUID(uuidString: text),
                try await UnitMembership.query(on: db).filter(\.$user.$id == id).filter(\.$unit.$id == unitID).first()
                    != nil
            else { throw AppError.invalid(.errorWorkerInvalid, field: ClientForm.name(.responsibleWorkerID)) }
            worker = id
        }
        return Validated(
            unitID: unitID, name: name, identityCode: identityCode, birthDate: birthDate, language: language,
            phone: InputRules.trimmed(input.phone), email: email, address: InputRules.trimmed(input.address),
            responsibleWorkerID: worker, decisionLanguage: decisionLanguage)
    }

    static func identityCodeMessage(_ error: PersonalIdentityCode.Problem) -> L10nKey {
        switch error {
        case .checkCharacter: .errorIdentityCodeCheck
        case .centurySign: .errorIdentityCodeCentury
        case .date: .errorIdentityCodeDate
        case .format, .individualNumber: .errorIdentityCodeFormat
        }
    }

    static func create(_ input: Input, on caller: Caller) async throws -> ClientRecord {
        let user = try caller.requireUser()
        let valid = try await validate(input, user: user, on: caller.db)
        return try await caller.db.atomically { db in try await create(valid, on: caller, db: db) }
    }

    /// Creates a validated client inside the caller's transaction `db`, audited (also used
    /// when a contact's consent creates the client record).
    static func create(_ valid: Validated, on caller: Caller, db: any Database) async throws -> ClientRecord {
        if try await identityCodeTaken(valid.identityCode, inUnit: valid.unitID, other: nil, on: db) {
            throw AppError.invalid(.errorIdentityCodeTaken, field: ClientForm.name(.identityCode))
        }
        let client = ClientRecord()
        apply(valid, to: client)
        try await saving(field: ClientForm.name(.identityCode), key: .errorIdentityCodeTaken) {
            try await client.create(on: db)
        }
        try await AuditLog.append(
            .create, unitID: valid.unitID, clientID: client.id, recordType: "client",
            recordID: client.id?.uuidString,
            on: caller, db: db)
        return client
    }

    static func update(_ clientID: UUID, _ input: Input, on caller: Caller) async throws -> ClientRecord {
        let user = try caller.requireUser()
        let existing = try await find(clientID, for: user, on: caller.db)
        guard user.can(.writeClientData, inUnit: existing.$unit.id) else { throw AppError.forbidden }
        var input = input
        if input.unitID == nil { input.unitID = existing.$unit.id.uuidString }
        let valid = try await validate(input, user: user, on: caller.db)
        return try await caller.db.atomically { db in
            // Read again in the transaction: a move made meanwhile is checked like this one.
            guard let client = try await ClientRecord.find(clientID, on: db),
                user.can(.writeClientData, inUnit: client.$unit.id)
            else { throw AppError.notFound }
            let from = client.$unit.id
            let moves = from != valid.unitID
            // Unique within a unit only (issue 13): another unit's clients are never
            // consulted. A move into a unit that already has the person is refused; the
            // mover may write both units' data, so naming the unit's record is no leak.
            if try await identityCodeTaken(valid.identityCode, inUnit: valid.unitID, other: clientID, on: db) {
                throw
                    moves
                    ? AppError.invalid(.errorClientMoveIdentityCodeTaken, field: ClientForm.name(.unitID))
                    : AppError.invalid(.errorIdentityCodeTaken, field: ClientForm.name(.identityCode))
            }
            apply(valid, to: client)
            try await saving(
                field: moves ? "unitID" : "identityCode",
                key: moves ? .errorClientMoveIdentityCodeTaken : .errorIdentityCodeTaken
            ) { try await client.update(on: db) }
            if moves {
                try await ClientMove.carry(clientID, to: valid.unitID, on: db)
                // One row of the move, in the unit the record left, naming both units.
                try await AuditLog.append(
                    .update, unitID: from, clientID: clientID, recordType: "client-move",
                    recordID: clientID.uuidString, detail: "\(from.uuidString) -> \(valid.unitID.uuidString)",
                    on: caller, db: db)
            }
            try await AuditLog.append(
                .update, unitID: valid.unitID, clientID: clientID, recordType: "client", recordID: clientID.uuidString,
                on: caller, db: db)
            return client
        }
    }

    /// Runs a save; the unique `unit_id, identity_code` index refusing it (a record of the
    /// person made meanwhile by another request) is the same 422 as the check before it.
    private static func saving(field: String, key: L10nKey, _ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw AppError.invalid(key, field: field)
        }
    }

    /// Whether `unitID` has a client other than `other` with the identity code. Looks
    /// only inside the unit, so the answer says nothing about other units (issue 13).
    static func identityCodeTaken(_ code: String?, inUnit unitID: UUID, other: UUID?, on db: any Database)
        async throws -> Bool
    {
        guard let code else { return false }
        var query = ClientRecord.query(on: db).filter(\.$unit.$id == unitID).filter(\.$identityCode == code)
        if let other { query = query.filter(\.$id != other) }
        return try await query.first() != nil
    }

    private static func apply(_ valid: Validated, to client: ClientRecord) {
        client.$unit.id = valid.unitID
        client.name = valid.name
        client.nameSearch = valid.name.lowercased()
        client.identityCode = valid.identityCode
        client.birthDate = valid.birthDate
        client.language = valid.language
        client.phone = valid.phone
        client.email = valid.email
        client.address = valid.address
        client.$responsibleWorker.id = valid.responsibleWorkerID
        client.decisionLanguage = valid.decisionLanguage?.rawValue
    }

    /// The client, if the user may read its unit's data; otherwise 404 so ids reveal nothing.
    static func find(_ clientID: UUID, for user: CurrentUser, on db: any Database) async throws -> ClientRecord {
        guard let client = try await ClientRecord.find(clientID, on: db),
            user.can(.readClientData, inUnit: client.$unit.id)
        else { throw AppError.notFound }
        return client
    }

    /// Loads a client for viewing and records the view in the audit log.
    static func view(_ clientID: UUID, recordType: String = "client", on caller: Caller) async throws -> ClientRecord {
        let user = try caller.requireUser()
        let client = try await find(clientID, for: user, on: caller.db)
        try await auditView(clientID, unitID: client.$unit.id, recordType: recordType, on: caller)
        return client
    }

    /// The `view` audit row of one client's record.
    private static func auditView(_ clientID: UUID, unitID: UUID, recordType: String, on caller: Caller)
        async throws
    {
        try await AuditLog.append(
            .view, unitID: unitID, clientID: clientID, recordType: recordType, recordID: clientID.uuidString,
            on: caller)
    }

    /// What a client page needs before its cached part: the client's unit and name and
    /// the stamp of the data the page shows (shared data and the unit's), in one query.
    /// Checks access and writes the `view` audit row like `view`.
    struct PageHead: Sendable {
        let unitID: UUID
        let name: String
        let stamp: String
    }

    static func viewPageHead(_ clientID: UUID, on caller: Caller) async throws -> PageHead {
        let user = try caller.requireUser()
        let row = try await (caller.db as! any SQLDatabase).raw(
            """
            SELECT c.unit_id, c.name, g.version AS global_version, v.version AS unit_version
            FROM clients c
            LEFT JOIN data_versions g ON g.scope = 'global'
            LEFT JOIN data_versions v ON v.scope = \(unsafeRaw: DataVersions.unitScopeSQL("c.unit_id"))
            WHERE c.id = \(bind: clientID)
            """
        ).first()
        guard let row else { throw AppError.notFound }
        let unitID = try row.decode(column: "unit_id", as: UUID.self)
        guard user.can(.readClientData, inUnit: unitID) else { throw AppError.notFound }
        try await auditView(clientID, unitID: unitID, recordType: "client", on: caller)
        let stamp = DataVersions.stamp([
            (.global, try row.decode(column: "global_version", as: Int?.self) ?? 0),
            (.unit(unitID), try row.decode(column: "unit_version", as: Int?.self) ?? 0),
        ])
        return PageHead(unitID: unitID, name: try row.decode(column: "name", as: String.self), stamp: stamp)
    }

    /// Search by name or identity code within the user's units. A search is a read of
    /// client data, so each listed client gets a `view` row.
    static func search(_ query: String?, on caller: Caller, limit: Int = 50) async throws -> [ClientRecord] {
        let user = try caller.requireUser()
        let units = user.clientDataUnitIDs
        guard !units.isEmpty else { return [] }
        var builder = ClientRecord.query(on: caller.db).filter(\.$unit.$id ~~ units).with(\.$unit).with(
            \.$responsibleWorker)
        if let text = InputRules.trimmed(query) {
            if PersonalIdentityCode.isValid(text) {
                builder = builder.filter(\.$identityCode == text.uppercased())
            } else {
                builder = builder.filter(\.$nameSearch ~~ text.lowercased())
            }
        } else {
            builder = builder.filter(\.$responsibleWorker.$id == user.id)
        }
        let clients = try await builder.sort(\.$nameSearch).limit(limit).all()
        try await AuditLog.append(
            .view,
            rows: clients.map { client in
                .init(
                    unitID: client.$unit.id, clientID: client.id, recordType: "client-list",
                    recordID: client.id?.uuidString, detail: query == nil ? "own-clients" : "search")
            }, on: caller)
        return clients
    }
}
