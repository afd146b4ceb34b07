import Fluent
import RinnallaCore
import Vapor

/// Need mapping, implementation plan and agreement of a period. Each save adds a
/// version; the latest is the document in force. Every read and change is audited.
enum PeriodDocumentService {
    /// The latest version of each kind, and how many versions each has.
    struct Current: Sendable {
        var needMapping: NeedMapping?
        var plan: ImplementationPlan?
        var agreement: Agreement?
        var history: [PeriodDocument] = []

        func versions(of kind: PeriodDocumentKind) -> [PeriodDocument] {
            history.filter { $0.kind == kind.rawValue }.sorted { $0.version > $1.version }
        }
    }

    static func current(ofPeriod periodID: UUID, on db: any Database) async throws -> Current {
        let documents = try await PeriodDocument.query(on: db).filter(\.$period.$id == periodID)
            .sort(\.$version, .descending).all()
        var current = Current(history: documents)
        current.needMapping = documents.first { $0.kind == PeriodDocumentKind.needMapping.rawValue }?
            .decoded(NeedMapping.self)
        current.plan = documents.first { $0.kind == PeriodDocumentKind.implementationPlan.rawValue }?
            .decoded(ImplementationPlan.self)
        current.agreement = documents.first { $0.kind == PeriodDocumentKind.agreement.rawValue }?
            .decoded(Agreement.self)
        return current
    }

    static func view(ofPeriod periodID: UUID, on caller: Caller) async throws -> (RehabilitationPeriod, Current) {
        let period = try await PeriodService.viewPart(periodID, recordType: "period-documents", on: caller)
        return (period, try await current(ofPeriod: periodID, on: caller.db))
    }

    static func save<Document: Encodable & Sendable>(
        _ document: Document, kind: PeriodDocumentKind, period: RehabilitationPeriod, on caller: Caller
    ) async throws {
        let user = try caller.requireUser()
        let periodID = try period.requireID()
        let content = String(decoding: try JSONEncoder().encode(document), as: UTF8.self)
        let now = caller.now
        try await caller.db.atomically { db in
            let latest =
                try await PeriodDocument.query(on: db).filter(\.$period.$id == periodID)
                .filter(\.$kind == kind.rawValue).sort(\.$version, .descending).first()?.version ?? 0
            let row = PeriodDocument()
            row.$period.id = periodID
            row.$unit.id = period.$unit.id
            row.kind = kind.rawValue
            row.version = latest + 1
            row.content = content
            row.$createdBy.id = user.id
            row.createdAt = now
            try await row.create(on: db)
            try await AuditLog.append(
                .update, unitID: period.$unit.id, clientID: period.$client.id, recordType: kind.rawValue,
                recordID: periodID.uuidString, detail: "version=\(latest + 1)", on: caller, db: db)
        }
    }

    static func text(_ value: String?, field: String) throws -> String {
        try GoalService.text(value, field: field, required: false)
    }

    static func count(_ value: String?, field: String) throws -> Int {
        guard let number = Int(InputRules.trimmed(value) ?? ""), ImplementationPlan.countRange.contains(number) else {
            throw AppError.invalid(.errorCountRange, field: field, arguments: ["max": "40"])
        }
        return number
    }

    static func check(_ validate: () throws(FieldProblem) -> Void) throws {
        do { try validate() } catch {
            throw AppError.invalid(error.key, field: error.field, arguments: error.arguments)
        }
    }

    /// The need mapping from the API's body.
    static func saveNeedMapping(_ fields: [String: String], periodID: UUID, on caller: Caller) async throws {
        try await saveNeedMapping(NeedMappingForm(fields), periodID: periodID, on: caller)
    }

    static func saveNeedMapping(_ form: NeedMappingForm, periodID: UUID, on caller: Caller) async throws {
        let period = try await PeriodService.writable(periodID, on: caller)
        func text(_ key: NeedMappingField) throws -> String { try Self.text(form[key], field: key.stringValue) }
        var thkDay: Day?
        if let text = InputRules.trimmed(form[.thkDay]) {
            guard let day = Day(parsing: text) else {
                throw AppError.invalid(.errorDateInvalid, field: NeedMappingForm.name(.thkDay))
            }
            thkDay = day
        }
        let mapping = NeedMapping(
            currentServices: try text(.currentServices), earlierServices: try text(.earlierServices),
            whatHelped: try text(.whatHelped), healthCare: try text(.healthCare), kela: try text(.kela),
            employmentServices: try text(.employmentServices), thkHeld: form.checked(.thkHeld), thkDay: thkDay,
            thkSummary: try text(.thkSummary))
        try check(mapping.validate)
        try await save(mapping, kind: .needMapping, period: period, on: caller)
    }

    /// The implementation plan from the API's body.
    static func savePlan(_ fields: [String: String], periodID: UUID, on caller: Caller) async throws {
        try await savePlan(ImplementationPlanForm(fields), periodID: periodID, on: caller)
    }

    static func savePlan(_ form: ImplementationPlanForm, periodID: UUID, on caller: Caller) async throws {
        let period = try await PeriodService.writable(periodID, on: caller)
        func text(_ key: ImplementationPlanField) throws -> String { try Self.text(form[key], field: key.stringValue) }
        func count(_ key: ImplementationPlanField) throws -> Int { try Self.count(form[key], field: key.stringValue) }
        let plan = ImplementationPlan(
            content: try text(.content), methods: try text(.methods),
            individualMeetings: try count(.individualMeetings),
            groupSessions: try count(.groupSessions))
        try check(plan.validate)
        try await save(plan, kind: .implementationPlan, period: period, on: caller)
    }

    /// The agreement from the API's body.
    static func saveAgreement(_ fields: [String: String], periodID: UUID, on caller: Caller) async throws {
        try await saveAgreement(AgreementForm(fields), periodID: periodID, on: caller)
    }

    static func saveAgreement(_ form: AgreementForm, periodID: UUID, on caller: Caller) async throws {
        let period = try await PeriodService.writable(periodID, on: caller)
        func text(_ key: AgreementField) throws -> String { try Self.text(form[key], field: key.stringValue) }
        guard let start = InputRules.trimmed(form[.startDay]).flatMap({ Day(parsing: $0) }) else {
            throw AppError.invalid(.errorDateInvalid, field: AgreementForm.name(.startDay))
        }
        let goals = try AgreementField.goals.map(text).filter { !$0.isEmpty }
        let agreement = Agreement(
            startDay: start, meetingTimes: try text(.meetingTimes), initialGoals: goals,
            otherAgreements: try text(.otherAgreements))
        try check(agreement.validate)
        try await save(agreement, kind: .agreement, period: period, on: caller)
    }
}
