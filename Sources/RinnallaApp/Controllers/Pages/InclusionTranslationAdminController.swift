import Fluent
import RinnallaCore
import Vapor

/// `/admin/inclusion-translations`: installing THL's official language versions of the
/// inclusion indicator (admins only).
enum InclusionTranslationAdminController {
    /// A chosen file, or the file's text pasted.
    struct Upload: PageForm {
        var file: File?
        var translation: String?

        enum CodingKeys: String, CodingKey {
            case file, translation
        }

        var text: String? {
            if let file, file.data.readableBytes > 0 { return String(buffer: file.data) }
            return translation
        }
    }

    static func render(
        _ req: Request, pasted: String = "", error: FieldError? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        var context = PageContext(req)
        if req.query[String.self, at: "notice"] != nil { context.notice = context.t(.surveySaved) }
        return InclusionTranslationAdminViews.page(
            context, translations: try await InclusionTranslationService.all(on: req.db), pasted: pasted, error: error
        ).response(status)
    }

    static func list(req: Request) async throws -> Response {
        try await render(req)
    }

    static func install(req: Request) async throws -> Response {
        let upload = Upload(from: req)
        let page = try await pageOn422 {
            _ = try await InclusionTranslationService.install(upload.text, on: req.caller)
        } render: { error in
            return try await render(
                req, pasted: String((upload.text ?? "").prefix(InclusionIndicatorTranslation.maxBytes)),
                error: AdminController.fieldError(error, PageContext(req)), status: .unprocessableEntity)
        }
        if let page { return page }
        return req.redirect(to: SiteRoute.admin(.inclusionTranslations).href(["notice": "saved"]))
    }

    static func remove(req: Request) async throws -> Response {
        guard let language = req.text(.language) else { throw AppError.notFound }
        try await InclusionTranslationService.remove(language, on: req.caller)
        return req.redirect(to: SiteRoute.admin(.inclusionTranslations).href(["notice": "saved"]))
    }
}
