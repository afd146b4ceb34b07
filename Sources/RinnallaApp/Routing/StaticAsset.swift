import Foundation

/// Files served as they are from `Public/` (not routes): spelled here so that no page
/// writes an address by hand.
enum StaticAsset: String, CaseIterable, Sendable {
    case stylesheet = "/css/app.css"
    case script = "/js/app.js"
    case offlineContacts = "/js/contacts-offline.js"
    /// Registered by `contacts-offline.js`; its scope is the whole site.
    case serviceWorker = "/sw.js"

    var href: String { rawValue }

    /// Whether a request path is one of the static folders, which may be cached.
    static func isAsset(_ path: String) -> Bool {
        path.hasPrefix("/css/") || path.hasPrefix("/js/")
    }
}
