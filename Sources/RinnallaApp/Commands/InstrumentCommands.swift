import Fluent
import Foundation
import Vapor

struct InstrumentCommands: AsyncCommandGroup {
    var help: String { "Manage self-assessment instruments." }
    var commands: [String: any AnyAsyncCommand] { ["add": AddInstrumentCommand()] }
}

/// `rinnalla instrument add --file mittari.json --by admin@example.fi`: the admin upload
/// page's check and store, for set-up scripts. The named user is recorded as the uploader.
struct AddInstrumentCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "file", help: "The instrument definition (JSON, format rinnalla-instrument/1)")
        var file: String?
        @Option(name: "by", help: "Email of the administrator responsible for the instrument")
        var by: String?
    }

    var help: String { "Adds an organisation instrument from a definition file." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let path = signature.file, let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CommandErrors.Reported(description: "error (file): give a readable file with --file")
        }
        guard let email = signature.by?.lowercased(),
            let user = try await User.query(on: app.db).filter(\.$email == email).first(),
            let userID = user.id
        else {
            throw CommandErrors.Reported(description: "error (by): give the email of an existing user with --by")
        }
        let definition = try await CommandErrors.reporting(context) {
            try await InstrumentService.add(
                text, createdBy: userID, actor: .commandLine("instrument add"), now: app.clock.now(), on: app.db)
        }
        context.console.print("Added instrument \(definition.name) (\(definition.id), \(definition.items.count) items)")
    }
}
