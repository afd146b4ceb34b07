import Fluent
import Foundation
import Vapor

/// Group commit for audit rows written outside a transaction (the `view` rows of page
/// reads). Every append takes the chain's lock, reads the last hash and commits; at 32
/// concurrent page reads those commits queued one behind another (bench/README.md).
/// Here the rows that arrive while one batch is being written go together in the next:
/// one lock, one read of the chain's end, one commit. A request still returns only
/// after its own row is committed, and if the batch fails, every request in it fails.
actor AuditBatcher {
    private struct Pending {
        let entry: AuditLog.Entry
        let now: Date
        let done: CheckedContinuation<Void, any Error>
    }

    private let database: @Sendable () -> any Database
    private var pending: [Pending] = []
    private var writing = false
    /// Keeps one batch's statement well under the databases' bound-parameter limits.
    static let maximumBatch = 200

    init(database: @escaping @Sendable () -> any Database) {
        self.database = database
    }

    func append(_ entry: AuditLog.Entry, now: Date) async throws {
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            pending.append(Pending(entry: entry, now: now, done: done))
            if !writing {
                writing = true
                Task { await self.writeAll() }
            }
        }
    }

    private func writeAll() async {
        while !pending.isEmpty {
            let batch = Array(pending.prefix(Self.maximumBatch))
            pending.removeFirst(batch.count)
            do {
                try await AuditLog.write(batch.map { ($0.entry, $0.now) }, on: database())
                for item in batch { item.done.resume() }
            } catch {
                for item in batch { item.done.resume(throwing: error) }
            }
        }
        writing = false
    }
}

private struct AuditBatcherKey: StorageKey { typealias Value = AuditBatcher }

extension Application {
    /// The application's audit group commit, set up by `configure` (nil in code that runs
    /// without it: rows are then written one by one).
    var auditBatcher: AuditBatcher? {
        get { storage[AuditBatcherKey.self] }
        set { storage[AuditBatcherKey.self] = newValue }
    }
}
