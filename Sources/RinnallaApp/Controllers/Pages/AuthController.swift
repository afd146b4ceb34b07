import Fluent
import RinnallaCore
import Vapor

/// Login, logout, password change and language choice.
enum AuthController {
    static func showLogin(req: Request) async throws -> Response {
        if req.currentUser != nil { return req.redirect(to: .home) }
        let next = PageRoutes.safeNext(LoginForm(query: req).next, pages: req.application.pageRoutes)
        let context = PageContext(req, notice: Notice.from(req))
        return withLoginCookie(LoginPage.render(context, next: next).response(), req)
    }

    static func login(req: Request) async throws -> Response {
        let form = LoginForm(from: req)
        let email = form.email ?? ""
        let next = PageRoutes.safeNext(form.next, pages: req.application.pageRoutes)
        let outcome: LoginService.Outcome
        do {
            outcome = try await LoginService.login(
                email: email, password: form.password, kind: .browser, gate: req.loginGate, on: req.caller)
        } catch let error as AppError where error.status == .tooManyRequests {
            let context = PageContext(req)
            let fieldError = FieldError(field: LoginForm.name(.email), message: context.t(error.key, error.arguments))
            return withLoginCookie(
                LoginPage.render(context, email: email, next: next, error: fieldError).response(.tooManyRequests), req)
        }
        switch outcome {
        case .success(let secret, let user):
            let target = user.mustChangePassword ? SiteRoute.account(.password).href : next
            let response = req.redirect(to: target, redirectType: .normal)
            response.cookies[SessionAuthMiddleware.cookieName] = SessionStore.cookie(
                secret, secure: req.application.rinnallaConfig.secureCookies)
            response.cookies[CSRFMiddleware.loginCookieName] = .expired
            return response
        case .failed:
            let context = PageContext(req)
            let error = FieldError(field: LoginForm.name(.email), message: context.t(.loginFailed))
            return withLoginCookie(
                LoginPage.render(context, email: email, next: next, error: error).response(.unauthorized), req)
        }
    }

    static func logout(req: Request) async throws -> Response {
        let user = try req.requireUser()
        try await req.db.atomically { db in
            try await SessionStore.end(user.session.id, on: db)
            try await AuditLog.append(.logout, on: req, db: db)
        }
        let response = req.redirect(to: .login, notice: .loggedOut)
        response.cookies[SessionAuthMiddleware.cookieName] = .expired
        return response
    }

    static func showChangePassword(req: Request) async throws -> Response {
        let user = try req.requireUser()
        return ChangePasswordPage.render(PageContext(req), mustChange: user.mustChangePassword).response()
    }

    static func changePassword(req: Request) async throws -> Response {
        let current = try req.requireUser()
        let context = PageContext(req)
        let page = try await pageOn422 {
            try await changePassword(for: current, PasswordChangeForm(from: req), on: req)
        } render: { error in
            let fieldError = FieldError(field: error.field, message: context.t(error.key, error.arguments))
            return ChangePasswordPage.render(context, mustChange: current.mustChangePassword, error: fieldError)
                .response(.unprocessableEntity)
        }
        if let page { return page }
        return req.redirect(to: .home, notice: .passwordChanged)
    }

    static func changePassword(for current: CurrentUser, _ form: PasswordChangeForm, on req: Request) async throws {
        typealias Form = PasswordChangeForm
        guard let user = try await User.find(current.id, on: req.db) else { throw AppError.unauthorized }
        guard let currentPassword = form.currentPassword, !currentPassword.isEmpty,
            try await Passwords.verify(currentPassword, hash: user.passwordHash, on: req.application)
        else { throw AppError.invalid(.errorCurrentPasswordWrong, field: Form.name(.currentPassword)) }
        guard let newPassword = form.newPassword, !newPassword.isEmpty else {
            throw AppError.invalid(
                .errorRequired, field: Form.name(.newPassword), arguments: ["field": req.t(.fieldNewPassword)])
        }
        if let problem = PasswordPolicy.problem(with: newPassword, email: user.email) {
            throw AppError.invalid(problem.key, field: Form.name(.newPassword))
        }
        guard newPassword == form.confirmPassword else {
            throw AppError.invalid(.errorPasswordMismatch, field: Form.name(.confirmPassword))
        }
        guard newPassword != currentPassword else {
            throw AppError.invalid(.errorPasswordUnchanged, field: Form.name(.newPassword))
        }
        let hash = try await Passwords.hash(newPassword, on: req.application)
        try await req.db.atomically { db in
            user.passwordHash = hash
            user.mustChangePassword = false
            try await user.update(on: db)
            // Other devices logged in with the old password are logged out.
            try await SessionStore.endAll(userID: current.id, except: current.session.id, on: db)
            try await CalendarFeedService.revokeAll(userID: current.id, on: db)
            try await AuditLog.append(
                .update, recordType: "user", recordID: current.id.uuidString, detail: "password-changed", on: req,
                db: db)
        }
    }

    static func setLanguage(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let code = LanguageForm(from: req).language, let language = Language(rawValue: code) else {
            throw AppError.invalid(.errorLanguageInvalid, field: LanguageForm.name(.language))
        }
        try await req.db.atomically { db in
            try await User.query(on: db).filter(\.$id == user.id).set(\.$language, to: language.rawValue).update()
        }
        let back = PageRoutes.safeNext(
            req.headers.first(name: .referer).flatMap { URL(string: $0)?.path }, pages: req.application.pageRoutes)
        return req.redirect(to: back, redirectType: .normal)
    }

    /// The login form's CSRF token travels as a cookie too (double submit), since there
    /// is no session before login. The public feedback form uses it the same way.
    static func withLoginCookie(_ response: Response, _ req: Request) -> Response {
        response.cookies[CSRFMiddleware.loginCookieName] = HTTPCookies.Value(
            string: req.loginCSRFToken, expires: nil, maxAge: 3600, path: "/",
            isSecure: req.application.rinnallaConfig.secureCookies, isHTTPOnly: true, sameSite: .strict)
        return response
    }
}
