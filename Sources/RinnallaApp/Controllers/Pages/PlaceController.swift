import Fluent
import RinnallaCore
import Vapor

/// `/places`: the local service map for the organisation's workers.
enum PlaceController {
    static func areas(on db: any Database) async throws -> [PlaceViews.AreaOption] {
        try await Area.all(on: db).compactMap { area in area.id.map { .init(id: $0, name: area.name) } }
    }

    static func list(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let filter = PlaceSearchForm(query: req).filter
        let places = try await PlaceService.search(filter, on: req.db)
        return PlaceViews.list(
            PageContext(req, notice: Notice.from(req)), filter: filter, areas: try await areas(on: req.db),
            places: places, canEdit: PlaceService.canEdit(user)
        ).response()
    }

    static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let place = try await PlaceService.find(try req.id(.placeID), on: req.db)
        return PlaceViews.page(
            PageContext(req, notice: Notice.from(req)), place: place, canEdit: PlaceService.canEdit(user)
        )
        .response()
    }

    static func requireEditor(_ req: Request) throws {
        guard PlaceService.canEdit(try req.requireUser()) else { throw AppError.forbidden }
    }

    static func new(req: Request) async throws -> Response {
        try requireEditor(req)
        let context = PageContext(req)
        return PlaceViews.formPage(
            context, title: context.t(.placeNewTitle), action: SiteRoute.places(.list).href, form: .blank,
            areas: try await areas(on: req.db), error: nil
        ).response()
    }

    static func create(req: Request) async throws -> Response {
        let input = PlaceForm(from: req)
        return try await rerenderOn422 {
            let place = try await PlaceService.create(input, on: req.caller)
            return req.redirect(to: .place(try place.requireID(), .show), notice: .placeSaved)
        } render: { error in
            let context = PageContext(req)
            return PlaceViews.formPage(
                context, title: context.t(.placeNewTitle), action: SiteRoute.places(.list).href,
                form: input,
                areas: try await areas(on: req.db), error: AdminController.fieldError(error, context)
            ).response(.unprocessableEntity)
        }
    }

    static func edit(req: Request) async throws -> Response {
        let place = try await PlaceService.find(try req.id(.placeID), on: req.db)
        try requireEditor(req)
        let context = PageContext(req)
        return PlaceViews.formPage(
            context, title: context.t(.placeEditTitle, ["name": place.name]),
            action: SiteRoute.place(try place.requireID(), .show).href, form: .init(place),
            areas: try await areas(on: req.db),
            error: nil
        ).response()
    }

    static func update(req: Request) async throws -> Response {
        let placeID = try req.id(.placeID)
        let input = PlaceForm(from: req)
        return try await rerenderOn422 {
            _ = try await PlaceService.update(placeID, input, on: req.caller)
            return req.redirect(to: .place(placeID, .show), notice: .placeSaved)
        } render: { error in
            let place = try await PlaceService.find(placeID, on: req.db)
            let context = PageContext(req)
            return PlaceViews.formPage(
                context, title: context.t(.placeEditTitle, ["name": place.name]),
                action: SiteRoute.place(placeID, .show).href,
                form: input, areas: try await areas(on: req.db),
                error: AdminController.fieldError(error, context)
            ).response(.unprocessableEntity)
        }
    }

    // MARK: The picker on other pages

    /// The place picker for a client's meeting or goal: filtered by `placeArea` and
    /// `placeCategory` from the query; without an area in the query, the client's area
    /// when the service map knows it. The chosen place is always offered.
    static func picker(
        _ req: Request, clientID: UUID, filterAction: String, selected: UUID?
    ) async throws -> PlaceViews.Picker {
        let form = PlacePickerForm(query: req)
        var area = PlaceService.AreaFilter(form.placeArea) ?? .any
        if form.placeArea == nil, let known = try await PlaceService.clientArea(clientID, on: req.db) {
            area = .area(known)
        }
        let category = form.category
        var places = try await PlaceService.search(.init(area: area, category: category), on: req.db)
        if let selected, !places.contains(where: { $0.id == selected }),
            let current = try? await PlaceService.find(selected, on: req.db)
        {
            places.insert(current, at: 0)
        }
        return PlaceViews.Picker(
            filterAction: filterAction, areas: try await areas(on: req.db), area: area, category: category,
            places: places, selected: selected?.uuidString ?? "")
    }

    /// Whether the page was opened from the picker's filter (so its form is shown open).
    static func isFiltering(_ req: Request) -> Bool { PlacePickerForm(query: req).isFiltering }
}
