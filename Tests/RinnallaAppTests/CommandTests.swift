import ConsoleKit
import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Commands and demo data")
struct CommandTests {
    @Test func theDemoOrganisationHasAUserInEveryRoleAndLoadsOnce() async throws {
        try await withTestApp { (app, _) async throws in
            #expect(try await DemoData.load(on: app))
            #expect(try await DemoData.load(on: app) == false)
            let roles = Set(try await UnitMembership.query(on: app.db).all().map(\.role))
            #expect(roles == Set(Role.allCases.map(\.rawValue)))
            let admin = try #require(
                try await User.query(on: app.db).filter(\.$email == "admin@demo.rinnalla.fi").first())
            #expect(admin.mustChangePassword)
            let login = try await Browser(app).login(email: "sanna@demo.rinnalla.fi", password: DemoData.password)
            #expect(login.headers.first(name: .location) == "/")
        }
    }

    @Test func needsDatabaseKnowsWhichCommandsTouchTheData() {
        #expect(Bootstrap.needsDatabase(["rinnalla"]))
        #expect(Bootstrap.needsDatabase(["rinnalla", "serve", "--port", "8081"]))
        #expect(Bootstrap.needsDatabase(["rinnalla", "user", "create"]))
        #expect(!Bootstrap.needsDatabase(["rinnalla", "routes"]))
        var arguments = ["rinnalla", "serve", "--demo", "--port", "1"]
        #expect(Bootstrap.extractDemoFlag(&arguments))
        #expect(arguments == ["rinnalla", "serve", "--port", "1"])
    }

    @Test func unitAndUserCreationRefuseBadInputWithTheField() async throws {
        try await withTestApp { (app, fixture) async throws in
            let actor = AuditActor.commandLine("test")
            await #expect(throws: AppError.self) {
                try await UserAdmin.createUnit(" ", actor: actor, now: fixture.clock.now, on: app.db)
            }
            do {
                _ = try await UserAdmin.create(
                    .init(
                        name: "X", email: "x@example.fi", password: "short", role: "admin",
                        unitID: fixture.unitA.uuidString),
                    mustChangePassword: false, actor: actor, app: app, now: fixture.clock.now, on: app.db)
                Issue.record("a short password was accepted")
            } catch let error as AppError {
                #expect(error.field == "password")
                #expect(error.key == .errorPasswordTooShort)
            }
        }
    }

    @Test func auditVerifyCommandReportsTheChain() async throws {
        try await withTestApp { (app, _) async throws in
            _ = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let console = TestConsole()
            var context = CommandContext(console: console, input: CommandInput(arguments: ["rinnalla", "verify"]))
            context.application = app
            try await AuditCommands().run(using: &context)
            #expect(console.output.contains("Audit log intact: 1 rows verified."))
        }
    }
}

/// Collects what a command prints.
final class TestConsole: Console, @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""
    var output: String { lock.withLock { buffer } }
    var userInfo: [AnySendableHashable: any Sendable] = [:]
    var size: (width: Int, height: Int) { (80, 24) }
    func input(isSecure: Bool) -> String { "" }
    func output(_ text: ConsoleText, newLine: Bool) {
        lock.withLock { buffer += text.description + (newLine ? "\n" : "") }
    }
    func clear(_ type: ConsoleClear) {}
    func report(error: String, newLine: Bool) {}
}
