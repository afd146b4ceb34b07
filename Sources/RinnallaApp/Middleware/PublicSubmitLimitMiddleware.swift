import Foundation
import RinnallaCore
import Vapor

/// Counts the answers each network address sends to each public form (`SubmissionLimit`)
/// so that the ones over the limit are refused with 429 and a message in the user's
/// language. The addresses stay in memory only, as keyed hashes (`AttemptCounter`), so
/// the answers stay as anonymous as the form promises.
final class PublicSubmitLimiter: Sendable {
    let counter: AttemptCounter
    var limit: SubmissionLimit { counter.limit }

    init(limit: SubmissionLimit) {
        counter = AttemptCounter(limit: limit)
    }

    /// One more submission from `address` to the form `form` (its public token).
    func admit(address: String, form: String, now: Date) -> SubmissionLimit.Decision {
        counter.admit("\(address)|\(form)", now: now)
    }
}

struct PublicSubmitLimitMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .POST, let limiter = request.application.publicSubmitLimiter else {
            return try await next.respond(to: request)
        }
        // The form's token: the page and the API post to the same form and count together.
        let form = request.text(.token) ?? request.url.path
        let decision = limiter.admit(address: request.clientIP ?? "", form: form, now: request.now)
        guard decision.admitted else {
            throw AppError(
                status: .tooManyRequests, code: "too-many-submissions", key: .errorTooManySubmissions,
                arguments: ["minutes": String(decision.retryAfterMinutes ?? 1)])
        }
        return try await next.respond(to: request)
    }
}

extension Application {
    private struct PublicSubmitLimiterKey: StorageKey { typealias Value = PublicSubmitLimiter }

    /// Set in `configure` (`SubmissionLimit.publicForms`); tests may set a smaller one.
    var publicSubmitLimiter: PublicSubmitLimiter? {
        get { storage[PublicSubmitLimiterKey.self] }
        set { storage[PublicSubmitLimiterKey.self] = newValue }
    }
}
