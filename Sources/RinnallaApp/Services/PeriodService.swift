import Fluent
import RinnallaCore
import Vapor

/// Social rehabilitation periods: starting one after the suitability check, moving
/// through the handbook's phases. Every read and change is audited.
enum PeriodService {
    /// The period, if the user may read its unit's client data; otherwise 404.
    static func find(_ periodID: UUID, for user: CurrentUser, on db: any Database) async throws -> RehabilitationPeriod
    {
        guard
            let period = try await RehabilitationPeriod.query(on: db).filter(\.$id == periodID).with(\.$client).first(),
            user.can(.readClientData, inUnit: period.$unit.id)
        else { throw AppError.notFound }
        return period
    }

    static func view(_ periodID: UUID, on caller: Caller) async throws -> RehabilitationPeriod {
        let period = try await find(periodID, for: try caller.requireUser(), on: caller.db)
        try await AuditLog.append(
            .view, unitID: period.$unit.id, clientID: period.$client.id, recordType: "period",
            recordID: periodID.uuidString, on: caller)
        return period
    }

    /// The period, for reading one part of it (goals, evaluations, documents, progress):
    /// checked for access and audited as a view of that part.
    static func viewPart(_ periodID: UUID, recordType: String, on caller: Caller) async throws
        -> RehabilitationPeriod
    {
        let period = try await find(periodID, for: try caller.requireUser(), on: caller.db)
        try await AuditLog.append(
            .view, unitID: period.$unit.id, clientID: period.$client.id, recordType: recordType,
            recordID: periodID.uuidString, on: caller)
        return period
    }

    /// A period the user may change: open and in one of their units.
    static func writable(_ periodID: UUID, on caller: Caller) async throws -> RehabilitationPeriod {
        let user = try caller.requireUser()
        let period = try await find(periodID, for: user, on: caller.db)
        guard user.can(.writeClientData, inUnit: period.$unit.id) else { throw AppError.forbidden }
        guard period.isOpen else {
            throw AppError(status: .conflict, code: "period-closed", key: .periodClosedReadOnly)
        }
        return period
    }

    static func start(clientID: UUID, suitability: Suitability.Check, on caller: Caller) async throws
        -> RehabilitationPeriod
    {
        let user = try caller.requireUser()
        let client = try await ClientService.find(clientID, for: user, on: caller.db)
        guard user.can(.writeClientData, inUnit: client.$unit.id) else { throw AppError.forbidden }
        guard suitability.isAcknowledged else {
            throw AppError.invalid(.errorAcknowledgementRequired, field: "acknowledgement")
        }
        return try await caller.db.atomically { db in
            if try await RehabilitationPeriod.query(on: db).filter(\.$client.$id == clientID)
                .filter(\.$status == "open").first() != nil
            {
                throw AppError.invalid(.periodOpenPeriodExists, field: nil)
            }
            let period = RehabilitationPeriod()
            period.$client.id = clientID
            period.$unit.id = client.$unit.id
            period.status = "open"
            period.phase = PeriodPhase.beforeStart.rawValue
            var check = suitability
            check.acknowledgement = InputRules.trimmed(check.acknowledgement)
            period.suitability = check
            period.$createdBy.id = user.id
            try await period.create(on: db)
            try await AuditLog.append(
                .create, unitID: client.$unit.id, clientID: clientID, recordType: "period",
                recordID: period.id?.uuidString, on: caller, db: db)
            return period
        }
    }

    static func setPhase(_ periodID: UUID, phase text: String?, on caller: Caller) async throws {
        // Access first: someone outside the unit learns nothing from validation messages.
        let period = try await writable(periodID, on: caller)
        guard let phase = text.flatMap(PeriodPhase.init(rawValue:)) else {
            throw AppError.invalid(.errorPhaseInvalid, field: "phase")
        }
        try await caller.db.atomically { db in
            period.phase = phase.rawValue
            try await period.update(on: db)
            try await AuditLog.append(
                .update, unitID: period.$unit.id, clientID: period.$client.id, recordType: "period",
                recordID: periodID.uuidString, detail: "phase=\(phase.rawValue)", on: caller, db: db)
        }
    }

    static func periods(ofClient clientID: UUID, on db: any Database) async throws -> [RehabilitationPeriod] {
        try await RehabilitationPeriod.query(on: db).filter(\.$client.$id == clientID)
            .sort(\.$createdAt, .descending).all()
    }
}
