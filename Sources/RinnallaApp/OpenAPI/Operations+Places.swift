import OpenAPIKit

extension APIOperation {
    /// POST /api/v1/places
    static let createPlace = APIOperation(
        "createPlace",
        "Add a place; any worker with client work in a unit may (others 403). Audited. Refused input answers 422 with `error.field` naming the field.",
        tag: "places", request: APIPlaceController.NewPlaceRequest.self, response: APIPlaceController.PlaceDTO.self,
        status: 201, links: [.to(.getPlace, "placeID"), .to(.updatePlace, "placeID")])
    /// GET /api/v1/places/{placeID}
    static let getPlace = APIOperation(
        "getPlace", "One place", tag: "places", response: APIPlaceController.PlaceDTO.self)
    /// GET /api/v1/areas
    static let listAreas = APIOperation(
        "listAreas", "The organisation's areas in their order (Itä, Pohjoinen, Etelä, Länsi in the demo)",
        tag: "places", response: [APIPlaceController.AreaDTO].self)
    /// GET /api/v1/places
    static let listPlaces = APIOperation(
        "listPlaces",
        "The local service map: places in use, by area order then name. Filters combine; an unknown area or category is refused (422, `error.field` = `area` or `category`).",
        tag: "places", response: [APIPlaceController.PlaceDTO].self, query: PlaceQuery.self)
    /// PATCH /api/v1/places/{placeID}
    static let updatePlace = APIOperation(
        "updatePlace",
        "Change a place: fields not sent stay; null clears `areaID`, `webAddress` and `isFree`. Set `isActive` false when the place closes. Audited.",
        tag: "places", request: APIPlaceController.PlaceChangeRequest.self, response: APIPlaceController.PlaceDTO.self)
}
