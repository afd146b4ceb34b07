import RinnallaCore
import Vapor

/// The query of a unit's logic-model page: the year shown (default the running year).
struct LogicModelUnitQuery: Decodable, Sendable {
    enum CodingKeys: String, CodingKey { case year }
    let year: String?
}

/// `/units/{unitID}/logic-models/{model}`: the unit's local adaptations of an operating
/// model and its yearly self-rating of the model's core elements (issue 17), with the
/// team lead's forms to record them.
enum LogicModelUnitController {
    static func show(_ model: OperatingModel) -> @Sendable (Request) async throws -> Response {
        { req in
            let unitID = try req.id(.unitID)
            let access = try LogicModelAdaptationService.access(to: unitID, for: try req.requireUser())
            let year = try year(req)
            return try await render(
                req, unitID: unitID, model: model, year: year, access: access, forms: .init(year: year))
        }
    }

    static func addAdaptation(_ model: OperatingModel) -> @Sendable (Request) async throws -> Response {
        { req in
            let unitID = try req.id(.unitID)
            let form = LocalAdaptationForm(from: req)
            return try await rerenderOn422 {
                let id = try await LogicModelAdaptationService.add(unitID: unitID, model: model, form, on: req.caller)
                return redirect(req, unitID, model, year: nil, notice: .adaptationSaved, fragment: "adaptation-\(id)")
            } render: { error in
                let access = try LogicModelAdaptationService.access(to: unitID, for: try req.requireUser())
                let year = Day(req.now).year
                var forms = LogicModelUnitViews.Forms(year: year)
                forms.adaptation = form
                forms.adaptationError = error
                return try await render(
                    req, unitID: unitID, model: model, year: year, access: access, forms: forms,
                    status: error.status)
            }
        }
    }

    static func editAdaptation(_ model: OperatingModel) -> @Sendable (Request) async throws -> Response {
        { req in
            let unitID = try req.id(.unitID)
            let access = try LogicModelAdaptationService.access(to: unitID, for: try req.requireUser())
            guard access == .edit else {
                throw AppError(status: .forbidden, code: "forbidden", key: .logicModelUnitReadOnly)
            }
            let row = try await LogicModelAdaptationService.find(
                try req.id(.adaptationID), unitID: unitID, model: model, on: req.db)
            return try await renderEdit(
                req, unitID: unitID, model: model, row: row,
                form: LocalAdaptationForm(text: row.text, day: Day(parsing: row.day)?.finnish ?? row.day), error: nil)
        }
    }

    static func updateAdaptation(_ model: OperatingModel) -> @Sendable (Request) async throws -> Response {
        { req in
            let unitID = try req.id(.unitID)
            let id = try req.id(.adaptationID)
            let form = LocalAdaptationForm(from: req)
            return try await rerenderOn422 {
                try await LogicModelAdaptationService.edit(id, unitID: unitID, model: model, form, on: req.caller)
                return redirect(req, unitID, model, year: nil, notice: .adaptationSaved, fragment: "adaptation-\(id)")
            } render: { error in
                let row = try await LogicModelAdaptationService.find(id, unitID: unitID, model: model, on: req.db)
                return try await renderEdit(req, unitID: unitID, model: model, row: row, form: form, error: error)
            }
        }
    }

    static func deleteAdaptation(_ model: OperatingModel) -> @Sendable (Request) async throws -> Response {
        { req in
            let unitID = try req.id(.unitID)
            try await LogicModelAdaptationService.delete(
                try req.id(.adaptationID), unitID: unitID, model: model, on: req.caller)
            return redirect(req, unitID, model, year: nil, notice: .adaptationDeleted, fragment: "adaptations")
        }
    }

    static func setRatings(_ model: OperatingModel) -> @Sendable (Request) async throws -> Response {
        { req in
            let unitID = try req.id(.unitID)
            let form = CoreElementRatingsForm(from: req)
            return try await rerenderOn422 {
                try await LogicModelAdaptationService.setRatings(unitID: unitID, model: model, form, on: req.caller)
                return redirect(req, unitID, model, year: form.year, notice: .ratingsSaved, fragment: "ratings")
            } render: { error in
                let access = try LogicModelAdaptationService.access(to: unitID, for: try req.requireUser())
                // A year the form cannot have sent shows the running year's page with the error.
                let today = Day(req.now)
                let year = (try? CoreElementRatingRules.year(form.year, today: today)) ?? today.year
                var forms = LogicModelUnitViews.Forms(year: year)
                forms.ratings = form
                forms.ratingsError = error
                return try await render(
                    req, unitID: unitID, model: model, year: year, access: access, forms: forms,
                    status: error.status)
            }
        }
    }

    // MARK: Helpers

    /// The year of the query: the running year unless one is asked; a year outside
    /// `CoreElementRatingRules.years` is a 422 naming the field.
    static func year(_ req: Request) throws -> Int {
        let query = try req.decodeQuery(LogicModelUnitQuery.self)
        let today = Day(req.now)
        guard let text = query.year else { return today.year }
        do { return try CoreElementRatingRules.year(text, today: today) } catch {
            throw AppError.invalid(error.key, field: error.field, arguments: error.arguments)
        }
    }

    static func redirect(
        _ req: Request, _ unitID: UUID, _ model: OperatingModel, year: String?, notice: Notice, fragment: String
    ) -> Response {
        let today = Day(req.now)
        // The running year is the page's default: its address carries no year.
        let shown = (try? CoreElementRatingRules.year(year, today: today)).flatMap { $0 == today.year ? nil : $0 }
        let href = SiteRoute.unit(unitID, .logicModel(model)).href(
            ["year": shown.map(String.init), "notice": notice.rawValue], fragment: fragment)
        return req.redirect(to: href, redirectType: .normal)
    }

    static func render(
        _ req: Request, unitID: UUID, model: OperatingModel, year: Int, access: LogicModelAdaptationService.Access,
        forms: LogicModelUnitViews.Forms, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        guard let unit = try await OrgUnit.find(unitID, on: req.db) else { throw AppError.notFound }
        let page = LogicModelUnitViews.Page(
            unitID: unitID, unitName: unit.name, model: LogicModels.model(model), year: year,
            years: CoreElementRatingRules.years(today: Day(req.now)), access: access,
            ratings: try await LogicModelAdaptationService.ratings(
                unitID: unitID, model: model, year: year, on: req.db),
            previousRatings: try await LogicModelAdaptationService.ratings(
                unitID: unitID, model: model, year: year - 1, on: req.db),
            adaptations: try await LogicModelAdaptationService.adaptations(unitID: unitID, model: model, on: req.db),
            today: Day(req.now))
        return LogicModelUnitViews.page(PageContext(req, notice: Notice.from(req)), page, forms: forms)
            .response(status)
    }

    static func renderEdit(
        _ req: Request, unitID: UUID, model: OperatingModel, row: LogicModelAdaptation, form: LocalAdaptationForm,
        error: AppError?
    ) async throws -> Response {
        guard let unit = try await OrgUnit.find(unitID, on: req.db) else { throw AppError.notFound }
        return LogicModelUnitViews.editPage(
            PageContext(req), unitID: unitID, unitName: unit.name, model: model, id: try row.requireID(), form: form,
            error: error
        ).response(error?.status ?? .ok)
    }
}
