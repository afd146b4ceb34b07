import Fluent
import RinnallaCore
import Vapor

/// `/service-paths`: the agreed service paths directory for the organisation's workers.
enum ServicePathController {
    static func list(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let filter = ServicePathSearchForm(query: req).filter
        let services = try await ServicePathService.search(filter, on: req.db)
        return ServicePathViews.list(
            PageContext(req, notice: Notice.from(req)), filter: filter,
            areas: try await PlaceController.areas(on: req.db), services: services,
            canEdit: ServicePathService.canEdit(user)
        ).response()
    }

    static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let service = try await ServicePathService.find(try req.id(.servicePathID), on: req.db)
        return ServicePathViews.page(
            PageContext(req, notice: Notice.from(req)), service: service, canEdit: ServicePathService.canEdit(user)
        ).response()
    }

    static func requireEditor(_ req: Request) throws {
        guard ServicePathService.canEdit(try req.requireUser()) else { throw AppError.forbidden }
    }

    static func new(req: Request) async throws -> Response {
        try requireEditor(req)
        let context = PageContext(req)
        return ServicePathViews.formPage(
            context, title: context.t(.servicePathNewTitle), action: SiteRoute.servicePaths(.list).href, form: .blank,
            areas: try await PlaceController.areas(on: req.db), deleteAction: nil, error: nil
        ).response()
    }

    static func create(req: Request) async throws -> Response {
        let input = ServicePathForm(from: req)
        return try await rerenderOn422 {
            let service = try await ServicePathService.create(input, on: req.caller)
            return req.redirect(to: .servicePath(try service.requireID(), .show), notice: .servicePathSaved)
        } render: { error in
            let context = PageContext(req)
            return ServicePathViews.formPage(
                context, title: context.t(.servicePathNewTitle), action: SiteRoute.servicePaths(.list).href,
                form: input,
                areas: try await PlaceController.areas(on: req.db), deleteAction: nil,
                error: AdminController.fieldError(error, context)
            ).response(.unprocessableEntity)
        }
    }

    static func edit(req: Request) async throws -> Response {
        let service = try await ServicePathService.find(try req.id(.servicePathID), on: req.db)
        try requireEditor(req)
        return try await renderEdit(req, service: service, form: .init(service), error: nil)
    }

    static func renderEdit(
        _ req: Request, service: ServicePath, form: ServicePathViews.Form, error: AppError?
    ) async throws -> Response {
        let context = PageContext(req)
        let id = try service.requireID()
        return ServicePathViews.formPage(
            context, title: context.t(.servicePathEditTitle, ["name": service.name]),
            action: SiteRoute.servicePath(id, .show).href,
            form: form, areas: try await PlaceController.areas(on: req.db),
            deleteAction: SiteRoute.servicePath(id, .delete).href,
            error: error.map { AdminController.fieldError($0, context) }
        ).response(error.map { $0.status } ?? .ok)
    }

    static func update(req: Request) async throws -> Response {
        let id = try req.id(.servicePathID)
        let input = ServicePathForm(from: req)
        return try await rerenderOn422 {
            _ = try await ServicePathService.update(id, input, on: req.caller)
            return req.redirect(to: .servicePath(id, .show), notice: .servicePathSaved)
        } render: { error in
            let service = try await ServicePathService.find(id, on: req.db)
            return try await renderEdit(req, service: service, form: input, error: error)
        }
    }

    /// Deletes a service nobody was referred to; otherwise shows the edit form with the
    /// advice to take it out of use.
    static func delete(req: Request) async throws -> Response {
        let id = try req.id(.servicePathID)
        do {
            try await ServicePathService.delete(id, on: req.caller)
            return req.redirect(to: .servicePaths(.list), notice: .servicePathDeleted)
        } catch let error as AppError where error.code == "service-path-in-use" {
            let service = try await ServicePathService.find(id, on: req.db)
            return try await renderEdit(req, service: service, form: .init(service), error: error)
        }
    }
}
