import Fluent
import RinnallaCore
import Vapor

struct UserCommands: AsyncCommandGroup {
    var help: String { "Manage user accounts." }
    var commands: [String: any AnyAsyncCommand] {
        ["create": CreateUserCommand(), "reset-password": ResetPasswordCommand()]
    }
}

/// Reads a password from standard input (first line), so scripts can pipe it in and it
/// never appears in the process list or shell history.
func readPasswordFromStandardInput() -> String? {
    guard let line = readLine(strippingNewline: true) else { return nil }
    return line.hasSuffix("\r") ? String(line.dropLast()) : line
}

struct CreateUserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email") var email: String?
        @Option(name: "name") var name: String?
        @Option(
            name: "role",
            help: "social-worker, social-instructor, group-leader, outreach-worker, team-lead, evaluator or admin")
        var role: String?
        @Option(name: "unit", help: "The unit's name") var unit: String?
        @Option(name: "language", help: "fi, sv or en (default fi)") var language: String?
        @Flag(name: "must-change-password", help: "Require a new password at first login") var mustChange: Bool
    }

    var help: String { "Creates a user; the password is read from standard input." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let password = readPasswordFromStandardInput()
        let unitID = try await OrgUnit.query(on: app.db).filter(\.$name == (signature.unit ?? "")).first()?.id
        if signature.unit == nil || unitID == nil {
            throw CommandErrors.Reported(
                description:
                    "error (unit): no unit named \"\(signature.unit ?? "")\"; create it with `rinnalla unit create --name`"
            )
        }
        let user = try await CommandErrors.reporting(context) {
            try await UserAdmin.create(
                .init(
                    name: signature.name, email: signature.email, password: password, role: signature.role,
                    unitID: unitID?.uuidString, language: signature.language),
                mustChangePassword: signature.mustChange, actor: .commandLine("user create"), app: app,
                now: app.clock.now(), on: app.db)
        }
        context.console.print("Created user \(user.email) (\(user.id?.uuidString ?? ""))")
    }
}

struct ResetPasswordCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email") var email: String?
    }

    var help: String { "Sets a new password (read from standard input) that must be changed at the next login." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let email = User.normalise(email: signature.email ?? "")
        guard let user = try await User.query(on: app.db).filter(\.$email == email).first(), let id = user.id else {
            throw CommandErrors.Reported(description: "error (email): no user with email \"\(email)\"")
        }
        let password = readPasswordFromStandardInput()
        try await CommandErrors.reporting(context) {
            try await UserAdmin.resetPassword(
                id, password: password, actor: .commandLine("user reset-password"), app: app, now: app.clock.now(),
                on: app.db)
        }
        context.console.print("Password reset for \(email); it must be changed at the next login.")
    }
}
