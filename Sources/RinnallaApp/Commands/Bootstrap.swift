import Fluent
import PostgresKit
import SQLKit
import Vapor

/// Start-up steps shared by `serve` and the data commands: check the database answers,
/// bring the schema up to date, and optionally load the demo organisation.
public enum Bootstrap {
    public struct StartupError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func prepare(_ app: Application, demo: Bool) async throws {
        do {
            if case .postgres(let configuration) = app.rinnallaConfig.database {
                // A quiet probe first: the pool would log every failed attempt.
                try await probe(configuration, eventLoop: app.eventLoopGroup.next())
            }
            _ = try await (app.db as! any SQLDatabase).raw("SELECT 1").all()
        } catch {
            throw StartupError(
                description:
                    "cannot reach the database (\(app.rinnallaConfig.databaseDescription)); check DATABASE_URL, that the server runs, and the credentials"
            )
        }
        try await app.autoMigrate()
        if demo {
            let loaded = try await DemoData.load(on: app)
            app.logger.notice(loaded ? "Demo organisation loaded." : "Demo organisation already present.")
            print(DemoData.loginSummary)
        }
    }

    private static func probe(_ configuration: SQLPostgresConfiguration, eventLoop: any EventLoop) async throws {
        var logger = Logger(label: "rinnalla.probe")
        logger.logLevel = .critical
        let connection = try await PostgresConnection.connect(
            on: eventLoop, configuration: configuration.coreConfiguration, id: 0, logger: logger)
        try await connection.close()
    }

    /// Removes `--demo` from the arguments; returns whether it was there.
    public static func extractDemoFlag(_ arguments: inout [String]) -> Bool {
        let had = arguments.contains("--demo")
        arguments.removeAll { $0 == "--demo" }
        return had
    }

    /// Commands that need the database ready before they run.
    public static func needsDatabase(_ arguments: [String]) -> Bool {
        let command = arguments.dropFirst().first { !$0.hasPrefix("-") } ?? "serve"
        return ["serve", "demo", "unit", "user", "audit", "bench"].contains(command)
    }

    public static func registerCommands(_ app: Application) {
        app.asyncCommands.use(DemoCommand(), as: "demo")
        app.asyncCommands.use(UnitCommands(), as: "unit")
        app.asyncCommands.use(InstrumentCommands(), as: "instrument")
        app.asyncCommands.use(UserCommands(), as: "user")
        app.asyncCommands.use(AuditCommands(), as: "audit")
        app.asyncCommands.use(BenchCommand(), as: "bench")
    }
}

extension AppConfiguration {
    /// Where the data lives, without the password.
    var databaseDescription: String {
        switch database {
        case .sqliteMemory: "SQLite in memory"
        case .sqliteFile(let path): "SQLite file \(path)"
        case .postgres(let configuration):
            "PostgreSQL \(configuration.coreConfiguration.host ?? "?"):\(configuration.coreConfiguration.port ?? 5432)/\(configuration.coreConfiguration.database ?? "")"
        }
    }
}
