import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Login, sessions and passwords")
struct LoginTests {
    @Test func loginSetsASecureSessionCookieAndAuditsIt() async throws {
        try await withTestApp(secureCookies: true) { (app, _) async throws in
            // setup
            let client = Browser(app)
            // act
            let response = try await client.login(email: "Worker.A@example.fi ", password: Fixture.password)
            // check
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/")
            let cookie = try #require(response.headers.setCookie?[SessionAuthMiddleware.cookieName])
            #expect(cookie.isHTTPOnly)
            #expect(cookie.sameSite == .lax)
            #expect(cookie.isSecure)
            let stored = try #require(try await AuthSession.query(on: app.db).first())
            #expect(stored.tokenHash != cookie.string, "only a hash of the secret is stored")
            let login = try await AuditEvent.query(on: app.db).filter(\.$action == "login").all()
            #expect(login.count == 1)
            #expect(try await client.get("/").body.string.contains("Aila Työntekijä"))
        }
    }

    @Test func cookiesAreNotSecureWithoutTLS() async throws {
        try await withTestApp { (app, _) async throws in
            let response = try await Browser(app).login(email: "worker.a@example.fi", password: Fixture.password)
            #expect(response.headers.setCookie?[SessionAuthMiddleware.cookieName]?.isSecure == false)
        }
    }

