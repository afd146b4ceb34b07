import Fluent
import RinnallaCore
import Vapor

/// Self-assessment instruments: the shipped ones (data files whose wording is in the
/// seeds) and the organisation's own, uploaded by an admin and checked against the format.
enum InstrumentService {
    struct Entry: Sendable {
        enum Origin: String, Sendable { case shipped, organisation }

        let definition: InstrumentDefinition
        let origin: Origin
        let isActive: Bool
        /// The database row of an organisation instrument.
        let recordID: UUID?
    }

    /// The settings row listing the shipped instruments the organisation has taken out of use.
    static let inactiveShippedKey = "instruments.inactiveShipped"

    static func inactiveShipped(on db: any Database) async throws -> Set<String> {
        guard let row = try await Setting.find(inactiveShippedKey, on: db) else { return [] }
        return Set((try? JSONDecoder().decode([String].self, from: Data(row.value.utf8))) ?? [])
    }

    /// Every instrument, shipped first, then the organisation's in upload order.
    static func all(on db: any Database) async throws -> [Entry] {
        let inactive = try await inactiveShipped(on: db)
        let shipped = ShippedInstruments.all.map {
            Entry(definition: $0, origin: .shipped, isActive: !inactive.contains($0.id), recordID: nil)
        }
        let rows = try await OrganisationInstrument.query(on: db).sort(\.$createdAt).all()
        return shipped
            + rows.compactMap { row in
                guard let definition = decode(row.definition) else { return nil }
                return Entry(definition: definition, origin: .organisation, isActive: row.isActive, recordID: row.id)
            }
    }

    static func active(on db: any Database) async throws -> [Entry] {
        try await all(on: db).filter(\.isActive)
    }

    /// The instrument with `code`, active or not (old administrations still need it).
    static func find(_ code: String, on db: any Database) async throws -> InstrumentDefinition? {
        if let shipped = ShippedInstruments.find(code) ?? ShippedInstruments.findRetired(code) { return shipped }
        guard let row = try await OrganisationInstrument.query(on: db).filter(\.$code == code).first() else {
            return nil
        }
        return decode(row.definition)
    }

    static func decode(_ json: String) -> InstrumentDefinition? {
        try? JSONDecoder().decode(InstrumentDefinition.self, from: Data(json.utf8))
    }

    static func encode(_ definition: InstrumentDefinition) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(definition), as: UTF8.self)
    }

    /// Turns a format problem into the 422 shown beside the upload field.
    static func appError(_ problem: InstrumentProblem, field: String) -> AppError {
        AppError.invalid(problem.key, field: field, arguments: problem.arguments)
    }

    /// Checks and stores an uploaded definition (admin only; the route checks the role).
    static func upload(_ text: String?, on caller: Caller) async throws -> InstrumentDefinition {
        let user = try caller.requireUser()
        return try await add(text, createdBy: user.id, actor: caller.auditActor, now: caller.now, on: caller.db)
    }

    /// Checks and stores a definition in one transaction with its audit row: the upload
    /// page and `rinnalla instrument add`.
    static func add(_ text: String?, createdBy: UUID, actor: AuditActor, now: Date, on database: any Database)
        async throws -> InstrumentDefinition
    {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw AppError.invalid(.instrumentErrorNoFile, field: "definition")
        }
        let definition: InstrumentDefinition
        do {
            definition = try InstrumentParser.parse(text)
        } catch {
            throw appError(error, field: "definition")
        }
        let json = try encode(definition)
        return try await database.atomically { db in
            let existing = try await OrganisationInstrument.query(on: db).filter(\.$code == definition.id).first()
            // The retired inclusion indicator's id stays taken (issue 6: never a client instrument).
            guard ShippedInstruments.find(definition.id) == nil, ShippedInstruments.findRetired(definition.id) == nil,
                existing == nil
            else {
                throw AppError.invalid(.instrumentErrorIdTaken, field: "definition", arguments: ["id": definition.id])
            }
            let row = OrganisationInstrument()
            row.code = definition.id
            row.version = definition.version
            row.name = definition.name
            row.definition = json
            row.isActive = true
            row.$createdBy.id = createdBy
            try await row.create(on: db)
            try await AuditLog.append(
                .create, actor: actor, recordType: "instrument", recordID: definition.id,
                detail: "version=\(definition.version) items=\(definition.items.count)", now: now, on: db)
            return definition
        }
    }

    /// Takes an instrument out of use or back into use; recorded administrations stay
    /// readable. A shipped one is switched in the settings table (its file never changes),
    /// for example when the organisation follows THL's advice not to use ESIS in client work.
    static func setActive(_ code: String, active: Bool, on caller: Caller) async throws {
        let shipped = ShippedInstruments.find(code) != nil
        let row = try await OrganisationInstrument.query(on: caller.db).filter(\.$code == code).first()
        guard shipped || row != nil else { throw AppError.notFound }
        try await caller.db.atomically { db in
            if let row {
                row.isActive = active
                try await row.update(on: db)
            } else {
                var inactive = try await inactiveShipped(on: db)
                if active { inactive.remove(code) } else { inactive.insert(code) }
                let value = String(decoding: try JSONEncoder().encode(inactive.sorted()), as: UTF8.self)
                try await Setting.query(on: db).filter(\.$id == inactiveShippedKey).delete()
                try await Setting(key: inactiveShippedKey, value: value).create(on: db)
            }
            try await AuditLog.append(
                .update, recordType: "instrument", recordID: code, detail: "active=\(active)", on: caller, db: db)
        }
    }
}
