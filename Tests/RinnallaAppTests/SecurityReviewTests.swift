import Crypto
import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// Issue 13, the security review: items 3, 6, 10, 13 and 14 (item 1 in
/// `ExtremeInputTests`, item 4 in `LoginTests`; the others beside their features).
@Suite("Security review")
struct SecurityReviewTests {
    // MARK: Item 3 — the forced password change holds for the API too

    @Test func item3_aTokenOfAnAccountThatMustChangeItsPasswordReachesOnlyThePasswordChange() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: the admin resets worker A's password, as for a new account
            try await UserAdmin.resetPassword(
                fixture.workerA, password: "initial password 2026", actor: .commandLine("test"), app: app,
                now: fixture.clock.now, on: app.db)
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi", password: "initial password 2026")
            // act and check: everything but the change is refused, with the reason
            let clients = try await api.send(.GET, "/api/v1/clients", language: "en")
            #expect(clients.status == .forbidden)
            #expect(clients.body.string.contains("password-change-required"))
            #expect(clients.body.string.contains("me\\/password") || clients.body.string.contains("me/password"))
            #expect(try await api.send(.GET, "/api/v1/clients/\(fixture.clientA)").status == .forbidden)
            #expect(try await api.send(.GET, "/api/v1/me").status == .ok)
            // a wrong current password is a 422 naming the field; nothing changes
            let wrong = try await api.send(
                .POST, "/api/v1/me/password",
                json: ["currentPassword": "not it", "newPassword": "a brand new passphrase"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("currentPassword"))
            #expect(try await User.find(fixture.workerA, on: app.db)?.mustChangePassword == true)
            let changed = try await api.send(
                .POST, "/api/v1/me/password",
                json: ["currentPassword": "initial password 2026", "newPassword": "a brand new passphrase"])
            #expect(changed.status == .noContent)
            #expect(try await api.send(.GET, "/api/v1/clients").status == .ok)
            #expect(try await User.find(fixture.workerA, on: app.db)?.mustChangePassword == false)
        }
    }

    // MARK: Item 6 — parallel logins cannot defeat the lockout

    @Test func item6_twentyConcurrentWrongPasswordsLockTheAccountAndKeepItLocked() async throws {
        try await withTestApp { (app, fixture) async throws in
            // act: 20 wrong passwords at once
            try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        try await APIClient(app: app, token: nil).send(
                            .POST, "/api/v1/auth/token", json: ["email": "worker.a@example.fi", "password": "wrong"]
                        ).status
                    }
                }
                for try await status in group { #expect(status == .unauthorized) }
            }
            // check: locked, and the lock was not cleared by a later failure of the burst
            let user = try #require(try await User.find(fixture.workerA, on: app.db))
            let lockedUntil = try #require(user.lockedUntil)
            #expect(lockedUntil > fixture.clock.now)
            // a correct password, alone or inside another burst, does not get in while locked
            try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        try await APIClient(app: app, token: nil).send(
                            .POST, "/api/v1/auth/token",
                            json: ["email": "worker.a@example.fi", "password": index == 4 ? Fixture.password : "wrong"]
                        ).status
                    }
                }
                // refused as a failed login, or before any check once the account's failures
                // reach the rate limit (item 10)
                for try await status in group { #expect([.unauthorized, .tooManyRequests].contains(status)) }
            }
            let after = try #require(try await User.find(fixture.workerA, on: app.db))
            #expect(after.lockedUntil.map { abs($0.timeIntervalSince(lockedUntil)) < 0.01 } == true)
            #expect(try await AuthSession.query(on: app.db).filter(\.$user.$id == fixture.workerA).count() == 0)
            // once the lock has passed, the correct password works and clears the count
            fixture.clock.advance(by: LoginThrottle.standard.lockDuration + 1)
            let later = try await APIClient(app: app, token: nil).send(
                .POST, "/api/v1/auth/token", json: ["email": "worker.a@example.fi", "password": Fixture.password])
            #expect(later.status == .created)
            let cleared = try #require(try await User.find(fixture.workerA, on: app.db))
            #expect(cleared.failedLogins == 0 && cleared.lockedUntil == nil)
        }
    }

    @Test func item6_failuresAreCountedOnceEachUnderConcurrency() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        _ = try await APIClient(app: app, token: nil).send(
                            .POST, "/api/v1/auth/token", json: ["email": "worker.a@example.fi", "password": "wrong"])
                    }
                }
                try await group.waitForAll()
            }
            let user = try #require(try await User.find(fixture.workerA, on: app.db))
            #expect(user.failedLogins == 4)
            #expect(user.lockedUntil == nil)
        }
    }

    // MARK: Item 10 — logins are rate limited per address and per account

    @Test func item10_failedLoginsFromOneAddressAreRefusedWith429BeforeAnyPasswordCheck() async throws {
        try await withTestApp { (app, fixture) async throws in
            // Many accounts (and unknown emails) from one address, each under its own limit.
            let limit = SubmissionLimit.failedLoginsPerAddress.maximum
            for index in 0..<limit {
                let response = try await APIClient(app: app, token: nil).send(
                    .POST, "/api/v1/auth/token", json: ["email": "nobody\(index)@example.fi", "password": "x"])
                #expect(response.status == .unauthorized)
            }
            let refused = try await APIClient(app: app, token: nil).send(
                .POST, "/api/v1/auth/token", json: ["email": "worker.b@example.fi", "password": Fixture.password],
                language: "en")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.body.string.contains("Too many failed login attempts"))
            // the login page says it in the user's language and names the field
            let page = Browser(app)
            _ = try await page.get("/login")
            let form = try await page.post("/login", form: ["email": "worker.b@example.fi", "password": "x"])
            #expect(form.status == .tooManyRequests)
            #expect(form.body.string.contains(Localizer.shared.text(.errorTooManyLogins, .fi, ["minutes": "10"])))
            // nothing was written for the refused attempts, and later the address may try again
            fixture.clock.advance(by: SubmissionLimit.failedLoginsPerAddress.window + 1)
            #expect(try await Browser.loggedIn(app, email: "worker.b@example.fi").get("/").status == .ok)
        }
    }

    @Test func item10_failedLoginsForOneAccountAreRefusedWith429() async throws {
        try await withTestApp { (app, _) async throws in
            let limit = SubmissionLimit.failedLoginsPerAccount.maximum
            for _ in 0..<limit {
                _ = try await APIClient(app: app, token: nil).send(
                    .POST, "/api/v1/auth/token", json: ["email": "Worker.A@example.fi", "password": "wrong"])
            }
            let refused = try await APIClient(app: app, token: nil).send(
                .POST, "/api/v1/auth/token", json: ["email": "worker.a@example.fi", "password": "wrong"])
            #expect(refused.status == .tooManyRequests)
            // another account from the same address is still served
            let other = try await APIClient(app: app, token: nil).send(
                .POST, "/api/v1/auth/token", json: ["email": "worker.b@example.fi", "password": Fixture.password])
            #expect(other.status == .created)
        }
    }

    // MARK: Item 13 — the audit chain's head is anchored outside the database

    @Test func item13_deletedNewestRowsAndARewrittenChainAreFoundAgainstARecordedHead() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: some audit rows and a head recorded outside the database, signed
            _ = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            _ = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let key = try #require(AuditHead.key("a secret of at least thirty-two characters"))
            let head = try await AuditLog.head(recordedAt: fixture.clock.now, on: app.db).signed(with: key)
            #expect(head.sequence >= 2)
            let lookup: @Sendable (Int) async throws -> String? = { try await AuditLog.hash(at: $0, on: app.db) }
            #expect(try await AuditAnchor.check([head.line], key: key, hashAt: lookup).isEmpty)
            // a forged record line (the hash changed by someone without the key)
            var forged = head
            forged.hash = String(repeating: "a", count: 64)
            #expect(try await AuditAnchor.check([forged.line], key: key, hashAt: lookup) == [.forgedRecord(line: 1)])
            // act: the newest row deleted — the chain itself still verifies
            try await AuditEvent.query(on: app.db).filter(\.$sequence == head.sequence).delete()
            #expect(try await AuditLog.verify(on: app.db) == .intact(rows: head.sequence - 1))
            // check: the recorded head shows it
            #expect(
                try await AuditAnchor.check([head.line], key: key, hashAt: lookup) == [
                    .truncated(sequence: head.sequence, recordedAt: head.recordedAt)
                ])
            // act: the whole chain rewritten with consistent hashes (a row's detail changed),
            // after the first row's hash had been recorded
            let recordedFirst = AuditHead(
                recordedAt: "t0", sequence: 1, hash: try #require(try await AuditLog.hash(at: 1, on: app.db)))
            let rows = try await AuditEvent.query(on: app.db).sort(\.$sequence).all()
            var previous = AuditChain.genesis
            for row in rows {
                row.detail = "rewritten"
                row.previousHash = previous
                row.hash = AuditChain.hash(row.record, previous: previous)
                previous = row.hash
                try await row.update(on: app.db)
            }
            #expect(try await AuditLog.verify(on: app.db) == .intact(rows: rows.count))
            #expect(
                try await AuditAnchor.check([recordedFirst.line], key: nil, hashAt: lookup) == [
                    .rewritten(sequence: 1, recordedAt: "t0")
                ])
        }
    }

    @Test func item13_theVerifyCommandChecksAHeadsFile() async throws {
        try await withTestApp { (app, _) async throws in
            _ = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("heads-\(UUID()).txt").path
            defer { try? FileManager.default.removeItem(atPath: file) }
            let console = TestConsole()
            var context = CommandContext(
                console: console, input: CommandInput(arguments: ["rinnalla", "head", "--append", file]))
            context.application = app
            try await AuditCommands().run(using: &context)
            #expect(try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").count == 1)
            var verify = CommandContext(
                console: console, input: CommandInput(arguments: ["rinnalla", "verify", "--heads", file]))
            verify.application = app
            try await AuditCommands().run(using: &verify)
            #expect(console.output.contains("Recorded heads match"))
            // the newest row deleted: verify fails and says why
            let newest = try #require(try await AuditEvent.query(on: app.db).sort(\.$sequence, .descending).first())
            try await newest.delete(on: app.db)
            var again = CommandContext(
                console: console, input: CommandInput(arguments: ["rinnalla", "verify", "--heads", file]))
            again.application = app
            do {
                try await AuditCommands().run(using: &again)
                Issue.record("a truncated log passed")
            } catch {
                #expect("\(error)".contains("truncated"))
            }
        }
    }

    // MARK: Item 14 — smaller findings

    @Test func item14_aPasswordChangeOrResetRevokesTheCalendarFeed() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let first = try #require(
                CalendarFeedTests.token(in: try await worker.post("/account/calendar").body.string))
            #expect(try await Browser(app).get("/calendar/\(first).ics").status == .ok)
            // the worker's own change
            let changed = try await worker.post(
                "/account/password",
                form: [
                    "currentPassword": Fixture.password, "newPassword": "a long enough password",
                    "confirmPassword": "a long enough password",
                ])
            #expect(changed.status == .seeOther)
            #expect(try await Browser(app).get("/calendar/\(first).ics").status == .notFound)
            // an administrator's reset
            let second = try #require(
                CalendarFeedTests.token(in: try await worker.post("/account/calendar").body.string))
            #expect(try await Browser(app).get("/calendar/\(second).ics").status == .ok)
            try await UserAdmin.resetPassword(
                fixture.workerB, password: "another long password", actor: .commandLine("test"), app: app,
                now: fixture.clock.now, on: app.db)
            #expect(try await Browser(app).get("/calendar/\(second).ics").status == .notFound)
            #expect(try await CalendarFeed.query(on: app.db).count() == 0)
        }
    }

    @Test func item14_theClientAddressIsTheEntryTheTrustedProxyAppended() async throws {
        try await withTestApp { (app, _) async throws in
            app.rinnallaConfig.trustProxy = true
            let browser = Browser(app, headers: ["X-Forwarded-For": "6.6.6.6, 203.0.113.7"])
            _ = try await browser.login(email: "worker.a@example.fi", password: Fixture.password)
            let login = try #require(
                try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.login.rawValue).first())
            #expect(login.ipAddress == "203.0.113.7")
        }
    }

    @Test func item14_anAdministratorCannotGiveThemselvesAClientDataRole() async throws {
        try await withTestApp { (app, fixture) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let before = try await UnitMembership.query(on: app.db).filter(\.$user.$id == fixture.admin).count()
            for role in ["social-worker", "team-lead", "evaluator", "group-leader"] {
                let response = try await admin.post(
                    "/admin/users/\(fixture.admin)/roles", form: ["role": role, "unitID": fixture.unitB.uuidString])
                #expect(response.status == .forbidden)
                #expect(response.body.string.contains(Localizer.shared.text(.adminErrorOwnClientRole, .fi)))
            }
            let api = try await APIClient.loggedIn(app, email: "admin@example.fi")
            let viaAPI = try await api.send(
                .POST, "/api/v1/users/\(fixture.admin)/roles",
                json: ["role": "social-worker", "unitID": fixture.unitA.uuidString])
            #expect(viaAPI.status == .forbidden)
            #expect(try await UnitMembership.query(on: app.db).filter(\.$user.$id == fixture.admin).count() == before)
            // each attempt is in the audit log
            let denied = try await AuditEvent.query(on: app.db)
                .filter(\.$action == AuditAction.permissionDenied.rawValue).all()
                .filter { $0.detail?.hasPrefix("own-role=") == true }
            #expect(denied.count == 5)
            // another administrator may; an admin role for oneself stays possible
            #expect(
                try await admin.post(
                    "/admin/users/\(fixture.workerA)/roles",
                    form: ["role": "team-lead", "unitID": fixture.unitA.uuidString]
                ).status == .seeOther)
        }
    }
}
