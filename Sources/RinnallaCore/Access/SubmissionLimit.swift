import Foundation

/// How many answers one network address may send to one public form (the anonymous
/// inclusion survey, group feedback) in a window of time. A group answering together
/// often shares one address (the centre's Wi-Fi), so the limit is generous: it stops a
/// script filling a round with made-up answers, not a group. Larger groups on paper go in
/// through paper entry.
public struct SubmissionLimit: Sendable, Hashable {
    public var maximum: Int
    public var window: TimeInterval

    public static let publicForms = SubmissionLimit(maximum: 60, window: 10 * 60)

    /// Failed logins (page and API token) from one network address. Each attempt costs a
    /// deliberately slow password check, so without a bound anonymous requests could use
    /// up the server's processors. Only failures count: a whole office behind one address
    /// logging in each morning is never refused.
    public static let failedLoginsPerAddress = SubmissionLimit(maximum: 30, window: 10 * 60)
    /// Failed logins for one email address (known or not), from anywhere. The account
    /// lock (`LoginThrottle`) stops guessing; this stops paying for it.
    public static let failedLoginsPerAccount = SubmissionLimit(maximum: 10, window: 10 * 60)

    public init(maximum: Int, window: TimeInterval) {
        self.maximum = maximum
        self.window = window
    }

    /// The submissions of one address to one form in the current window.
    public struct Window: Sendable, Hashable {
        public var start: Date
        public var count: Int

        public init(start: Date, count: Int) {
            self.start = start
            self.count = count
        }
    }

    public struct Decision: Sendable, Hashable {
        public var admitted: Bool
        public var window: Window
        /// When refused: whole minutes until the window ends (at least 1).
        public var retryAfterMinutes: Int?
    }

    /// One more submission at `now`, given the address's `window` so far (nil: none yet).
    /// A refused submission does not count.
    public func admit(_ window: Window?, now: Date) -> Decision {
        guard let window, now < window.start.addingTimeInterval(self.window) else {
            return Decision(admitted: true, window: Window(start: now, count: 1), retryAfterMinutes: nil)
        }
        guard window.count >= maximum else {
            return Decision(
                admitted: true, window: Window(start: window.start, count: window.count + 1), retryAfterMinutes: nil)
        }
        let seconds = window.start.addingTimeInterval(self.window).timeIntervalSince(now)
        return Decision(admitted: false, window: window, retryAfterMinutes: max(1, Int((seconds / 60).rounded(.up))))
    }

    /// Whole minutes (at least 1) until `window` ends when it is full at `now`; nil when
    /// one more submission would be admitted.
    public func refusal(_ window: Window?, now: Date) -> Int? {
        let decision = admit(window, now: now)
        return decision.admitted ? nil : decision.retryAfterMinutes
    }

    /// Whether `window` has ended at `now` (its address may be forgotten).
    public func hasEnded(_ window: Window, now: Date) -> Bool {
        now >= window.start.addingTimeInterval(self.window)
    }
}
