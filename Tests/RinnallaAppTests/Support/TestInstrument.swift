import Fluent
import Foundation
import Vapor

@testable import RinnallaApp

/// A made-up ten-item instrument (scale 1–5, sum rescaled to 0–100) for the
/// self-assessment tests: Rinnalla ships no client instrument (the inclusion indicator is
/// retired from client use), so tests install this one as an organisation would its own.
/// The browser tests install the same file with `rinnalla instrument add`.
enum TestInstrument {
    static let id = "testimittari"

    static var json: String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("tests/fixtures/test-instrument.json")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    static func install(on app: Application, by userID: UUID) async throws {
        _ = try await InstrumentService.add(
            json, createdBy: userID, actor: .commandLine("test"), now: app.clock.now(), on: app.db)
    }
}
