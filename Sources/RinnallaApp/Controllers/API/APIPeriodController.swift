import Fluent
import RinnallaCore
import Vapor

enum APIPeriodController {
    struct PeriodDTO: Content {
        let id: UUID
        let clientID: UUID
        let unitID: UUID
        let status: String
        let phase: String
        let suitability: Suitability.Check?
        let createdAt: Date?
    }

    struct PeriodStartRequest: Content {
        let offer: [String]?
        let notNow: [String]?
        let acknowledgement: String?
    }

    static func dto(_ period: RehabilitationPeriod) throws -> PeriodDTO {
        PeriodDTO(
            id: try period.requireID(), clientID: period.$client.id, unitID: period.$unit.id, status: period.status,
            phase: period.phase, suitability: period.suitability, createdAt: period.createdAt)
    }

    static func list(req: Request) async throws -> [PeriodDTO] {
        let client = try await ClientService.view(try req.id(.clientID), recordType: "period-list", on: req.caller)
        return try await PeriodService.periods(ofClient: try client.requireID(), on: req.db).map(dto)
    }

    static func create(req: Request) async throws -> Response {
        let body = try req.decodeJSON(PeriodStartRequest.self)
        var offer = Set<Suitability.OfferIf>()
        for code in body.offer ?? [] {
            guard let item = Suitability.OfferIf(rawValue: code) else {
                throw AppError.invalid(.errorBadRequest, field: "offer")
            }
            offer.insert(item)
        }
        var notNow = Set<Suitability.NotNowIf>()
        for code in body.notNow ?? [] {
            guard let item = Suitability.NotNowIf(rawValue: code) else {
                throw AppError.invalid(.errorBadRequest, field: "notNow")
            }
            notNow.insert(item)
        }
        let period = try await PeriodService.start(
            clientID: try req.id(.clientID),
            suitability: .init(offer: offer, notNow: notNow, acknowledgement: body.acknowledgement), on: req.caller)
        return try await dto(period).encodeResponse(status: .created, for: req)
    }

    static func get(req: Request) async throws -> PeriodDTO {
        try dto(try await PeriodService.view(try req.id(.periodID), on: req.caller))
    }
}

extension Request {
    /// 404 unless the path's period is one the user may read: checked before a body is
    /// decoded, so another unit's period answers 404 whatever the body (the service checks
    /// again, with the write rules).
    func requireVisiblePeriod() async throws {
        _ = try await PeriodService.find(try id(.periodID), for: try requireUser(), on: db)
    }
}
