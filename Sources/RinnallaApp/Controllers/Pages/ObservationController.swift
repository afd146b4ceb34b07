import Fluent
import RinnallaCore
import Vapor

/// `/observations`: list with filters, new, edit and delete (by the author).
enum ObservationController {
    static func list(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let asked = ObservationListForm(query: req)
        let unitID = try ObservationService.unit(asked.unit, of: user)
        var values = ObservationViews.FilterValues(unitID: unitID)
        values.tag = asked.tag ?? ""
        values.areaID = asked.area ?? ""
        values.from = asked.from ?? ""
        values.to = asked.to ?? ""
        // Filter values that do not parse are ignored, as on the place search.
        let filter = ObservationService.Filter(
            unitID: unitID, tag: InputRules.trimmed(values.tag),
            areaID: InputRules.trimmed(values.areaID).flatMap(UUID.init(uuidString:)),
            from: InputRules.trimmed(values.from).flatMap { Day(parsing: $0) },
            to: InputRules.trimmed(values.to).flatMap { Day(parsing: $0) })
        let observations = try await ObservationService.list(filter, on: req.caller)
        var context = PageContext(req)
        context.notice = notice(req, context)
        return ObservationViews.list(
            context, units: ObservationService.units(of: user), filter: values,
            areas: try await PlaceController.areas(on: req.db), observations: observations, userID: user.id
        ).response()
    }

    static func notice(_ req: Request, _ context: PageContext) -> String? {
        switch req.query[String.self, at: "notice"] {
        case "observation-saved": context.t(.observationSaved)
        case "observation-deleted": context.t(.observationDeleted)
        default: nil
        }
    }

    static func new(req: Request) async throws -> Response {
        let user = try req.requireUser()
        var form = ObservationViews.Form()
        form.unitID = try ObservationService.unit(ObservationListForm(query: req).unit, of: user).uuidString
        let context = PageContext(req)
        return ObservationViews.formPage(
            context, title: context.t(.observationNewTitle), action: SiteRoute.observations(.list).href, form: form,
            units: ObservationService.units(of: user), areas: try await PlaceController.areas(on: req.db), error: nil
        ).response()
    }

    static func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let input = ObservationForm(from: req)
        return try await rerenderOn422 {
            let observation = try await ObservationService.create(input, on: req.caller)
            return req.redirect(
                to: SiteRoute.observations(.list).href([
                    ObservationListForm.name(.unit): "\(observation.$unit.id)", "notice": "observation-saved",
                ]))
        } render: { error in
            let context = PageContext(req)
            return ObservationViews.formPage(
                context, title: context.t(.observationNewTitle), action: SiteRoute.observations(.list).href,
                form: input,
                units: ObservationService.units(of: user), areas: try await PlaceController.areas(on: req.db),
                error: AdminController.fieldError(error, context)
            ).response(.unprocessableEntity)
        }
    }

    static func edit(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let observation = try await ObservationService.find(try req.id(.observationID), on: req.caller)
        try ObservationService.requireAuthor(observation, on: req.caller)
        let id = try observation.requireID()
        let context = PageContext(req)
        return ObservationViews.formPage(
            context, title: context.t(.observationEditTitle), action: SiteRoute.observation(id, .show).href,
            form: .init(observation),
            units: ObservationService.units(of: user), areas: try await PlaceController.areas(on: req.db), error: nil,
            deleteAction: SiteRoute.observation(id, .delete).href
        ).response()
    }

    static func update(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let id = try req.id(.observationID)
        var input = ObservationForm(from: req)
        return try await rerenderOn422 {
            let observation = try await ObservationService.update(id, input, on: req.caller)
            return req.redirect(
                to: SiteRoute.observations(.list).href([
                    ObservationListForm.name(.unit): "\(observation.$unit.id)", "notice": "observation-saved",
                ]))
        } render: { error in
            let existing = try await ObservationService.find(id, on: req.caller)
            input.unitID = existing.$unit.id.uuidString
            let context = PageContext(req)
            return ObservationViews.formPage(
                context, title: context.t(.observationEditTitle), action: SiteRoute.observation(id, .show).href,
                form: input,
                units: ObservationService.units(of: user), areas: try await PlaceController.areas(on: req.db),
                error: AdminController.fieldError(error, context), deleteAction: SiteRoute.observation(id, .delete).href
            ).response(.unprocessableEntity)
        }
    }

    static func delete(req: Request) async throws -> Response {
        let id = try req.id(.observationID)
        let observation = try await ObservationService.find(id, on: req.caller)
        try await ObservationService.delete(id, on: req.caller)
        return req.redirect(
            to: SiteRoute.observations(.list).href([
                ObservationListForm.name(.unit): "\(observation.$unit.id)", "notice": "observation-deleted",
            ])
        )
    }
}
