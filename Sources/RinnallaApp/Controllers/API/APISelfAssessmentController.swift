import Fluent
import RinnallaCore
import Vapor

/// `/api/v1/instruments` and `/api/v1/periods/{id}/self-assessments`, with the same rules
/// and messages as the pages.
enum APISelfAssessmentController {
    struct InstrumentDTO: Content {
        let origin: String
        let isActive: Bool
        let definition: InstrumentDefinition
    }

    struct SelfAssessmentDTO: Content {
        let id: UUID
        let periodID: UUID
        let instrument: String
        let instrumentVersion: String
        let day: String
        let stage: String
        let answers: [String: Int]
        let scores: [DimensionScore]
        let createdAt: Date?
    }

    struct SelfAssessmentRequest: Content {
        let instrument: String?
        let day: String?
        let stage: String?
        let answers: [String: Int]?
    }

    static func dto(_ record: SelfAssessment) throws -> SelfAssessmentDTO {
        SelfAssessmentDTO(
            id: try record.requireID(), periodID: record.$period.id, instrument: record.instrumentCode,
            instrumentVersion: record.instrumentVersion, day: record.day, stage: record.stage,
            answers: SelfAssessmentService.answers(of: record), scores: SelfAssessmentService.scores(of: record),
            createdAt: record.createdAt)
    }

    static func instruments(req: Request) async throws -> [InstrumentDTO] {
        try await AuditLog.append(.view, recordType: "instruments", on: req)
        return try await InstrumentService.all(on: req.db).map {
            InstrumentDTO(origin: $0.origin.rawValue, isActive: $0.isActive, definition: $0.definition)
        }
    }

    static func list(req: Request) async throws -> [SelfAssessmentDTO] {
        try await SelfAssessmentService.view(periodID: try req.id(.periodID), on: req.caller).1.map(dto)
    }

    static func create(req: Request) async throws -> Response {
        let periodID = try req.id(.periodID)
        // Access before the body is read: another unit's period is a 404 whatever was sent.
        _ = try await PeriodService.writable(periodID, on: req.caller)
        let body = try req.decodeJSON(SelfAssessmentRequest.self)
        let input = SelfAssessmentService.Input(
            instrument: body.instrument, day: body.day, stage: body.stage,
            answers: (body.answers ?? [:]).mapValues(String.init))
        let record = try await SelfAssessmentService.record(input, periodID: periodID, on: req.caller)
        return try await dto(record).encodeResponse(status: .created, for: req)
    }
}
