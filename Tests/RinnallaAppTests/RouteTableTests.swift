import Foundation
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// Issue 14, item 1: the typed route table (`SiteRoute`, `APIRoute`) is the one place a
/// path is spelled. Registration, links, redirects and form actions come from it.
@Suite("Route table")
struct RouteTableTests {
    /// The package root, found from this file's place in `Tests/RinnallaAppTests`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every `.swift` file of the app outside `Routing/`, the table's own folder.
    static func appSources() throws -> [URL] {
        let folder = root.appendingPathComponent("Sources/RinnallaApp")
        let files =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL } ?? []
        return files.filter { $0.pathExtension == "swift" && !$0.path.contains("/Routing/") }
    }

    /// A path piece of a registered route written into a string literal: at the literal's
    /// start (`"/periods`) or right after an interpolation (`\(base)/plan`). Comments are
    /// skipped: they may name an address to explain it.
    static func handWrittenPaths(in text: String, segments: Set<String>) -> [String] {
        var found: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let code = line.trimmingCharacters(in: .whitespaces)
            if code.hasPrefix("//") || code.hasPrefix("*") { continue }
            for marker in ["\"/", ")/"] {
                var rest = Substring(line)
                while let range = rest.range(of: marker) {
                    let after = rest[range.upperBound...]
                    let segment = after.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" }
                    if segments.contains(String(segment)) {
                        found.append("line \(number + 1): \(code)")
                    }
                    rest = after
                }
            }
        }
        return found
    }

    @Test func noPathIsSpelledOutsideTheRouteTable() async throws {
        try await withTestApp { (app, _) async throws in
            var segments = Set<String>()
            for route in app.routes.all {
                for case .constant(let text) in route.path { segments.insert(text) }
            }
            #expect(segments.contains("periods") && segments.contains("api"))
            var offenders: [String] = []
            for file in try Self.appSources() {
                let text = try String(contentsOf: file, encoding: .utf8)
                offenders += Self.handWrittenPaths(in: text, segments: segments).map {
                    "\(file.lastPathComponent) \($0)"
                }
            }
            #expect(offenders.isEmpty, "paths written by hand:\n\(offenders.joined(separator: "\n"))")
        }
    }

    @Test func theCheckFindsAHandWrittenPath() {
        let segments: Set = ["periods", "plan"]
        #expect(Self.handWrittenPaths(in: #"let a = "/periods/\(id)""#, segments: segments).count == 1)
        #expect(Self.handWrittenPaths(in: #"let a = "\(base)/plan""#, segments: segments).count == 1)
        #expect(Self.handWrittenPaths(in: #"// see "/periods/:id""#, segments: segments).isEmpty)
        #expect(Self.handWrittenPaths(in: #"let type = "text/calendar""#, segments: segments).isEmpty)
    }

    @Test func everyRouteIsRegisteredFromTheTable() async throws {
        try await withTestApp { (app, _) async throws in
            // `page(...)`/`api(...)` are the only code that tags a route; untagged means
            // registered some other way.
            let untagged = app.routes.all.filter { $0.access == nil }.map(\.description)
            #expect(untagged.isEmpty, "\(untagged)")
        }
    }

    @Test func linksCarryTheirParametersQueryAndFragment() {
        let period = UUID(uuidString: "8A1C5E8E-0000-4000-8000-000000000001")!
        #expect(SiteRoute.period(period, .show).href == "/periods/8A1C5E8E-0000-4000-8000-000000000001")
        #expect(SiteRoute.period(.pattern, .goals).pathComponents.string == "periods/:periodID/goals")
        #expect(SiteRoute.home.href == "/")
        #expect(
            SiteRoute.period(period, .show).href(["notice": "saved", "count": nil], fragment: "meetings")
                == "/periods/8A1C5E8E-0000-4000-8000-000000000001?notice=saved#meetings")
        // Values are encoded: a query value cannot end the query or start another pair.
        #expect(SiteRoute.clients(.list).href(["q": "a&b=c d"]) == "/clients?q=a%26b%3Dc%20d")
        #expect(SiteRoute.survey("ab/c", .form).href == "/o/ab%2Fc")
        #expect(APIRoute.period(.pattern, .planPart(.pattern)).template == "/api/v1/periods/{periodID}/plan/{kind}")
    }

    @Test func everyLinkOfTheTableIsARouteOfTheApp() async throws {
        try await withTestApp { (app, _) async throws in
            let registered = Set(app.routes.all.map { "/" + $0.path.map(\.description).joined(separator: "/") })
            let id = UUID.pattern
            let sample: [SiteRoute] = [
                .home, .account(.calendar), .unit(id, .allowances), .client(id, .newReferral),
                .period(id, .planPart("agreement")), .goal(id, .removePlace(id)),
                .evaluation(id, .interviewStories(id)),
                .round(id, .resultsExport), .admin(.removeUserRole(id, id)), .survey("t", .thanks),
            ]
            for route in sample {
                let pattern = "/" + route.pathComponents.string
                #expect(registered.contains(pattern == "/" ? "/" : pattern), "\(pattern)")
            }
        }
    }
}
