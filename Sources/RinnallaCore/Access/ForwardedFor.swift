/// The client's address behind trusted proxies. Each proxy appends the address that
/// connected to it, so only the right-most entries are the proxies' own word; anything
/// to their left was sent by the client and may be forged (issue 13, item 14).
public enum ForwardedFor {
    /// The address `hops` entries from the right of the `X-Forwarded-For` header values
    /// (given in the order received): the one that connected to the outermost trusted
    /// proxy. Nil when the header has fewer entries than there are proxies.
    public static func clientAddress(_ headerValues: [String], trustedHops hops: Int) -> String? {
        guard hops > 0 else { return nil }
        let entries = headerValues.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard entries.count >= hops else { return nil }
        let entry = entries[entries.count - hops]
        return entry.isEmpty ? nil : entry
    }
}
