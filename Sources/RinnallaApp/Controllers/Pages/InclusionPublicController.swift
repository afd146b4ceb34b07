import Fluent
import RinnallaCore
import Vapor

/// The public inclusion survey `/o/<token>` (no login) and its JSON twin
/// `POST /api/v1/public/rounds/{token}/responses`.
///
/// Why there is no CSRF token: CSRF protects a logged-in user's authority from being used
/// by another site. This form has no user, no session and no cookie (`NoCookiesMiddleware`),
/// and a submission changes no one's data — it only adds one anonymous response, which
/// anyone holding the link may do anyway. A CSRF cookie would also be exactly the kind of
/// cookie the survey promises not to set. What remains is a forged submission from
/// another site, which would only add noise: the POST is refused when the browser says it
/// came from another site (`Sec-Fetch-Site`, `Origin`).
///
/// Nothing here writes an audit row or logs the request (audit rows carry the IP address;
/// the app has no per-request access log), and a response row holds no time.
enum InclusionPublicController {
    static func token(_ req: Request) throws -> String {
        guard let token = req.text(.token) else { throw AppError.notFound }
        return token
    }

    /// Not cached, not indexed; the app-wide referrer policy keeps the address from other sites.
    static func publicResponse(_ response: Response) -> Response {
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        response.headers.replaceOrAdd(name: "X-Robots-Tag", value: "noindex")
        return response
    }

    /// True when the browser says the request came from another site.
    static func isCrossSite(_ req: Request) -> Bool {
        if let site = req.headers.first(name: "Sec-Fetch-Site")?.lowercased(),
            site == "cross-site" || site == "same-site"
        {
            return true
        }
        guard let origin = req.headers.first(name: .origin), !origin.isEmpty else { return false }
        if origin == "null" { return true }
        guard let url = URL(string: origin), let host = url.host else { return true }
        let originHost = url.port.map { "\(host):\($0)" } ?? host
        if let configured = req.application.rinnallaConfig.publicURL, let base = URL(string: configured),
            let baseHost = base.host
        {
            let publicHost = base.port.map { "\(baseHost):\($0)" } ?? baseHost
            if publicHost.lowercased() == originHost.lowercased() { return false }
        }
        let requestHost = req.headers.first(name: .host) ?? ""
        return requestHost.lowercased() != originHost.lowercased()
    }

    /// Finnish, then the installed official translations.
    static func languages(on db: any Database) async throws -> [InclusionFormViews.FormLanguage] {
        let installed = try await InclusionTranslationService.all(on: db).filter { $0.translation != nil }
        return [.init(code: "fi", name: "Suomi")]
            + installed.map { .init(code: $0.language, name: InclusionFormViews.languageName($0.language)) }
    }

    /// The wording asked for (`?language=` or the form's field), else the page's language
    /// when a translation of it is installed, else Finnish.
    static func wording(_ req: Request, asked: String?) async throws -> InclusionIndicatorWording {
        if let asked, !asked.isEmpty, let wording = try await InclusionTranslationService.wording(asked, on: req.db) {
            return wording
        }
        if let wording = try await InclusionTranslationService.wording(req.language.rawValue, on: req.db) {
            return wording
        }
        return InclusionIndicator.finnish
    }

    static func notOpen(_ req: Request, round: InclusionRound, state: InclusionRoundState) -> Response {
        publicResponse(
            InclusionFormViews.notOpen(PageContext(req), round: round, state: state)
                .response(state == .closed ? .gone : .ok))
    }

    static func form(req: Request) async throws -> Response {
        let token = try token(req)
        let (round, evaluation) = try await InclusionResponseService.round(token: token, on: req.db)
        let state = round.state(today: Day(req.now))
        guard state == .open else { return notOpen(req, round: round, state: state) }
        let wording = try await wording(req, asked: InclusionResponseService.Submission(query: req).language)
        return publicResponse(
            InclusionFormViews.form(
                PageContext(req), token: token, round: round, evaluation: evaluation, wording: wording,
                languages: try await languages(on: req.db)
            ).response())
    }

    static func submit(req: Request) async throws -> Response {
        guard !isCrossSite(req) else { throw AppError.forbidden }
        let token = try token(req)
        let (round, evaluation) = try await InclusionResponseService.round(token: token, on: req.db)
        let state = round.state(today: Day(req.now))
        guard state == .open else { return notOpen(req, round: round, state: state) }
        let submission = InclusionResponseService.Submission(from: req)
        do {
            _ = try await InclusionResponseService.submit(
                submission, round: round, evaluation: evaluation, source: .form, requireComplete: true, on: req.db)
        } catch let refusal as InclusionResponseService.Refusal {
            let context = PageContext(req)
            let values = InclusionFormViews.Values(
                answers: submission.answers.map { $0 ?? "" }, gender: submission.gender ?? "",
                ageGroup: submission.ageGroup ?? "", labourStatus: submission.labourStatus ?? "",
                pairingCode: submission.pairingCode ?? "")
            var missing: [Int] = []
            var error: FieldError?
            switch refusal {
            case .missing(let numbers): missing = numbers
            case .invalid(let appError): error = AdminController.fieldError(appError, context)
            }
            return publicResponse(
                InclusionFormViews.form(
                    context, token: token, round: round, evaluation: evaluation,
                    wording: try await wording(req, asked: submission.language),
                    languages: try await languages(on: req.db), values: values, missing: missing, error: error
                ).response(.unprocessableEntity))
        }
        // Post/redirect/get: reloading the thank-you page does not send the answers again.
        return publicResponse(
            req.redirect(
                to: SiteRoute.survey(token, .thanks).href([PageLanguageQuery.name(.lang): req.language.rawValue])))
    }

    static func thanks(req: Request) async throws -> Response {
        _ = try await InclusionResponseService.round(token: try token(req), on: req.db)
        return publicResponse(InclusionFormViews.thanks(PageContext(req)).response())
    }
}
