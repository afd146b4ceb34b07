import Fluent
import FluentPostgresDriver
import Foundation
import NIOConcurrencyHelpers
import PostgresKit
import RinnallaCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// A clock the test moves by hand.
final class TestClock: Sendable {
    private let current: NIOLockedValueBox<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_767_261_600)) {  // 1.1.2026 12:00 Helsinki
        current = .init(start)
    }

    var now: Date { current.withLockedValue { $0 } }

    func advance(by seconds: TimeInterval) {
        current.withLockedValue { $0 = $0.addingTimeInterval(seconds) }
    }
}

/// The database the suite runs on: in-memory SQLite by default, PostgreSQL when
/// `RINNALLA_TEST_DATABASE_URL` is set (CI runs both). Each test gets its own SQLite
/// database or its own PostgreSQL schema, so tests run in parallel.
enum TestDatabase {
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["RINNALLA_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var isPostgres: Bool { postgresURL != nil }
}

/// Runs `body` with a fully configured app (the production `configure`), migrated, with
/// the standard fixture loaded.
func withTestApp(
    secureCookies: Bool = false, _ body: (Application, Fixture) async throws -> Void
) async throws {
    // PostgreSQL has a fixed number of connection slots; SQLite in memory has no limit.
    if TestDatabase.isPostgres { await TestGate.shared.enter() }
    defer { if TestDatabase.isPostgres { Task { await TestGate.shared.leave() } } }
    let app = try await Application.make(.testing)
    let clock = TestClock()
    app.clock = AppClock(now: { clock.now })
    var schema: String?
    do {
        var configuration = AppConfiguration.testing
        configuration.secureCookies = secureCookies
        if let url = TestDatabase.postgresURL {
            let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
            schema = String(name)
            try await createSchema(String(name), url: url, on: app)
            configuration.database = .postgres(
                try AppConfiguration.postgresConfiguration(url: url, searchPath: [String(name)]))
        }
        try await configure(app, configuration: configuration)
        app.logger.logLevel = .warning
        try await app.autoMigrate()
        let fixture = try await Fixture.load(on: app, clock: clock)
        try await body(app, fixture)
    } catch {
        await cleanUp(app, schema: schema)
        throw error
    }
    await cleanUp(app, schema: schema)
}

private func createSchema(_ name: String, url: String, on app: Application) async throws {
    let configuration = try AppConfiguration.postgresConfiguration(url: url)
    let connection = try await PostgresConnection.connect(
        configuration: .init(
            host: configuration.coreConfiguration.host ?? "127.0.0.1",
            port: configuration.coreConfiguration.port ?? 5432,
            username: configuration.coreConfiguration.username, password: configuration.coreConfiguration.password,
            database: configuration.coreConfiguration.database, tls: .disable),
        id: 1, logger: app.logger)
    defer { Task { try? await connection.close() } }
    _ = try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(name)"), logger: app.logger)
}

private func cleanUp(_ app: Application, schema: String?) async {
    if let schema, let sql = app.db as? any SQLDatabase {
        _ = try? await sql.raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run()
    }
    try? await app.asyncShutdown()
}

/// Limits how many test apps hold database connections at once.
actor TestGate {
    static let shared = TestGate(limit: 8)

    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    func enter() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func leave() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
