import Crypto
import Foundation
import NIOConcurrencyHelpers
import RinnallaCore
import Vapor

/// Counts the answers each network address sends to each public form (`SubmissionLimit`)
/// and refuses the ones over the limit with 429 and a message in the user's language.
///
/// The addresses are kept only in this instance's memory, as keyed hashes (the key is
/// random per process), only until their window ends: nothing reaches the database or
/// the log, so the answers stay as anonymous as the form promises. Each instance counts
/// on its own, so behind a load balancer the limit is per instance; that still stops a
/// flood, which is its purpose.
final class PublicSubmitLimiter: Sendable {
    let limit: SubmissionLimit
    private let key = SymmetricKey(size: .bits256)
    private let windows = NIOLockedValueBox([String: SubmissionLimit.Window]())
    /// Past this many addresses the ended windows are swept away.
    private static let sweepAt = 10_000

    init(limit: SubmissionLimit) {
        self.limit = limit
    }

    /// One more submission from `address` to the form `form` (its public token).
    func admit(address: String, form: String, now: Date) -> SubmissionLimit.Decision {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(address)|\(form)".utf8), using: key)
        let id = Data(mac).base64EncodedString()
        return windows.withLockedValue { windows in
            if windows.count >= Self.sweepAt {
                windows = windows.filter { !limit.hasEnded($0.value, now: now) }
                // Still full (addresses from everywhere at once): start over rather than
                // sweep on every request; the limit then errs on the side of answering.
                if windows.count >= Self.sweepAt { windows.removeAll(keepingCapacity: true) }
            }
            let decision = limit.admit(windows[id], now: now)
            windows[id] = decision.window
            return decision
        }
    }
}

struct PublicSubmitLimitMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .POST, let limiter = request.application.publicSubmitLimiter else {
            return try await next.respond(to: request)
        }
        // The form's token: the page and the API post to the same form and count together.
        let form = request.parameters.get("token") ?? request.url.path
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
