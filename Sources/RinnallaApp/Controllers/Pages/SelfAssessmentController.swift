import Fluent
import Plot
import RinnallaCore
import Vapor

/// Self-assessment pages: the period page's section, the recording form and one record.
enum SelfAssessmentController {
    /// The instrument asked for, or the first one in use.
    static func instrument(_ code: String?, on db: any Database) async throws -> InstrumentDefinition {
        let active = try await InstrumentService.active(on: db)
        guard let chosen = active.first(where: { $0.definition.id == code }) ?? active.first else {
            throw AppError.notFound
        }
        return chosen.definition
    }

    static func new(req: Request) async throws -> Response {
        let period = try await PeriodService.writable(try req.id(.periodID), on: req.caller)
        let asked = SelfAssessmentForm(query: req)
        let definition = try await instrument(asked.instrument, on: req.db)
        try await AuditLog.append(
            .view, unitID: period.$unit.id, clientID: period.$client.id, recordType: "self-assessment-form",
            recordID: period.id?.uuidString, detail: "instrument=\(definition.id)", on: req)
        var form = SelfAssessmentViews.Form()
        form.day = Day(req.now).finnish
        let recorded = try await SelfAssessmentService.assessments(ofPeriod: try period.requireID(), on: req.db)
        // The stage the home page's reminder asked for, or the next one after the start.
        if let stage = asked.stage.flatMap(SelfAssessmentStage.init(rawValue:)) {
            form.stage = stage.rawValue
        } else if recorded.contains(where: { $0.instrumentCode == definition.id && $0.stage == "start" }) {
            form.stage = SelfAssessmentStage.interim.rawValue
        }
        return SelfAssessmentViews.recordPage(
            PageContext(req), periodID: try period.requireID(), clientName: period.client.name,
            definition: definition, form: form
        ).response()
    }

    static func create(req: Request) async throws -> Response {
        let periodID = try req.id(.periodID)
        var input = SelfAssessmentForm(from: req)
        // Only the chosen instrument's items are read, as its form shows them.
        let chosen = try? await InstrumentService.find(input.instrument ?? "", on: req.db)
        let items = Set(chosen?.items.map(\.id) ?? [])
        input.answers = input.answers.filter { items.contains($0.key) }
        return try await rerenderOn422 {
            _ = try await SelfAssessmentService.record(input, periodID: periodID, on: req.caller)
            return req.redirect(to: .period(periodID, .show), notice: .saved, fragment: "self-assessment")
        } render: { error in
            let period = try await PeriodService.find(periodID, for: try req.requireUser(), on: req.db)
            let definition = try await instrument(input.instrument, on: req.db)
            let context = PageContext(req)
            return SelfAssessmentViews.recordPage(
                context, periodID: periodID, clientName: period.client.name, definition: definition, form: input,
                error: AdminController.fieldError(error, context)
            ).response(.unprocessableEntity)
        }
    }

    static func show(req: Request) async throws -> Response {
        let record = try await SelfAssessmentService.find(try req.id(.selfAssessmentID), on: req.caller)
        try await AuditLog.append(
            .view, unitID: record.$unit.id, clientID: record.$client.id, recordType: "self-assessment",
            recordID: record.id?.uuidString, on: req)
        let client = try await ClientRecord.find(record.$client.id, on: req.db)
        return SelfAssessmentViews.detailPage(
            PageContext(req), record: record,
            definition: try await InstrumentService.find(record.instrumentCode, on: req.db),
            clientName: client?.name ?? "", answers: SelfAssessmentService.answers(of: record),
            scores: SelfAssessmentService.scores(of: record)
        ).response()
    }

    /// The self-assessment part of the period page (read as part of the audited period view).
    static func section(_ period: RehabilitationPeriod, context: PageContext, on req: Request) async throws -> Node<
        HTML.BodyContext
    > {
        let user = try req.requireUser()
        let periodID = try period.requireID()
        let records = try await SelfAssessmentService.assessments(ofPeriod: periodID, on: req.db)
        var definitions: [String: InstrumentDefinition] = [:]
        for code in Set(records.map(\.instrumentCode)) {
            definitions[code] = try await InstrumentService.find(code, on: req.db)
        }
        let rows = records.compactMap { record -> SelfAssessmentViews.Row? in
            guard let id = record.id else { return nil }
            let definition = definitions[record.instrumentCode]
            return .init(
                id: id, day: Day(iso: record.day) ?? Day(req.now), stage: record.stage,
                instrumentName: definition?.name ?? record.instrumentCode,
                scores: SelfAssessmentViews.scoreSummary(SelfAssessmentService.scores(of: record), definition, context))
        }
        let canWrite = period.isOpen && user.can(.writeClientData, inUnit: period.$unit.id)
        let instruments = canWrite ? try await InstrumentService.active(on: req.db) : []
        return SelfAssessmentViews.section(
            context, periodID: periodID, rows: rows,
            comparisons: try await SelfAssessmentService.comparisons(records, on: req.db),
            instruments: instruments.map { ($0.definition.id, $0.definition.name) }, canWrite: canWrite)
    }
}
