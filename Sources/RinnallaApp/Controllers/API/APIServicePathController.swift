import Fluent
import RinnallaCore
import Vapor

/// `/api/v1/service-paths`: the agreed service paths directory, with the same rules and
/// messages as the pages.
enum APIServicePathController {
    struct ServicePathDTO: Content {
        let id: UUID
        let name: String
        let kind: String
        let areaID: UUID?
        let areaName: String?
        let description: String
        let howToRefer: String
        let phone: String?
        let email: String?
        let address: String?
        let webAddress: String?
        let openingHours: String
        let isActive: Bool
    }

    /// A service's fields. PUT replaces the service: fields not sent are empty (and
    /// `isActive` true).
    struct ServicePathRequest: Decodable {
        @RequiredText<ServicePathName> var name: String
        @RequiredChoice<ServicePathKind> var kind: String
        var areaID: String?
        @BoundedText<ServicePathDescription> var description: String?
        @BoundedText<ServicePathHowToRefer> var howToRefer: String?
        var phone: String?
        var email: String?
        @BoundedText<ServicePathAddress> var address: String?
        var webAddress: String?
        @BoundedText<ServicePathOpeningHours> var openingHours: String?
        var isActive: Bool?
    }

    static func dto(_ service: ServicePath) throws -> ServicePathDTO {
        ServicePathDTO(
            id: try service.requireID(), name: service.name, kind: service.kind, areaID: service.$area.id,
            areaName: service.$area.value??.name, description: service.description, howToRefer: service.howToRefer,
            phone: service.phone, email: service.email, address: service.address, webAddress: service.webAddress,
            openingHours: service.openingHours, isActive: service.isActive)
    }

    static func input(_ body: ServicePathRequest) -> ServicePathService.Input {
        ServicePathService.Input(
            draft: .init(
                name: body.name, kind: body.kind, description: body.description, howToRefer: body.howToRefer,
                phone: body.phone, email: body.email, address: body.address, webAddress: body.webAddress,
                openingHours: body.openingHours),
            areaID: body.areaID, active: body.isActive ?? true)
    }

    /// `?q=&kind=&area=<id>|none&includeInactive=true`; a kind or area not in the lists is
    /// refused with the parameter named.
    static func list(req: Request) async throws -> [ServicePathDTO] {
        let query = try req.decodeQuery(ServicePathQuery.self)
        let filter = ServicePathService.Filter(
            text: query.q, kind: query.kind, area: query.area?.filter ?? .any,
            includeInactive: query.includeInactive ?? false)
        return try await ServicePathService.search(filter, on: req.db).map(dto)
    }

    static func get(req: Request) async throws -> ServicePathDTO {
        try dto(try await ServicePathService.find(try req.id(.servicePathID), on: req.db))
    }

    static func create(req: Request) async throws -> Response {
        let body = try req.decodeJSON(ServicePathRequest.self)
        let service = try await ServicePathService.create(input(body), on: req.caller)
        return try await dto(try await ServicePathService.find(try service.requireID(), on: req.db))
            .encodeResponse(status: .created, for: req)
    }

    static func update(req: Request) async throws -> ServicePathDTO {
        let id = try req.id(.servicePathID)
        _ = try await ServicePathService.find(id, on: req.db)
        let body = try req.decodeJSON(ServicePathRequest.self)
        _ = try await ServicePathService.update(id, input(body), on: req.caller)
        return try dto(try await ServicePathService.find(id, on: req.db))
    }
}

/// The service paths directory's limits (`ServicePathRules`).
enum ServicePathName: TextRule {
    static var maximumLength: Int { ServicePathRules.maximumNameLength }
}

enum ServicePathDescription: TextRule {
    static var maximumLength: Int { ServicePathRules.maximumDescriptionLength }
}

enum ServicePathHowToRefer: TextRule {
    static var maximumLength: Int { ServicePathRules.maximumHowToReferLength }
}

enum ServicePathAddress: TextRule {
    static var maximumLength: Int { ServicePathRules.maximumAddressLength }
}

enum ServicePathOpeningHours: TextRule {
    static var maximumLength: Int { ServicePathRules.maximumOpeningHoursLength }
}
