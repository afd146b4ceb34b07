import Fluent
import RinnallaCore
import Vapor

enum APIClientController {
    struct ClientDTO: Content {
        let id: UUID
        let unitID: UUID
        let name: String
        let identityCode: String?
        let birthDate: String?
        let language: String
        let phone: String?
        let email: String?
        let address: String?
        let responsibleWorkerID: UUID?
    }

    /// A new client: the unit and the name are required.
    struct NewClientRequest: Content {
        @RequiredID<UnitChoice> var unitID: String
        @RequiredText<NameText> var name: String
        let identityCode: String?
        let birthDate: String?
        let language: String?
        let phone: String?
        let email: String?
        let address: String?
        let responsibleWorkerID: String?
    }

    /// A change to a client: fields left out keep their values.
    struct ClientChangeRequest: Content {
        let unitID: String?
        @NonEmptyText<NameText> var name: String?
        let identityCode: String?
        let birthDate: String?
        let language: String?
        let phone: String?
        let email: String?
        let address: String?
        let responsibleWorkerID: String?
    }

    static func dto(_ client: ClientRecord) throws -> ClientDTO {
        ClientDTO(
            id: try client.requireID(), unitID: client.$unit.id, name: client.name, identityCode: client.identityCode,
            birthDate: client.birthDate, language: client.language, phone: client.phone, email: client.email,
            address: client.address, responsibleWorkerID: client.$responsibleWorker.id)
    }

    static func input(_ body: NewClientRequest) -> ClientService.Input {
        .init(
            unitID: body.unitID, name: body.name, identityCode: body.identityCode, birthDate: body.birthDate,
            language: body.language, phone: body.phone, email: body.email, address: body.address,
            responsibleWorkerID: body.responsibleWorkerID)
    }

    static func input(_ body: ClientChangeRequest) -> ClientService.Input {
        .init(
            unitID: body.unitID, name: body.name, identityCode: body.identityCode, birthDate: body.birthDate,
            language: body.language, phone: body.phone, email: body.email, address: body.address,
            responsibleWorkerID: body.responsibleWorkerID)
    }

    static func list(req: Request) async throws -> [ClientDTO] {
        try await ClientService.search(try req.decodeQuery(ClientQuery.self).q, on: req.caller).map(dto)
    }

    static func create(req: Request) async throws -> Response {
        let client = try await ClientService.create(input(try req.decodeJSON(NewClientRequest.self)), on: req.caller)
        return try await dto(client).encodeResponse(status: .created, for: req)
    }

    static func get(req: Request) async throws -> ClientDTO {
        try dto(try await ClientService.view(try req.id(.clientID), on: req.caller))
    }

    static func update(req: Request) async throws -> ClientDTO {
        let id = try req.id(.clientID)
        let body = try req.decodeJSON(ClientChangeRequest.self)
        let user = try req.requireUser()
        let existing = try await ClientService.find(id, for: user, on: req.db)
        // PATCH: fields left out keep their values.
        var merged = input(body)
        merged.unitID = merged.unitID ?? existing.$unit.id.uuidString
        merged.name = merged.name ?? existing.name
        if body.identityCode == nil && body.birthDate == nil {
            merged.identityCode = existing.identityCode
            merged.birthDate = existing.identityCode == nil ? existing.birthDate : nil
        }
        merged.language = merged.language ?? existing.language
        merged.phone = merged.phone ?? existing.phone
        merged.email = merged.email ?? existing.email
        merged.address = merged.address ?? existing.address
        merged.responsibleWorkerID = merged.responsibleWorkerID ?? existing.$responsibleWorker.id?.uuidString
        // Chosen on the client page only; the API keeps it as it is.
        merged.decisionLanguage = existing.decisionLanguage
        return try dto(try await ClientService.update(id, merged, on: req.caller))
    }
}
