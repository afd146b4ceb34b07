import Fluent
import RinnallaCore
import Vapor

/// The suitability check as the period's start form sends it: one checkbox per handbook
/// item (`offer-<item>`, `notNow-<item>`) and the worker's acknowledgement. The coding key
/// names the text field for the view and the error (issue 14).
struct SuitabilityForm: PageForm, Sendable {
    var check = Suitability.Check()

    enum CodingKeys: String, CodingKey {
        case acknowledgement
    }

    static func name(_ item: Suitability.OfferIf) -> String { "offer-\(item.rawValue)" }
    static func name(_ item: Suitability.NotNowIf) -> String { "notNow-\(item.rawValue)" }

    init() {}

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let boxes = try decoder.container(keyedBy: FormFieldKey.self)
        check = Suitability.Check(
            offer: Set(Suitability.OfferIf.allCases.filter { boxes.text(Self.name($0)) != nil }),
            notNow: Set(Suitability.NotNowIf.allCases.filter { boxes.text(Self.name($0)) != nil }),
            acknowledgement: try c.decodeIfPresent(String.self, forKey: .acknowledgement))
    }
}

/// The phase chosen on the period page.
struct PeriodPhaseForm: PageForm, Sendable {
    var phase: String?

    enum CodingKeys: String, CodingKey {
        case phase
    }
}

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
            throw AppError.invalid(.errorAcknowledgementRequired, field: SuitabilityForm.name(.acknowledgement))
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

    static func setPhase(_ periodID: UUID, _ form: PeriodPhaseForm, on caller: Caller) async throws {
        // Access first: someone outside the unit learns nothing from validation messages.
        let period = try await writable(periodID, on: caller)
        guard let phase = form.phase.flatMap(PeriodPhase.init(rawValue:)) else {
            throw AppError.invalid(.errorPhaseInvalid, field: PeriodPhaseForm.name(.phase))
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
