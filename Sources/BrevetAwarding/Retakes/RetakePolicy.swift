import Foundation

/// How often and how soon a learner may try an assessment again.
///
/// A new attempt is allowed when the learner has not passed yet, has attempts left, and the waiting
/// period after the latest attempt has elapsed. The period is inclusive at its end: with a 14-day wait after
/// an attempt at `t`, an attempt at exactly `t + 14 days` is allowed and one a second earlier is not.
public struct RetakePolicy: Sendable, Hashable {
    /// Most attempts in total, the first included; nil for no limit.
    public let maxAttempts: Int?
    /// Time that must pass after a failed attempt before the next one.
    public let waitingPeriod: Period

    public init(maxAttempts: Int?, waitingPeriod: Period) throws(AwardingError) {
        if let m = maxAttempts, m < 1 {
            throw AwardingError(.invalidPolicy, "a retake policy must allow at least one attempt, not \(m)")
        }
        guard waitingPeriod.isNonNegative else {
            throw AwardingError(.invalidPolicy, "the waiting period \(waitingPeriod) is negative")
        }
        self.maxAttempts = maxAttempts
        self.waitingPeriod = waitingPeriod
    }

    /// One attempt, no retakes.
    public static let singleAttempt = try! RetakePolicy(maxAttempts: 1, waitingPeriod: Period())
    /// Any number of attempts, no wait.
    public static let unlimited = try! RetakePolicy(maxAttempts: nil, waitingPeriod: Period())

    /// Decides whether an attempt at `at` is allowed after `previous` attempts (any order).
    public func decide(previous: [AttemptRecord], at: Date) -> RetakeDecision {
        let used = previous.count
        let remaining = maxAttempts.map { max(0, $0 - used) }
        if let passed = previous.filter(\.passed).map(\.at).max() {
            return RetakeDecision(
                allowed: false, refusal: .alreadyPassed, attemptsUsed: used, attemptsRemaining: remaining,
                earliestNextAttempt: nil, reason: "the learner already passed on \(passed)")
        }
        if let m = maxAttempts, used >= m {
            return RetakeDecision(
                allowed: false, refusal: .attemptsExhausted, attemptsUsed: used, attemptsRemaining: 0,
                earliestNextAttempt: nil, reason: "all \(m) attempts are used")
        }
        guard let last = previous.map(\.at).max() else {
            return RetakeDecision(
                allowed: true, refusal: nil, attemptsUsed: 0, attemptsRemaining: remaining,
                earliestNextAttempt: at, reason: "first attempt")
        }
        let earliest = waitingPeriod.added(to: last)
        if at < earliest {
            return RetakeDecision(
                allowed: false, refusal: .retakeTooSoon, attemptsUsed: used, attemptsRemaining: remaining,
                earliestNextAttempt: earliest,
                reason: "the waiting period of \(waitingPeriod) after the attempt on \(last) ends on \(earliest)")
        }
        return RetakeDecision(
            allowed: true, refusal: nil, attemptsUsed: used, attemptsRemaining: remaining,
            earliestNextAttempt: earliest, reason: "attempt \(used + 1) after the waiting period")
    }

    /// Like ``decide(previous:at:)`` but throws the refusal: ``AwardingError/Code/retakeTooSoon``,
    /// ``AwardingError/Code/attemptsExhausted`` or ``AwardingError/Code/alreadyPassed``.
    public func check(previous: [AttemptRecord], at: Date) throws(AwardingError) {
        let d = decide(previous: previous, at: at)
        if let code = d.refusal { throw AwardingError(code, d.reason) }
    }
}
