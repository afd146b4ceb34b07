import RinnallaCore
import Vapor

/// Turns every error into an HTML page or the API's JSON error, in the user's language.
/// Internals never reach the client; server errors are logged with the request id.
struct AppErrorMiddleware: AsyncMiddleware {
    let environment: Environment

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return response(for: error, request: request)
        }
    }

    func response(for error: any Error, request: Request) -> Response {
        let language = request.language
        let status: HTTPResponseStatus
        let code: String
        var field: String?
        let message: String
        let headers = (error as? AppError)?.headers ?? [:]
        switch error {
        case let error as AppError:
            status = error.status
            code = error.code
            field = error.field
            var arguments = error.arguments
            if let name = arguments["field"], let key = FieldName.key(for: name) {
                arguments["field"] = Localizer.shared.text(key, language)
            }
            message = Localizer.shared.text(error.key, language, arguments)
        case let abort as any AbortError where abort.status.code < 500:
            status = abort.status
            switch abort.status {
            case .notFound: (code, message) = ("not-found", Localizer.shared.text(.errorNotFound, language))
            case .unauthorized: (code, message) = ("unauthorized", Localizer.shared.text(.errorUnauthorized, language))
            case .forbidden: (code, message) = ("forbidden", Localizer.shared.text(.errorForbidden, language))
            case .payloadTooLarge, .unsupportedMediaType, .badRequest, .unprocessableEntity:
                (code, message) = ("invalid-body", Localizer.shared.text(.errorInvalidBody, language))
            default: (code, message) = ("bad-request", Localizer.shared.text(.errorBadRequest, language))
            }
        case is DecodingError:
            status = .badRequest
            (code, message) = ("invalid-body", Localizer.shared.text(.errorInvalidBody, language))
        default:
            status = .internalServerError
            code = "internal"
            message = Localizer.shared.text(.errorInternal, language, ["requestID": request.id])
            request.logger.critical(
                "unhandled error",
                metadata: [
                    "component": "error", "request-id": "\(request.id)", "error": "\(String(reflecting: error))",
                ])
        }
        if request.isAPI || request.headers.accept.mediaTypes.first == .json {
            let body = APIModels.ErrorBody(error: .init(code: code, message: message, field: field))
            let response = Response(status: status)
            try? response.content.encode(body, as: .json)
            response.headers.add(contentsOf: headers)
            return response
        }
        let response = ErrorPage.render(PageContext(request), message: message).response(status)
        response.headers.add(contentsOf: headers)
        return response
    }
}