    @Test func aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() async throws {
        try await withTestApp { (app, _) async throws in
            let wrong = try await Browser(app).login(email: "worker.a@example.fi", password: "not the password at all")
            let unknown = try await Browser(app).login(email: "nobody@example.fi", password: "not the password at all")
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            let message = Localizer.shared.text(.loginFailed, .fi)
            #expect(wrong.body.string.contains(message))
            #expect(unknown.body.string.contains(message))
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "login-failed").count() == 2)
            #expect(try await AuthSession.query(on: app.db).count() == 0)
        }
    }

    @Test func fiveFailuresLockTheAccountForFifteenMinutes() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            for _ in 1...5 {
                _ = try await Browser(app).login(email: "worker.a@example.fi", password: "wrong password here")
            }
            // act: the right password is refused while locked, with the same message
            let locked = try await Browser(app).login(email: "worker.a@example.fi", password: Fixture.password)
            // check
            #expect(locked.status == .unauthorized)
            #expect(locked.body.string.contains(Localizer.shared.text(.loginFailed, .fi)))
            fixture.clock.advance(by: 14 * 60)
            #expect(
                try await Browser(app).login(email: "worker.a@example.fi", password: Fixture.password).status
                    == .unauthorized)
            fixture.clock.advance(by: 61)
            #expect(
                try await Browser(app).login(email: "worker.a@example.fi", password: Fixture.password).status
                    == .seeOther)
        }
    }

    @Test func aSessionEndsAfterEightHoursIdle() async throws {
        try await withTestApp { (app, fixture) async throws in
            let client = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            fixture.clock.advance(by: 7 * 3600)
            #expect(try await client.get("/").status == .ok)
            // Activity keeps the session alive ...
            fixture.clock.advance(by: 7 * 3600)
            #expect(try await client.get("/").status == .ok)
            // ... eight idle hours end it.
            fixture.clock.advance(by: 8 * 3600 + 1)
            let response = try await client.get("/")
            #expect(response.status == .seeOther)
            let location = try #require(response.headers.first(name: .location))
            #expect(location.hasPrefix("/login"))
            #expect(location.contains("notice=session-expired"))
            let page = try await client.get(location)
            #expect(page.body.string.contains(Localizer.shared.text(.loginSessionExpired, .fi)))
            #expect(try await AuthSession.query(on: app.db).count() == 0)
        }
    }

    @Test func logoutEndsTheSession() async throws {
        try await withTestApp { (app, _) async throws in
            let client = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let response = try await client.post("/logout")
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location)?.hasPrefix("/login") == true)
            #expect(try await client.get("/").status == .seeOther)
            #expect(try await AuthSession.query(on: app.db).count() == 0)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "logout").count() == 1)
        }
    }

    @Test func anInitialPasswordMustBeChangedBeforeAnythingElse() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            try await User.query(on: app.db).filter(\.$id == fixture.admin).set(\.$mustChangePassword, to: true)
                .update()
            let client = Browser(app)
            // act
            let login = try await client.login(email: "admin@example.fi", password: Fixture.password)
            // check
            #expect(login.headers.first(name: .location) == "/account/password")
            #expect(try await client.get("/admin/users").headers.first(name: .location) == "/account/password")
            let page = try await client.get("/account/password")
            #expect(page.status == .ok)
            #expect(page.body.string.contains(Localizer.shared.text(.passwordMustChange, .fi)))
            let changed = try await client.post(
                "/account/password",
                form: [
                    "currentPassword": Fixture.password, "newPassword": "my own long passphrase",
                    "confirmPassword": "my own long passphrase",
                ])
            #expect(changed.status == .seeOther)
            #expect(try await client.get("/admin/users").status == .ok)
        }
    }

    @Test(arguments: [
        ("short", "short", "newPassword", L10nKey.errorPasswordTooShort),
        ("a long enough password", "a different password", "confirmPassword", .errorPasswordMismatch),
        (Fixture.password, Fixture.password, "newPassword", .errorPasswordUnchanged),
    ])
    func aRefusedPasswordChangeNamesTheFieldAndChangesNothing(
        new: String, confirm: String, field: String, key: L10nKey
    ) async throws {
        try await withTestApp { (app, _) async throws in
            let client = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let before = try await usersDump(app)
            let response = try await client.post(
                "/account/password",
                form: [
                    "currentPassword": Fixture.password, "newPassword": new, "confirmPassword": confirm,
                ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(Localizer.shared.text(key, .fi)))
            #expect(response.body.string.contains("href=\"#field-\(field)\""))
            #expect(try await usersDump(app) == before)
        }
    }

    @Test func aWrongCurrentPasswordIsRefused() async throws {
        try await withTestApp { (app, _) async throws in
            let client = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let before = try await usersDump(app)
            let response = try await client.post(
                "/account/password",
                form: [
                    "currentPassword": "this is not it at all", "newPassword": "a long enough password",
                    "confirmPassword": "a long enough password",
                ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(Localizer.shared.text(.errorCurrentPasswordWrong, .fi)))
            #expect(try await usersDump(app) == before)
        }
    }

    @Test func changingThePasswordLogsOutOtherDevices() async throws {
        try await withTestApp { (app, _) async throws in
            let laptop = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let phone = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            _ = try await laptop.post(
                "/account/password",
                form: [
                    "currentPassword": Fixture.password, "newPassword": "a long enough password",
                    "confirmPassword": "a long enough password",
                ])
            #expect(try await laptop.get("/").status == .ok)
            #expect(try await phone.get("/").status == .seeOther)
        }
    }

    @Test func theLoginRedirectOnlyGoesToLocalPaths() async throws {
        try await withTestApp { (app, fixture) async throws in
            let pages = app.pageRoutes
            #expect(PageRoutes.safeNext("https://evil.example", pages: pages) == "/")
            #expect(PageRoutes.safeNext("//evil.example", pages: pages) == "/")
            #expect(PageRoutes.safeNext("/units/\(fixture.unitA)", pages: pages) == "/units/\(fixture.unitA)")
            #expect(PageRoutes.safeNext("/clients?q=adam", pages: pages) == "/clients?q=adam")
            #expect(PageRoutes.safeNext(nil, pages: pages) == "/")
        }
    }

    /// Issue 13, item 4: `/login?next=/%09/evil.example` once sent the browser to
    /// `/\t/evil.example`, which browsers read as `//evil.example`.
    @Test func item4_theLoginRedirectAcceptsOnlyPathsTheRouteTableParses() async throws {
        try await withTestApp { (app, fixture) async throws in
            let pages = app.pageRoutes
            for target in [
                "/\t/evil.example", "/\n/evil.example", "/ /evil.example", "/\\evil.example", "/%2F/evil.example",
                "/%2fevil.example", "/no-such-page", "/api/v1/users", "/units/\(fixture.unitA)#x", "/../evil",
                "/clients/\u{00e4}", "/\u{2028}/evil.example",
            ] {
                #expect(PageRoutes.safeNext(target, pages: pages) == "/", "\(target.debugDescription)")
            }
            // through the login form
            let browser = Browser(app)
            _ = try await browser.get("/login?next=/%09/evil.example")
            let response = try await browser.post(
                "/login",
                form: ["email": "worker.a@example.fi", "password": Fixture.password, "next": "/\t/evil.example"])
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/")
            let page = try await Browser(app).get("/login?next=/%09/evil.example")
            #expect(!page.body.string.contains("evil.example"))
        }
    }

    @Test func aDeactivatedUserCannotLogIn() async throws {
        try await withTestApp { (app, fixture) async throws in
            let client = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let response = try await admin.post("/admin/users/\(fixture.workerA)/status", form: ["active": "false"])
            #expect(response.status == .seeOther)
            #expect(try await client.get("/").status == .seeOther, "the open session ends")
            #expect(
                try await Browser(app).login(email: "worker.a@example.fi", password: Fixture.password).status
                    == .unauthorized)
            #expect(try await User.find(fixture.workerA, on: app.db) != nil, "never deleted")
        }
    }
}
