import BrevetAwarding
import Testing

@Suite struct RetakeTests {
    let policy = try! RetakePolicy(maxAttempts: 3, waitingPeriod: .days(14))

    @Test func firstAttemptIsAllowed() {
        let d = policy.decide(previous: [], at: Fixtures.t0)
        #expect(d.allowed)
        #expect(d.attemptsRemaining == 3)
    }

    @Test func waitingPeriodEndIsInclusive() {
        let failed = [AttemptRecord(at: Fixtures.t0, passed: false)]
        let end = Fixtures.day(14)
        #expect(policy.decide(previous: failed, at: end).allowed)
        let early = policy.decide(previous: failed, at: end.addingTimeInterval(-1))
        #expect(!early.allowed)
        #expect(early.refusal == .retakeTooSoon)
        #expect(early.earliestNextAttempt == end)
    }

    @Test func retakeInsideTheWaitingPeriodIsAClearError() {
        let failed = [AttemptRecord(at: Fixtures.t0, passed: false)]
        #expect(throws: AwardingError(.retakeTooSoon, "")) { try policy.check(previous: failed, at: Fixtures.day(3)) }
    }

    @Test func waitingPeriodCountsFromTheLatestAttemptWhateverTheOrder() {
        let failed = [AttemptRecord(at: Fixtures.day(20), passed: false), AttemptRecord(at: Fixtures.t0, passed: false)]
        #expect(policy.decide(previous: failed, at: Fixtures.day(30)).refusal == .retakeTooSoon)
        #expect(policy.decide(previous: failed, at: Fixtures.day(34)).allowed)
    }

    @Test func attemptsRunOut() {
        let failed = [0, 20, 40].map { AttemptRecord(at: Fixtures.day($0), passed: false) }
        let d = policy.decide(previous: failed, at: Fixtures.day(400))
        #expect(d.refusal == .attemptsExhausted)
        #expect(d.earliestNextAttempt == nil)
        #expect(throws: AwardingError(.attemptsExhausted, "")) { try policy.check(previous: failed, at: Fixtures.day(400)) }
        #expect(policy.decide(previous: Array(failed.prefix(2)), at: Fixtures.day(400)).attemptsRemaining == 1)
    }

    @Test func noRetakeAfterAPass() {
        let d = policy.decide(previous: [AttemptRecord(at: Fixtures.t0, passed: true)], at: Fixtures.day(100))
        #expect(d.refusal == .alreadyPassed)
    }

    @Test func unlimitedPolicyNeverRunsOut() {
        let many = (0..<50).map { AttemptRecord(at: Fixtures.day($0), passed: false) }
        #expect(RetakePolicy.unlimited.decide(previous: many, at: Fixtures.day(49)).allowed)
    }

    @Test func malformedPoliciesAreRejected() {
        #expect(throws: AwardingError(.invalidPolicy, "")) { try RetakePolicy(maxAttempts: 0, waitingPeriod: .days(1)) }
        #expect(throws: AwardingError(.invalidPolicy, "")) { try RetakePolicy(maxAttempts: 2, waitingPeriod: .days(-1)) }
    }
}
