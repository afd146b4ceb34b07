import Fluent
import RinnallaCore
import Vapor

/// `/admin/settings/decisions`: the decision frame and the review instructions, confirmed
/// by an administrator before any decision is printed for a client (issue 15).
enum DecisionSettingsController {
    static func show(req: Request) async throws -> Response {
        let frame = try await DecisionFrameSettings.load(on: req.db)
        return DecisionSettingsViews.page(PageContext(req, notice: Notice.from(req)), frame: frame, typed: nil)
            .response()
    }

    static func confirm(req: Request) async throws -> Response {
        let form = DecisionFrameForm(from: req)
        return try await rerenderOn422 {
            try await SettingsAdmin.confirmDecisionFrame(form, on: req.caller)
            return req.redirect(to: .admin(.decisionSettings), notice: .decisionSettingsSaved)
        } render: { error in
            let context = PageContext(req)
            let frame = try await DecisionFrameSettings.load(on: req.db)
            return DecisionSettingsViews.page(
                context, frame: frame, typed: form, error: AdminController.fieldError(error, context)
            ).response(.unprocessableEntity)
        }
    }
}
