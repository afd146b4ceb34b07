import Fluent
import SQLKit

extension Database {
    /// Runs `body` as one transaction: all of an action's changes and its audit row commit
    /// together or not at all.
    ///
    /// On SQLite the transaction starts with `BEGIN IMMEDIATE`, taking the write lock up
    /// front: a deferred transaction that reads and then writes fails with SQLITE_BUSY
    /// when another connection (a CLI command, another pool connection) wrote meanwhile.
    func atomically<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else {
            return try await transaction(body)
        }
        if inTransaction || AtomicScope.active { return try await body(self) }
        return try await SQLiteWriteTurns.shared.take { try await self.begunImmediately(body) }
    }

    private func begunImmediately<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T)
        async throws -> T
    {
        try await withConnection { connection in
            let raw = connection as! any SQLDatabase
            try await raw.raw("BEGIN IMMEDIATE").run()
            do {
                let result = try await AtomicScope.$active.withValue(true) { try await body(connection) }
                try await raw.raw("COMMIT").run()
                return result
            } catch {
                try? await raw.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Makes concurrent transactions that read-then-write shared counters (decision
    /// numbers, the audit chain) take turns. SQLite's `BEGIN IMMEDIATE` already does; on
    /// PostgreSQL a transaction-level advisory lock does, across app instances.
    func serializeWrites() async throws {
        if isPostgres {
            try await (self as! any SQLDatabase).raw("SELECT pg_advisory_xact_lock(7274220251)").run()
        }
    }

    var isPostgres: Bool { (self as? any SQLDatabase)?.dialect.name == "postgresql" }
}

/// Lets one SQLite write transaction of this process at a time try for the write lock.
/// The pool keeps a connection per event loop, and SQLiteNIO's busy handler retries
/// without end on a thread of the shared thread pool: two connections of one database
/// waiting for each other's lock in a burst of writes (20 logins at once, issue 13)
/// could hold every thread and stall every database call. Turns are taken in order;
/// another process (a CLI command) still meets the busy handler, briefly.
actor SQLiteWriteTurns {
    static let shared = SQLiteWriteTurns()

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func take<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        if busy {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            busy = true
        }
        defer { handOver() }
        return try await body()
    }

    private func handOver() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}

/// Marks code running inside an `atomically` block on SQLite, where Fluent's own
/// `inTransaction` flag is not set because the transaction was begun by hand.
enum AtomicScope {
    @TaskLocal static var active = false
}
