import Vapor

// The organisation's areas and the local service map, kept apart from routes.swift so
// parallel work rarely collides.

func registerPlaceRoutes(
    pages: any RoutesBuilder, clientPages: any RoutesBuilder, admin: any RoutesBuilder, api: any RoutesBuilder,
    apiClients: any RoutesBuilder
) {
    // The directory is the organisation's, not a unit's: every worker sees the same places.
    let places = pages.grouped(RequireCapabilityMiddleware(capability: .readClientData))
    places.page(.GET, .places(.list), .user, use: PlaceController.list)
    places.page(.GET, .places(.new), .user, use: PlaceController.new)
    places.page(.POST, .places(.list), .user, use: PlaceController.create)
    places.page(.GET, .place(.pattern, .show), .user, use: PlaceController.show)
    places.page(.GET, .place(.pattern, .edit), .user, use: PlaceController.edit)
    places.page(.POST, .place(.pattern, .show), .user, use: PlaceController.update)
    clientPages.page(.POST, .goal(.pattern, .places), .unitData, use: GoalController.attachPlace)
    clientPages.page(.POST, .goal(.pattern, .removePlace(.pattern)), .unitData, use: GoalController.detachPlace)

    admin.page(.GET, .admin(.areas), .admin, use: AreaAdminController.list)
    admin.page(.POST, .admin(.areas), .admin, use: AreaAdminController.create)
    admin.page(.GET, .admin(.area(.pattern)), .admin, use: AreaAdminController.show)
    admin.page(.POST, .admin(.area(.pattern)), .admin, use: AreaAdminController.rename)
    admin.page(.POST, .admin(.moveArea(.pattern)), .admin, use: AreaAdminController.move)
    admin.page(.POST, .admin(.deleteArea(.pattern)), .admin, use: AreaAdminController.delete)

    api.api(.GET, .areas, .user, .listAreas, use: APIPlaceController.areas)
    apiClients.api(.GET, .places, .user, .listPlaces, use: APIPlaceController.list)
    apiClients.api(.POST, .places, .user, .createPlace, use: APIPlaceController.create)
    apiClients.api(.GET, .place(.pattern), .user, .getPlace, use: APIPlaceController.get)
    apiClients.api(.PATCH, .place(.pattern), .user, .updatePlace, use: APIPlaceController.update)
    apiClients.api(
        .POST, .goal(.pattern, .places), .unitData, .suggestPlaceForGoal, use: APIPlaceController.attachToGoal)
    apiClients.api(
        .DELETE, .goal(.pattern, .place(.pattern)), .unitData, .removePlaceFromGoal,
        use: APIPlaceController.detachFromGoal)
}
