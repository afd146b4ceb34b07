import Fluent
import RinnallaCore
import Vapor

/// `/admin/areas`: the organisation's areas, for administrators.
enum AreaAdminController {
    static func list(req: Request) async throws -> Response {
        try await renderList(req, context: PageContext(req, notice: Notice.from(req)))
    }

    static func renderList(
        _ req: Request, context: PageContext, name: String = "", error: FieldError? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let usage = try await AreaService.usage(on: req.db)
        let rows = try await Area.all(on: req.db).compactMap { area in
            area.id.map { AdminAreasPage.Row(id: $0, name: area.name, places: usage[$0] ?? 0) }
        }
        return AdminAreasPage.list(context, rows: rows, name: name, error: error).response(status)
    }

    static func create(req: Request) async throws -> Response {
        let form = AreaForm(from: req)
        let page = try await pageOn422 {
            _ = try await AreaService.create(form, on: req.caller)
        } render: { error in
            let context = PageContext(req)
            return try await renderList(
                req, context: context, name: form.name ?? "",
                error: AdminController.fieldError(error, context), status: .unprocessableEntity)
        }
        if let page { return page }
        return req.redirect(to: .admin(.areas), notice: .areaSaved)
    }

    static func show(req: Request) async throws -> Response {
        let area = try await AreaService.find(try req.id(.areaID), on: req.db)
        return try await renderArea(req, area: area, name: area.name, context: PageContext(req))
    }

    static func renderArea(
        _ req: Request, area: Area, name: String, context: PageContext, error: FieldError? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let id = try area.requireID()
        let used = try await AreaService.usage(on: req.db)[id] ?? 0
        return AdminAreasPage.area(context, id: id, current: area.name, name: name, used: used, error: error)
            .response(status)
    }

    static func rename(req: Request) async throws -> Response {
        let areaID = try req.id(.areaID)
        let form = AreaForm(from: req)
        let page = try await pageOn422 {
            _ = try await AreaService.rename(areaID, form, on: req.caller)
        } render: { error in
            let area = try await AreaService.find(areaID, on: req.db)
            let context = PageContext(req)
            return try await renderArea(
                req, area: area, name: form.name ?? "", context: context,
                error: AdminController.fieldError(error, context), status: .unprocessableEntity)
        }
        if let page { return page }
        return req.redirect(to: .admin(.areas), notice: .areaSaved)
    }

    static func move(req: Request) async throws -> Response {
        let areaID = try req.id(.areaID)
        try await AreaService.move(areaID, up: AreaMoveForm(from: req).isUp, on: req.caller)
        return req.redirect(to: .admin(.areas), notice: .areaSaved, fragment: "area-\(areaID)")
    }

    static func delete(req: Request) async throws -> Response {
        let areaID = try req.id(.areaID)
        let page = try await pageOn422 {
            try await AreaService.delete(areaID, on: req.caller)
        } render: { error in
            let area = try await AreaService.find(areaID, on: req.db)
            let context = PageContext(req)
            return try await renderArea(
                req, area: area, name: area.name, context: context, error: AdminController.fieldError(error, context),
                status: .unprocessableEntity)
        }
        if let page { return page }
        return req.redirect(to: .admin(.areas), notice: .areaDeleted)
    }
}
