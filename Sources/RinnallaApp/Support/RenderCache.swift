import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Rendered page parts kept in memory under a key that names everything they were built
/// from: the page and its parameters, the user's session and language, the day, and the
/// `DataVersions` stamp of the data they show. A change to that data raises the stamp, so
/// an entry is never served stale; it simply stops being asked for and ages out.
///
/// Only the expensive middle of a page is kept, never the layout around it (notices, the
/// CSRF token of the logout form); and a cached read of client data is audited like any
/// other (`auditDetail` keeps what the row must say).
final class RenderCache: Sendable {
    struct Entry: Sendable {
        let html: String
        /// The audit row's detail of a client-data page, as when it was first built.
        let auditDetail: String?
        /// The audit rows written while the part was built, written again on every reuse.
        var audit: [AuditRecorder.Recorded] = []
    }

    private struct Slot {
        let entry: Entry
        var lastUse: UInt64
        var bytes: Int { entry.html.utf8.count + (entry.auditDetail?.utf8.count ?? 0) + 64 }
    }

    private struct State {
        var slots: [String: Slot] = [:]
        var bytes = 0
        var tick: UInt64 = 0
    }

    let capacityBytes: Int
    private let state = NIOLockedValueBox(State())

    /// `capacityBytes` 0 turns the cache off.
    init(capacityBytes: Int) {
        self.capacityBytes = capacityBytes
    }

    var isEnabled: Bool { capacityBytes > 0 }

    func entry(_ key: String) -> Entry? {
        guard isEnabled else { return nil }
        return state.withLockedValue { state in
            guard var slot = state.slots[key] else { return nil }
            state.tick += 1
            slot.lastUse = state.tick
            state.slots[key] = slot
            return slot.entry
        }
    }

    func store(_ entry: Entry, for key: String) {
        guard isEnabled else { return }
        state.withLockedValue { state in
            state.tick += 1
            let slot = Slot(entry: entry, lastUse: state.tick)
            guard slot.bytes <= capacityBytes / 4 else { return }
            if let old = state.slots.updateValue(slot, forKey: key) { state.bytes -= old.bytes }
            state.bytes += slot.bytes
            guard state.bytes > capacityBytes else { return }
            // Drop the least recently used quarter at once, so eviction's sort is rare.
            let byAge = state.slots.sorted { $0.value.lastUse < $1.value.lastUse }
            for (key, slot) in byAge where state.bytes > capacityBytes * 3 / 4 {
                state.slots[key] = nil
                state.bytes -= slot.bytes
            }
        }
    }

    var count: Int { state.withLockedValue { $0.slots.count } }

    /// The cached part under `key`, or `build()`'s result stored under it. The audit rows
    /// `build` writes are noted with the part and written again for `request` whenever the
    /// part is reused.
    func fetch(_ key: String, on request: Request, build: () async throws -> Entry) async throws -> Entry {
        if let cached = entry(key) {
            try await AuditRecorder.replay(cached.audit, on: request)
            return cached
        }
        let recorder = AuditRecorder()
        var built = try await AuditRecorder.$current.withValue(recorder) { try await build() }
        built.audit = recorder.recorded
        store(built, for: key)
        return built
    }
}

extension Application {
    private struct RenderCacheKey: StorageKey { typealias Value = RenderCache }

    /// Set in `configure` (RINNALLA_PAGE_CACHE_MB, default 64; 0 turns it off).
    var renderCache: RenderCache {
        get { storage[RenderCacheKey.self] ?? RenderCache(capacityBytes: 0) }
        set { storage[RenderCacheKey.self] = newValue }
    }
}
