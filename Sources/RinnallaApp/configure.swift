import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Configures the application exactly as production runs it; tests call this too,
/// with their own database choice.
public func configure(_ app: Application) async throws {
    let configuration = try AppConfiguration.fromEnvironment()
    try await configure(app, configuration: configuration)
}

func configure(_ app: Application, configuration: AppConfiguration) async throws {
    app.rinnallaConfig = configuration
    try await configureDatabase(app, configuration.database)
    app.registerMigrations()

    app.passwords.use(.bcrypt(cost: app.environment == .testing ? 4 : 12))
    app.routes.defaultMaxBodySize = "2mb"

    // Order matters: errors outermost so every failure gets a page or JSON in the user's
    // language; headers on every response, including errors and static files.
    app.middleware = .init()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(AppErrorMiddleware(environment: app.environment))
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory, defaultFile: nil))
    app.middleware.use(SessionAuthMiddleware())
    app.middleware.use(LanguageMiddleware())

    try routes(app)
}

func configureDatabase(_ app: Application, _ choice: AppConfiguration.DatabaseChoice) async throws {
    switch choice {
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    case .sqliteFile(let path):
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
        // WAL lets the CLI and the server use the file at the same time; it is a
        // property of the file, so setting it once is enough.
        _ = try await (app.db as! any SQLDatabase).raw("PRAGMA journal_mode=WAL").all()
    case .postgres(let configuration):
        app.databases.use(.postgres(configuration: configuration), as: .psql)
    }
}
