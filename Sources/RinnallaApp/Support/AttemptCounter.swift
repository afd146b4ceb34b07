import Crypto
import Foundation
import NIOConcurrencyHelpers
import RinnallaCore

/// Counts events per key (a network address and a form, an email address) in windows of
/// a `SubmissionLimit`, in this instance's memory only. Keys are kept as HMACs under a
/// key random per process, and only until their window ends: nothing reaches the
/// database or the log. Behind a load balancer each instance counts on its own, which
/// still stops a flood, the purpose of every limit that uses it.
final class AttemptCounter: Sendable {
    let limit: SubmissionLimit
    private let key = SymmetricKey(size: .bits256)
    private let windows = NIOLockedValueBox([String: SubmissionLimit.Window]())
    /// Past this many keys the ended windows are swept away.
    private static let sweepAt = 10_000

    init(limit: SubmissionLimit) {
        self.limit = limit
    }

    private func id(_ key: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(key.utf8), using: self.key)).base64EncodedString()
    }

    /// Counts one more event for `key`; refused (and not counted) when its window is full.
    func admit(_ key: String, now: Date) -> SubmissionLimit.Decision {
        let id = id(key)
        return windows.withLockedValue { windows in
            if windows.count >= Self.sweepAt {
                windows = windows.filter { !limit.hasEnded($0.value, now: now) }
                // Still full (keys from everywhere at once): start over rather than sweep
                // on every request; the limit then errs on the side of answering.
                if windows.count >= Self.sweepAt { windows.removeAll(keepingCapacity: true) }
            }
            let decision = limit.admit(windows[id], now: now)
            windows[id] = decision.window
            return decision
        }
    }

    /// Whole minutes until `key` may try again when its window is full; nil when it may
    /// go on now. Counts nothing.
    func refusal(_ key: String, now: Date) -> Int? {
        let id = id(key)
        return windows.withLockedValue { limit.refusal($0[id], now: now) }
    }
}
