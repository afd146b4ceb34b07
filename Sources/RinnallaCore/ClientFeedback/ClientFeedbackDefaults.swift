/// The default questions Rinnalla ships (issue 17, item 3): written by the team from the
/// logic models' outcome statements (seed 002) and the five experiences of social
/// strengthening (seed 000). They are the organisation's own questions, not a validated
/// instrument, and an admin may reword, retire or add to them.
public enum ClientFeedbackDefaults {
    public struct Item: Sendable {
        /// Stable, so the migration that inserts them and the tests agree.
        public let id: String
        public let context: ClientFeedbackContext
        public let topic: ClientFeedbackTopic
        public let text: L10nKey
    }

    public static let items: [Item] = {
        let closing: [ClientFeedbackTopic] = [
            .empowered, .everydayLife, .supportAndInformation, .success, .positiveFeedback, .accepted,
            .appreciationAndTrust,
        ]
        let contact: [ClientFeedbackTopic] = [
            .heard, .trustInSociety, .supportAndInformation, .accepted, .appreciationAndTrust,
        ]
        func item(_ context: ClientFeedbackContext, _ topic: ClientFeedbackTopic) -> Item {
            let raw = "clientfeedback.default.\(context.rawValue).\(topic.rawValue)"
            guard let key = L10nKey(rawValue: raw) else {
                preconditionFailure("l10n/clientfeedback.txt has no \(raw)")
            }
            return Item(id: "\(context.rawValue)-\(topic.rawValue)", context: context, topic: topic, text: key)
        }
        return closing.map { item(.closing, $0) } + contact.map { item(.contact, $0) }
    }()
}
