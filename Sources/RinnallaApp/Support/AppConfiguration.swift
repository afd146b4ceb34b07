import Foundation
import PostgresKit
import RinnallaCore
import Vapor

/// Settings read from the environment once at start-up.
struct AppConfiguration: Sendable {
    enum DatabaseChoice: Sendable {
        case sqliteFile(path: String)
        case sqliteMemory
        case postgres(SQLPostgresConfiguration)
    }

    var database: DatabaseChoice
    /// Cookies get `Secure` when the public address is https (TLS ends at the proxy).
    var secureCookies: Bool
    /// Trust `X-Forwarded-For` from the proxy in front.
    var trustProxy: Bool
    /// How many proxies in front append to `X-Forwarded-For` (`RINNALLA_TRUST_PROXY=2`
    /// for two); the client is that many entries from the right.
    var trustedProxyHops = 1
    var publicURL: String?
    /// Memory for rendered page parts (`RenderCache`); 0 turns the cache off.
    var pageCacheBytes = 64 << 20
    /// Data rows an ESIS CSV import may have; the reader stops at the first row past it
    /// (issue 13, item 12). Tests lower it.
    var inclusionImportMaxRows = InclusionImport.maxRows

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// Reads the configuration; every problem found is listed in one message.
    static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws
        -> AppConfiguration
    {
        var problems: [String] = []
        var database = DatabaseChoice.sqliteMemory
        if let url = env["DATABASE_URL"], !url.isEmpty {
            do {
                database = .postgres(try postgresConfiguration(url: url))
            } catch {
                problems.append(
                    "DATABASE_URL is not a valid postgres:// URL (expected postgres://user:password@host:port/database)"
                )
            }
        } else {
            let dir = env["RINNALLA_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "./data"
            database = .sqliteFile(path: URL(fileURLWithPath: dir).appendingPathComponent("rinnalla.sqlite").path)
        }
        let publicURL = env["RINNALLA_PUBLIC_URL"].flatMap { $0.isEmpty ? nil : $0 }
        if let publicURL, URL(string: publicURL)?.scheme == nil {
            problems.append("RINNALLA_PUBLIC_URL must be an absolute URL such as https://rinnalla.example.fi")
        }
        let trust = env["RINNALLA_TRUST_PROXY"] ?? "0"
        if !["0", "1", "2", "3", "true", "false"].contains(trust) {
            problems.append("RINNALLA_TRUST_PROXY must be 0, 1 (one proxy in front), 2 or 3 (proxies in a row)")
        }
        let cacheMB = env["RINNALLA_PAGE_CACHE_MB"].flatMap { $0.isEmpty ? nil : $0 } ?? "64"
        if Int(cacheMB).map({ !(0...4096).contains($0) }) ?? true {
            problems.append("RINNALLA_PAGE_CACHE_MB must be a whole number of megabytes from 0 to 4096")
        }
        if let key = env["RINNALLA_AUDIT_KEY"], !key.isEmpty, AuditHead.key(key) == nil {
            problems.append("RINNALLA_AUDIT_KEY must be a secret of at least 32 characters")
        }
        if !problems.isEmpty {
            throw Problem(description: problems.joined(separator: "; "))
        }
        var configuration = AppConfiguration(
            database: database,
            secureCookies: publicURL?.lowercased().hasPrefix("https://") ?? false,
            trustProxy: !["0", "false"].contains(trust),
            publicURL: publicURL, pageCacheBytes: (Int(cacheMB) ?? 64) << 20)
        configuration.trustedProxyHops = Int(trust) ?? 1
        return configuration
    }

    static func postgresConfiguration(url: String, searchPath: [String]? = nil) throws -> SQLPostgresConfiguration {
        guard let parsed = URL(string: url), ["postgres", "postgresql"].contains(parsed.scheme ?? ""),
            parsed.host != nil
        else { throw Problem(description: "invalid DATABASE_URL") }
        var configuration = try SQLPostgresConfiguration(url: url)
        configuration.searchPath = searchPath
        return configuration
    }

    static let testing = AppConfiguration(
        database: .sqliteMemory, secureCookies: false, trustProxy: false, publicURL: nil)
}

private struct ConfigurationKey: StorageKey { typealias Value = AppConfiguration }

extension Application {
    var rinnallaConfig: AppConfiguration {
        get { storage[ConfigurationKey.self] ?? .testing }
        set { storage[ConfigurationKey.self] = newValue }
    }
}

/// The time source; tests replace it to fix the date.
struct AppClock: Sendable {
    var now: @Sendable () -> Date
    static let system = AppClock(now: { Date() })
}

private struct ClockKey: StorageKey { typealias Value = AppClock }

extension Application {
    var clock: AppClock {
        get { storage[ClockKey.self] ?? .system }
        set { storage[ClockKey.self] = newValue }
    }
}
