import Foundation

/// Whether a learner may attempt an assessment now, why, and when they may next.
public struct RetakeDecision: Sendable, Hashable {
    public var allowed: Bool
    /// Why not: ``AwardingError/Code/retakeTooSoon``, ``AwardingError/Code/attemptsExhausted`` or
    /// ``AwardingError/Code/alreadyPassed``; nil when allowed.
    public var refusal: AwardingError.Code?
    public var attemptsUsed: Int
    /// Attempts left before this one; nil when unlimited.
    public var attemptsRemaining: Int?
    /// The first instant a next attempt is allowed; nil when none ever will be.
    public var earliestNextAttempt: Date?
    /// A sentence saying why.
    public var reason: String
}
