/// A core element of an operating model: one of the numbered "… ydinelementit" of
/// seed 002, with the bullets that say what it holds.
public struct CoreElement: Sendable, Hashable {
    /// E.g. "need-mapping".
    public let id: String
    /// The seed's number, 1, 2, ….
    public let number: Int
    /// E.g. "Kuntoutuksellisten tarpeiden selvittäminen".
    public let title: L10nKey
    public let content: [LogicModelItem]
}
