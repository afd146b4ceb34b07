import Vapor

struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Loads the demo organisation (units and a user in every role) unless already loaded." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let loaded = try await DemoData.load(on: context.application)
        context.console.print(loaded ? "Demo organisation loaded." : "Demo organisation already present.")
        context.console.print(DemoData.loginSummary)
    }
}
