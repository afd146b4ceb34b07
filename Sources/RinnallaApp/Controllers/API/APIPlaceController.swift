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

    /// A new place: the name and category are required.
    struct NewPlaceRequest: Decodable {
        @RequiredText<NameText> var name: String
        @RequiredChoice<PlaceCategory> var category: String
        var areaID: String?
        @BoundedText<PlaceAddress> var address: String?
        @BoundedText<PlaceNotes> var openingNotes: String?
        var webAddress: String?
        var languages: [String]?
        var isFree: Bool?
        @BoundedText<PlaceDescription> var description: String?
        var isActive: Bool?
    }

    /// A change to a place: only the fields sent change, and `null` clears `areaID`,
    /// `webAddress` and `isFree`.
    struct PlaceChangeRequest: Decodable {
        @NonEmptyText<NameText> var name: String?
        @OneOf<PlaceCategory> var category: String?
        @Clearable<String> var areaID: String??
        @BoundedText<PlaceAddress> var address: String?
        @BoundedText<PlaceNotes> var openingNotes: String?
        @Clearable<String> var webAddress: String??
        var languages: [String]?
        @Clearable<Bool> var isFree: Bool??
        @BoundedText<PlaceDescription> var description: String?
        var isActive: Bool?
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

    static func input(_ body: NewPlaceRequest) -> PlaceService.Input {
        PlaceService.Input(
            name: body.name, category: body.category, areaID: body.areaID, address: body.address,
            openingNotes: body.openingNotes, webAddress: body.webAddress, languages: body.languages ?? [],
            free: body.isFree.map { $0 ? "yes" : "no" } ?? "", description: body.description,
            active: body.isActive ?? true)
    }

    /// The stored place with the sent fields changed (`Clearable` ones cleared by `null`).
    static func input(_ body: PlaceChangeRequest, place: Place) -> PlaceService.Input {
        let isFree = body.isFree ?? place.isFree
        return PlaceService.Input(
            name: body.name ?? place.name, category: body.category ?? place.category,
            areaID: body.areaID.map { $0 ?? "" } ?? place.$area.id?.uuidString,
            address: body.address ?? place.address, openingNotes: body.openingNotes ?? place.openingNotes,
            webAddress: body.webAddress.map { $0 ?? "" } ?? place.webAddress,
            languages: body.languages ?? place.languageCodes, free: isFree.map { $0 ? "yes" : "no" } ?? "",
            description: body.description ?? place.description, active: body.isActive ?? place.isActive)
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
        let body = try req.decodeJSON(NewPlaceRequest.self)
        let place = try await PlaceService.create(input(body), on: req.caller)
        return try await dto(try await PlaceService.find(try place.requireID(), on: req.db))
            .encodeResponse(status: .created, for: req)
    }

    static func update(req: Request) async throws -> PlaceDTO {
        let placeID = try req.id(.placeID)
        let existing = try await PlaceService.find(placeID, on: req.db)
        let body = try req.decodeJSON(PlaceChangeRequest.self)
        _ = try await PlaceService.update(placeID, input(body, place: existing), on: req.caller)
        return try dto(try await PlaceService.find(placeID, on: req.db))
    }

    static func attachToGoal(req: Request) async throws -> Response {
        let body = try req.decodeJSON(GoalPlaceRequest.self)
        let goal = try await GoalPlaceService.attach(
            try req.id(.goalID), GoalPlaceForm(placeID: body.placeID), on: req.caller)
        return try await APIGoalController.goalDTO(goal, on: req).encodeResponse(status: .created, for: req)
    }

    static func detachFromGoal(req: Request) async throws -> HTTPStatus {
        _ = try await GoalPlaceService.detach(try req.id(.goalID), placeID: try req.id(.placeID), on: req.caller)
        return .noContent
    }
}

/// A place's limits (`PlaceRules`).
enum PlaceAddress: TextRule {
    static var maximumLength: Int { PlaceRules.maximumAddressLength }
}

enum PlaceNotes: TextRule {
    static var maximumLength: Int { PlaceRules.maximumNotesLength }
}

enum PlaceDescription: TextRule {
    static var maximumLength: Int { PlaceRules.maximumDescriptionLength }
}
