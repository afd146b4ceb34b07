import Vapor

struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "scale", help: "Also generate benchmark data: 1 = 10,000 clients and 1,000,000 meetings")
        var scale: Double?
        @Option(name: "contacts", help: "Also generate this many anonymous contacts for the social report's benchmark")
        var contacts: Int?
        @Option(
            name: "inclusion-responses",
            help: "Also generate this many anonymous ESIS responses in one round for the results benchmark")
        var inclusionResponses: Int?
    }

    var help: String {
        "Loads the demo organisation (units and a user in every role) unless already loaded; --scale N adds generated data."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        if let scale = signature.scale {
            let console = context.console
            let summary = try await DemoScale.load(scale: scale, on: context.application) { console.print($0) }
            let seconds = String(format: "%.1f", summary.seconds)
            console.print(
                "Generated \(summary.clients) clients, \(summary.periods) periods, \(summary.decisions) decisions, "
                    + "\(summary.meetings) meetings, \(summary.groups) groups with \(summary.sessions) sessions and "
                    + "\(summary.enrolments) memberships in \(seconds) s; sanna@demo.rinnalla.fi is the responsible "
                    + "worker of \(summary.sannaClients) clients.")
        }
        if let contacts = signature.contacts {
            let console = context.console
            let seconds = try await DemoScale.loadContacts(contacts, on: context.application) { console.print($0) }
            console.print("Generated \(contacts) contacts in \(String(format: "%.1f", seconds)) s.")
        }
        if let responses = signature.inclusionResponses {
            let console = context.console
            let seconds = try await DemoScale.loadInclusionResponses(responses, on: context.application) {
                console.print($0)
            }
            console.print("Generated \(responses) ESIS responses in \(String(format: "%.1f", seconds)) s.")
        }
        if signature.scale == nil && signature.contacts == nil && signature.inclusionResponses == nil {
            let loaded = try await DemoData.load(on: context.application)
            context.console.print(loaded ? "Demo organisation loaded." : "Demo organisation already present.")
        }
        context.console.print(DemoData.loginSummary)
    }
}
