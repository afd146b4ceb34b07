import Fluent
import RinnallaCore
import Vapor

/// `/admin/settings`: the allowance rate and month, the worker's activity money and the
/// small-cell threshold of results.
enum SettingsController {
    static func show(req: Request) async throws -> Response {
        try await render(req, context: PageContext(req, notice: Notice.from(req)))
    }

    static func addRate(req: Request) async throws -> Response {
        try await act(req) { try await SettingsAdmin.addRate($0, on: req.caller) }
    }

    static func setMonthMode(req: Request) async throws -> Response {
        try await act(req) { try await SettingsAdmin.setMonthMode($0, on: req.caller) }
    }

    static func setBudgets(req: Request) async throws -> Response {
        try await act(req) { try await SettingsAdmin.setBudgets($0, on: req.caller) }
    }

    static func setMinimumCellSize(req: Request) async throws -> Response {
        try await act(req) { try await SettingsAdmin.setMinimumCellSize($0, on: req.caller) }
    }

    private static func act(_ req: Request, _ body: (SettingsForm) async throws -> Void) async throws -> Response {
        let form = SettingsForm(from: req)
        return try await rerenderOn422 {
            try await body(form)
            return req.redirect(to: .admin(.settings), notice: .settingsSaved)
        } render: { error in
            let context = PageContext(req)
            return try await render(
                req, context: context, typed: form, error: AdminController.fieldError(error, context),
                status: .unprocessableEntity)
        }
    }

    private static func render(
        _ req: Request, context: PageContext, typed: SettingsForm = .init(), error: FieldError? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let settings = try await OrganisationSettings.load(on: req.db)
        return SettingsViews.page(context, settings: settings, typed: typed, error: error).response(status)
    }
}
