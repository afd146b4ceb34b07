import Foundation
import Vapor

/// The GET page routes of the table, to tell whether a redirect target is one of ours.
/// Built once after the routes are registered; read-only afterwards.
final class PageRoutes: @unchecked Sendable {
    private let router = TrieRouter<Bool>(options: [])
    /// The home page: the router takes no empty path.
    private var hasRoot = false

    init(_ routes: [Route]) {
        for route in routes where route.method == .GET && route.path.first != .constant("api") {
            if route.path.isEmpty { hasRoot = true } else { router.register(true, at: route.path) }
        }
    }

    /// A post-login or "back" target: only a local path that a page route of the table
    /// parses, written in plain visible ASCII; anything else goes home. A browser reads
    /// `/\t/evil.example` as `//evil.example`, so no prefix rule is enough (issue 13, item 4).
    static func safeNext(_ value: String?, pages: PageRoutes) -> String {
        guard let value, pages.parses(value) else { return SiteRoute.home.href }
        return value
    }

    func parses(_ target: String) -> Bool {
        guard target.hasPrefix("/"), !target.hasPrefix("//"), target.utf8.count <= 2048,
            target.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) && $0 != "\\" && $0 != "#" })
        else { return false }
        let path = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        var components: [String] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            guard let decoded = String(part).removingPercentEncoding, !decoded.isEmpty || components.isEmpty,
                !decoded.contains("/"), decoded != "..", decoded != "."
            else { return false }
            if !decoded.isEmpty { components.append(decoded) }
        }
        if components.isEmpty { return hasRoot }
        var parameters = Parameters()
        return router.route(path: components, parameters: &parameters) == true
    }
}

extension Application {
    private struct PageRoutesKey: StorageKey { typealias Value = PageRoutes }

    /// The page routes, read when a redirect target comes from the request.
    var pageRoutes: PageRoutes {
        if let routes = storage[PageRoutesKey.self] { return routes }
        let routes = PageRoutes(self.routes.all)
        storage[PageRoutesKey.self] = routes
        return routes
    }
}
