import RinnallaCore
import Vapor

/// The query of the evidence CSV: the latest quarter and the CSV's form. Its coding keys
/// are the names `DashboardViews.href` writes.
struct EvidenceExportQuery: Decodable, Sendable {
    enum CodingKeys: String, CodingKey { case period, format }
    let period: PeriodText?
    let format: InclusionCSV.Format?
}

/// `/units/{id}/evidence/{model}` and its CSV: a unit's evidence of an operating model
/// (issue 17), aggregates only.
enum EvidenceController {
    static func show(_ model: OperatingModel) -> @Sendable (Request) async throws -> Response {
        { req in
            let evidence = try await compute(req, model: model)
            try await AuditLog.append(
                .view, unitID: evidence.unitID, recordType: "logic-model-evidence",
                detail: "\(model.rawValue) \(evidence.latest.quarter.iso)", on: req)
            return EvidenceViews.page(PageContext(req), evidence).response()
        }
    }

    static func export(_ model: OperatingModel) -> @Sendable (Request) async throws -> Response {
        { req in
            let query = try req.decodeQuery(EvidenceExportQuery.self)
            let evidence = try await compute(req, model: model)
            try await AuditLog.append(
                .export, unitID: evidence.unitID, recordType: "logic-model-evidence",
                detail: "\(model.rawValue) \(evidence.latest.quarter.iso)", on: req)
            return InclusionCSV.download(
                EvidenceCSV.file(evidence, format: query.format ?? .semicolon, language: req.language),
                filename: "\(model.rawValue)-\(evidence.latest.quarter.iso).csv")
        }
    }

    private static func compute(_ req: Request, model: OperatingModel) async throws -> UnitEvidence {
        let period = try req.decodeQuery(DashboardQuery.self).period?.period
        let quarters = LogicModelEvidenceService.quarters(endingWith: period, today: Day(req.now))
        let evidence = try await LogicModelEvidenceService.compute(
            unitID: try req.id(.unitID), models: [model], quarters: quarters, on: req.caller)
        return evidence[0]
    }
}
