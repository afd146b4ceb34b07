import RinnallaApp
import Vapor

/// Entry point: `rinnalla serve [--demo]`, `migrate`, `demo`, `unit create`, `user create`,
/// `user reset-password`, `audit export`, `audit verify`.
var environment = try Environment.detect()
let demo = Bootstrap.extractDemoFlag(&environment.arguments)
let needsDatabase = Bootstrap.needsDatabase(environment.arguments)
try LoggingSystem.bootstrap(from: &environment)

let app = try await Application.make(environment)
do {
    try await configure(app)
    Bootstrap.registerCommands(app)
    if needsDatabase {
        try await Bootstrap.prepare(app, demo: demo)
    }
    try await app.execute()
    try await app.asyncShutdown()
} catch {
    // One clear line, never a stack trace: configuration and start-up problems are the
    // operator's to fix, and the message says what to fix.
    FileHandle.standardError.write(Data("rinnalla: \(error)\n".utf8))
    try? await app.asyncShutdown()
    exit(1)
}
