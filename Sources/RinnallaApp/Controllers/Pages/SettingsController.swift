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
        try await act(req) {
            try await SettingsAdmin.addRate(validFrom: req.field("validFrom"), euros: req.field("rate"), on: req.caller)
        }
    }

    static func setMonthMode(req: Request) async throws -> Response {
        try await act(req) { try await SettingsAdmin.setMonthMode(req.field("monthMode"), on: req.caller) }
    }

    static func setBudgets(req: Request) async throws -> Response {
        try await act(req) {
            let values = Dictionary(
                uniqueKeysWithValues: SettingsAdmin.budgetRoles.map { ($0, req.field(SettingsAdmin.budgetField($0))) })
            try await SettingsAdmin.setBudgets(values, on: req.caller)
        }
    }

    static func setMinimumCellSize(req: Request) async throws -> Response {
        try await act(req) { try await SettingsAdmin.setMinimumCellSize(req.field("minimumCellSize"), on: req.caller) }
    }

    private static func act(_ req: Request, _ body: () async throws -> Void) async throws -> Response {
        return try await rerenderOn422 {
            try await body()
            return req.redirect(to: .admin(.settings), notice: .settingsSaved)
        } render: { error in
            let context = PageContext(req)
            var typed: [String: String] = [:]
            let names = ["validFrom", "rate", "monthMode", "minimumCellSize"]
            for name in names + SettingsAdmin.budgetRoles.map(SettingsAdmin.budgetField) {
                if let value = req.field(name) { typed[name] = value }
            }
            return try await render(
                req, context: context, typed: typed, error: AdminController.fieldError(error, context),
                status: .unprocessableEntity)
        }
    }

    private static func render(
        _ req: Request, context: PageContext, typed: [String: String] = [:], error: FieldError? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let settings = try await OrganisationSettings.load(on: req.db)
        return SettingsViews.page(context, settings: settings, typed: typed, error: error).response(status)
    }
}
