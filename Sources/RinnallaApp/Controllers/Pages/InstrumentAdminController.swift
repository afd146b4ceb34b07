import Fluent
import RinnallaCore
import Vapor

/// `/admin/instruments`: the instrument list, the upload and deactivation (admins only).
enum InstrumentAdminController {
    /// The upload: a chosen file, or the definition pasted as text.
    struct Upload: PageForm {
        var file: File?
        var definition: String?

        enum CodingKeys: String, CodingKey {
            case file, definition
        }

        var text: String? {
            if let file, file.data.readableBytes > 0 { return String(buffer: file.data) }
            return definition
        }
    }

    static func list(req: Request) async throws -> Response {
        try await AuditLog.append(.view, recordType: "instruments", on: req)
        return try await render(req, context: PageContext(req, notice: Notice.from(req)))
    }

    static func render(
        _ req: Request, context: PageContext, pasted: String = "", error: FieldError? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let instruments = try await InstrumentService.all(on: req.db)
        return AdminInstrumentsPage.render(context, instruments: instruments, pasted: pasted, error: error)
            .response(status)
    }

    static func upload(req: Request) async throws -> Response {
        let upload = Upload(from: req)
        let page = try await pageOn422 {
            _ = try await InstrumentService.upload(upload.text, on: req.caller)
        } render: { error in
            let context = PageContext(req)
            return try await render(
                req, context: context, pasted: String((upload.text ?? "").prefix(InstrumentParser.maxBytes)),
                error: AdminController.fieldError(error, context), status: .unprocessableEntity)
        }
        if let page { return page }
        return req.redirect(to: .admin(.instruments), notice: .saved)
    }

    static func setStatus(req: Request) async throws -> Response {
        guard let code = req.text(.code) else { throw AppError.notFound }
        try await InstrumentService.setActive(code, active: ActivationForm(from: req).activates, on: req.caller)
        return req.redirect(to: .admin(.instruments), notice: .saved)
    }
}
