import Fluent
import RinnallaCore
import Vapor

/// `/reports/social`: the report page, its CSV files and the worker's choice of observations.
enum SocialReportController {
    static func rawFilter(_ form: SocialReportFilterForm, unit: String) -> SocialReportViews.Filter {
        SocialReportViews.Filter(unit: unit, from: form.from ?? "", to: form.to ?? "", area: form.area ?? "")
    }

    /// The unit first (404 for a unit not the user's), then the dates and area.
    static func query(_ req: Request, _ form: SocialReportFilterForm) async throws -> SocialReportService.Query {
        try await SocialReportService.query(
            unit: form.unit, from: form.from, to: form.to, area: form.area, user: try req.requireUser(),
            today: Day(req.now), on: req.db)
    }

    static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        var context = PageContext(req)
        if req.query[String.self, at: "notice"] == "choice-saved" {
            context.notice = context.t(.socialreportChooseSaved)
        }
        let units = SocialReportService.units(of: user)
        let areas = try await PlaceController.areas(on: req.db)
        let form = SocialReportFilterForm(query: req)
        return try await rerenderOn422 {
            let query = try await query(req, form)
            let report = try await SocialReportService.view(query, on: req.caller)
            let candidates =
                SocialReportService.canChoose(user, unitID: query.unitID)
                ? try await SocialReportService.candidates(query, on: req.db) : nil
            return SocialReportViews.page(
                context, report: report, filter: .init(query), units: units, areas: areas, candidates: candidates,
                today: Day(req.now)
            ).response()
        } render: { error in
            // The default report of the unit, with the refused dates kept in the form.
            let fallback = try await SocialReportService.query(
                unit: form.unit, from: nil, to: nil, area: nil, user: user,
                today: Day(req.now), on: req.db)
            let report = try await SocialReportService.view(fallback, on: req.caller)
            return SocialReportViews.page(
                context, report: report, filter: rawFilter(form, unit: fallback.unitID.uuidString), units: units,
                areas: areas, candidates: nil, today: Day(req.now), error: AdminController.fieldError(error, context)
            ).response(.unprocessableEntity)
        }
    }

    static func export(req: Request) async throws -> Response {
        let form = SocialReportFilterForm(query: req)
        let query = try await query(req, form)
        let format = form.csvFormat
        let report = try await SocialReportService.view(query, action: .export, on: req.caller)
        let text = SocialReportCSV.text(report, format: format, language: req.language)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(
            name: .contentDisposition,
            value: "attachment; filename=\"sosiaalinen-raportti-\(query.from.iso)-\(query.to.iso).csv\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }

    /// Saves which observations go into the report, then shows the report again.
    static func choose(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let choice = ObservationChoiceForm(from: req)
        guard let unitText = choice.unitID, let unitID = UUID(uuidString: unitText),
            SocialReportService.canChoose(user, unitID: unitID)
        else { throw AppError.notFound }
        try await ObservationService.choose(
            unitID: unitID, shown: choice.shown, chosen: choice.chosen, on: req.caller)
        let filter = rawFilter(SocialReportFilterForm(query: req), unit: unitID.uuidString)
        return req.redirect(
            to: SiteRoute.socialReport(.show).href(rawQuery: "\(filter.queryString)&notice=choice-saved"))
    }
}
