import Foundation
import NIOConcurrencyHelpers
import RinnallaCore

/// The rendered site header (user box, language form, logout form, navigation), kept under
/// a key that holds everything it shows: language, path, CSRF token, and the user's name,
/// units and roles. The same key always renders the same header, so an entry can never be
/// stale, only unused; every page of a session otherwise rendered it anew (a tenth of a
/// cached page's time, bench/README.md).
final class HeaderCache: Sendable {
    static let shared = HeaderCache()

    private let entries = NIOLockedValueBox([String: String]())
    /// Entries kept at most; past it the map starts over (sessions come and go).
    private let limit = 4_096

    /// Kept for logged-in users only: before login the header is a few language links,
    /// and the token of a visitor without cookies changes with every request.
    func html(for context: PageContext, render: () -> String) -> String {
        guard context.user != nil else { return render() }
        let key = Self.key(context)
        if let html = entries.withLockedValue({ $0[key] }) { return html }
        let html = render()
        entries.withLockedValue { entries in
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = html
        }
        return html
    }

    static func key(_ context: PageContext) -> String {
        var key = "\(context.language.rawValue)|\(context.path)|\(context.csrfToken)"
        if let user = context.user {
            key += "|\(user.id)|\(user.name)"
            for membership in user.memberships {
                key += "|\(membership.unitID)/\(membership.role.rawValue)/\(membership.unitName)"
            }
        }
        return key
    }
}
