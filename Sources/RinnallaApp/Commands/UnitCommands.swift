import Fluent
import Vapor

struct UnitCommands: AsyncCommandGroup {
    var help: String { "Manage units (teams)." }
    var commands: [String: any AnyAsyncCommand] { ["create": CreateUnitCommand()] }
}

struct CreateUnitCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "name", help: "The unit's name, e.g. \"Länsi aikuissosiaalityö\"")
        var name: String?
    }

    var help: String { "Creates a unit." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let unit = try await CommandErrors.reporting(context) {
            try await UserAdmin.createUnit(
                signature.name, actor: .commandLine("unit create"), now: app.clock.now(), on: app.db)
        }
        context.console.print("Created unit \(unit.name) (\(unit.id?.uuidString ?? ""))")
    }
}

/// Prints a refused input as one clear line instead of a stack trace.
enum CommandErrors {
    struct Reported: Error, CustomStringConvertible {
        let description: String
    }

    static func reporting<T>(_ context: CommandContext, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as AppError {
            let field = error.field.map { " (\($0))" } ?? ""
            throw Reported(description: "error\(field): \(error.reason)")
        }
    }
}
