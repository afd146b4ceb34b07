import Foundation

/// Locks an account for a while after repeated failed logins.
public struct LoginThrottle: Sendable {
    public var maximumFailures: Int
    public var lockDuration: TimeInterval

    public static let standard = LoginThrottle(maximumFailures: 5, lockDuration: 15 * 60)

    public init(maximumFailures: Int, lockDuration: TimeInterval) {
        self.maximumFailures = maximumFailures
        self.lockDuration = lockDuration
    }

    public func isLocked(until lockedUntil: Date?, now: Date) -> Bool {
        guard let lockedUntil else { return false }
        return lockedUntil > now
    }

    /// The account state after one more failed attempt.
    public func afterFailure(failures: Int, now: Date) -> (failures: Int, lockedUntil: Date?) {
        let count = failures + 1
        if count >= maximumFailures {
            return (0, now.addingTimeInterval(lockDuration))
        }
        return (count, nil)
    }
}

/// Sessions end after this long without activity.
public enum SessionPolicy {
    public static let idleTimeout: TimeInterval = 8 * 60 * 60
    /// Bearer tokens for the API live this long unless revoked.
    public static let apiTokenLifetime: TimeInterval = 30 * 24 * 60 * 60
}
