import Vapor

// The organisation's areas and the local service map, kept apart from routes.swift so
// parallel work rarely collides.

func registerPlaceRoutes(
    pages: any RoutesBuilder, clientPages: any RoutesBuilder, admin: any RoutesBuilder, api: any RoutesBuilder,
    apiClients: any RoutesBuilder
) {
    // The directory is the organisation's, not a unit's: every worker sees the same places.
    let places = pages.grouped(RequireCapabilityMiddleware(capability: .readClientData))
    places.get("places", use: PlaceController.list).access(.user)
    places.get("places", "new", use: PlaceController.new).access(.user)
    places.post("places", use: PlaceController.create).access(.user)
    places.get("places", ":placeID", use: PlaceController.show).access(.user)
    places.get("places", ":placeID", "edit", use: PlaceController.edit).access(.user)
    places.post("places", ":placeID", use: PlaceController.update).access(.user)
    clientPages.post("goals", ":goalID", "places", use: GoalController.attachPlace).access(.unitData)
    clientPages.post("goals", ":goalID", "places", ":placeID", "remove", use: GoalController.detachPlace)
        .access(.unitData)

    admin.get("admin", "areas", use: AreaAdminController.list).access(.admin)
    admin.post("admin", "areas", use: AreaAdminController.create).access(.admin)
    admin.get("admin", "areas", ":areaID", use: AreaAdminController.show).access(.admin)
    admin.post("admin", "areas", ":areaID", use: AreaAdminController.rename).access(.admin)
    admin.post("admin", "areas", ":areaID", "move", use: AreaAdminController.move).access(.admin)
    admin.post("admin", "areas", ":areaID", "delete", use: AreaAdminController.delete).access(.admin)

    api.get("areas", use: APIPlaceController.areas).access(.user).api(.listAreas)
    apiClients.get("places", use: APIPlaceController.list).access(.user).api(.listPlaces)
    apiClients.post("places", use: APIPlaceController.create).access(.user).api(.createPlace)
    apiClients.get("places", ":placeID", use: APIPlaceController.get).access(.user).api(.getPlace)
    apiClients.patch("places", ":placeID", use: APIPlaceController.update).access(.user).api(.updatePlace)
    apiClients.post("goals", ":goalID", "places", use: APIPlaceController.attachToGoal)
        .access(.unitData).api(.suggestPlaceForGoal)
    apiClients.delete("goals", ":goalID", "places", ":placeID", use: APIPlaceController.detachFromGoal)
        .access(.unitData).api(.removePlaceFromGoal)
}
