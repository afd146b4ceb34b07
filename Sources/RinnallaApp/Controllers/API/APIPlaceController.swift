import Fluent
import RinnallaCore
import Vapor

/// `/api/v1/areas`, `/api/v1/places` and a goal's suggested places: the same rules and
/// messages as the pages.
enum APIPlaceController {
    struct AreaDTO: Content {
        let id: UUID
        let name: String
        let sortOrder: Int
    }

    struct PlaceDTO: Content {
        let id: UUID
        let name: String
        let category: String
        let areaID: UUID?
        let areaName: String?
        let address: String
        let openingNotes: String
        let webAddress: String?
        let languages: [String]
        let isFree: Bool?
        let description: String
        let isActive: Bool
    }

    /// A place's fields; on PATCH only those sent change, and `null` clears `areaID`,
    /// `webAddress` and `isFree`.
    struct PlaceRequest: Decodable {
        var name: String?
        var category: String?
        var areaID: String?
        var address: String?
        var openingNotes: String?
        var webAddress: String?
        var languages: [String]?
        var isFree: Bool?
        var description: String?
        var isActive: Bool?
        /// The keys present in the body, `null` ones included.
        var sent: Set<String> = []

        enum CodingKeys: String, CodingKey {
            case name, category, areaID, address, openingNotes, webAddress, languages, isFree, description, isActive
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            sent = Set(c.allKeys.map(\.stringValue))
            name = try c.decodeIfPresent(String.self, forKey: .name)
            category = try c.decodeIfPresent(OneOf<PlaceCategory>.self, forKey: .category)?.wrappedValue
            areaID = try c.decodeIfPresent(String.self, forKey: .areaID)
            address = try c.decodeIfPresent(String.self, forKey: .address)
            openingNotes = try c.decodeIfPresent(String.self, forKey: .openingNotes)
            webAddress = try c.decodeIfPresent(String.self, forKey: .webAddress)
            languages = try c.decodeIfPresent([String].self, forKey: .languages)
            isFree = try c.decodeIfPresent(Bool.self, forKey: .isFree)
            description = try c.decodeIfPresent(String.self, forKey: .description)
            isActive = try c.decodeIfPresent(Bool.self, forKey: .isActive)
        }
    }

    struct GoalPlaceRequest: Decodable {
        let placeID: String?
    }

    static func dto(_ place: Place) throws -> PlaceDTO {
        PlaceDTO(
            id: try place.requireID(), name: place.name, category: place.category, areaID: place.$area.id,
            areaName: place.$area.value??.name, address: place.address, openingNotes: place.openingNotes,
            webAddress: place.webAddress, languages: place.languageCodes, isFree: place.isFree,
            description: place.description, isActive: place.isActive)
    }

    static func input(_ body: PlaceRequest, defaults: Place? = nil) -> PlaceService.Input {
        func pick<T>(_ key: String, _ sent: T?, _ old: T?) -> T? { body.sent.contains(key) ? sent : old }
        return PlaceService.Input(
            name: pick("name", body.name, defaults?.name),
            category: pick("category", body.category, defaults?.category),
            areaID: body.sent.contains("areaID") ? body.areaID ?? "" : defaults?.$area.id?.uuidString,
            address: pick("address", body.address, defaults?.address),
            openingNotes: pick("openingNotes", body.openingNotes, defaults?.openingNotes),
            webAddress: body.sent.contains("webAddress") ? body.webAddress ?? "" : defaults?.webAddress,
            languages: body.languages ?? defaults?.languageCodes ?? [],
            free: (body.sent.contains("isFree") ? body.isFree : defaults?.isFree).map { $0 ? "yes" : "no" } ?? "",
            description: pick("description", body.description, defaults?.description),
            active: body.isActive ?? defaults?.isActive ?? true)
    }

    static func areas(req: Request) async throws -> [AreaDTO] {
        try await Area.all(on: req.db).map { AreaDTO(id: try $0.requireID(), name: $0.name, sortOrder: $0.sortOrder) }
    }

    /// `?area=<id>|none&category=<category>&q=<text>&includeInactive=true`; a value not in
    /// the lists is refused with the parameter named.
    static func list(req: Request) async throws -> [PlaceDTO] {
        let query = try req.decodeQuery(PlaceQuery.self)
        let filter = PlaceService.Filter(
            text: query.q, area: query.area?.filter ?? .any, category: query.category,
            includeInactive: query.includeInactive ?? false)
        return try await PlaceService.search(filter, on: req.db).map(dto)
    }

    static func get(req: Request) async throws -> PlaceDTO {
        try dto(try await PlaceService.find(try req.id(.placeID), on: req.db))
    }

    static func create(req: Request) async throws -> Response {
        let body = try req.decodeJSON(PlaceRequest.self)
        let place = try await PlaceService.create(input(body), on: req.caller)
        return try await dto(try await PlaceService.find(try place.requireID(), on: req.db))
            .encodeResponse(status: .created, for: req)
    }

    static func update(req: Request) async throws -> PlaceDTO {
        let placeID = try req.id(.placeID)
        let existing = try await PlaceService.find(placeID, on: req.db)
        let body = try req.decodeJSON(PlaceRequest.self)
        _ = try await PlaceService.update(placeID, input(body, defaults: existing), on: req.caller)
        return try dto(try await PlaceService.find(placeID, on: req.db))
    }

    static func attachToGoal(req: Request) async throws -> Response {
        let body = try req.decodeJSON(GoalPlaceRequest.self)
        let goal = try await GoalPlaceService.attach(try req.id(.goalID), placeID: body.placeID, on: req.caller)
        return try await APIGoalController.goalDTO(goal, on: req).encodeResponse(status: .created, for: req)
    }

    static func detachFromGoal(req: Request) async throws -> HTTPStatus {
        _ = try await GoalPlaceService.detach(try req.id(.goalID), placeID: try req.id(.placeID), on: req.caller)
        return .noContent
    }
}
