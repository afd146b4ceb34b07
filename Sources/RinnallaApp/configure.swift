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
    app.auditBatcher = AuditBatcher(database: { [unowned app] in app.db })
    app.renderCache = RenderCache(capacityBytes: configuration.pageCacheBytes)
    app.publicSubmitLimiter = PublicSubmitLimiter(limit: .publicForms)
    app.loginLimiter = LoginLimiter()

    app.passwords.use(.bcrypt(cost: app.environment == .testing ? 4 : 12))
    app.routes.defaultMaxBodySize = "2mb"

    // Order matters: errors outermost so every failure gets a page or JSON in the user's
    // language; headers on every response, including errors and static files.
    app.middleware = .init()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(AppErrorMiddleware(environment: app.environment))
    app.middleware.use(FileMiddleware(publicDirectory: publicDirectory(app), defaultFile: nil))
    app.middleware.use(SessionAuthMiddleware())
    app.middleware.use(LanguageMiddleware())

    try routes(app)
    _ = app.pageRoutes
    // Last of the global middleware, so the language is chosen; it reads the routes
    // just registered (issue 14, item 3).
    app.middleware.use(MethodNotAllowedMiddleware(routes: app.routeMethods))
}

func configureDatabase(_ app: Application, _ choice: AppConfiguration.DatabaseChoice) async throws {
    switch choice {
    case .sqliteMemory:
        // Only the tests use memory: hundreds of apps at once on two cores, where a burst
        // of concurrent requests may wait longer than the default 10 s for the connection.
        app.databases.use(.sqlite(.memory, connectionPoolTimeout: .seconds(60)), as: .sqlite)
    case .sqliteFile(let path):
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
        // WAL lets the CLI and the server use the file at the same time; it is a
        // property of the file, so setting it once is enough.
        _ = try await (app.db as! any SQLDatabase).raw("PRAGMA journal_mode=WAL").all()
        // A connection's page cache is emptied whenever another connection has committed,
        // and every page view commits an audit row: without memory-mapped reads each request
        // read its pages back through pread copies (bench/README.md). The setting belongs to
        // the connection, and the pool keeps one per event loop, so each gets it here. (A
        // connection the pool replaces after an error reads without it: slower, not wrong.)
        for eventLoop in app.eventLoopGroup.makeIterator() {
            guard let db = app.databases.database(.sqlite, logger: app.logger, on: eventLoop) as? any SQLDatabase
            else { continue }
            _ = try await db.raw("PRAGMA mmap_size = 1073741824").all()
        }
    case .postgres(let configuration):
        app.databases.use(.postgres(configuration: configuration), as: .psql)
    }
}

/// Where the CSS and JS live: `RINNALLA_PUBLIC_DIR`, else `Public/` in the working
/// directory, else the `Public/` of the source tree this binary was built from (so the
/// app looks right when started from another folder during development).
func publicDirectory(_ app: Application) -> String {
    let fileManager = FileManager.default
    if let configured = Environment.get("RINNALLA_PUBLIC_DIR"), !configured.isEmpty {
        return configured.hasSuffix("/") ? configured : configured + "/"
    }
    let working = app.directory.publicDirectory
    if fileManager.fileExists(atPath: working + "css/app.css") { return working }
    let sourceTree =
        URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Public").path + "/"
    return fileManager.fileExists(atPath: sourceTree + "css/app.css") ? sourceTree : working
}
