/// One bullet of a logic model: an entry in a column, a core element's content or a
/// local adaptation example. `id` is unique within its model's list.
public struct LogicModelItem: Sendable, Hashable {
    public let id: String
    /// The seed's Finnish wording; Swedish and English are the team's translations.
    public let text: L10nKey
}
