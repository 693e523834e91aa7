import BrevetAwarding
import Foundation
import Testing

@Suite struct RenewalTests {
    /// Issued at t0, valid two years; renewal opens six months before expiry and closes 30 days after.
    let policy = RenewalPolicy(
        routes: [.continuingEducation(requiredCredits: 3, acceptedAchievementIds: ["urn:ce:a", "urn:ce:b"]), .reassessment],
        opensBefore: .months(6), gracePeriod: .days(30))
    let validity = ValidityPolicy(validFor: .years(2))
    var credential: HeldCredential {
        HeldCredential(id: "cred:1", achievementId: "urn:tls", issuerId: "iss", issuedAt: Fixtures.t0,
                       validUntil: validity.validUntil(issuedAt: Fixtures.t0))
    }
    var expiry: Date { Period.years(2).added(to: Fixtures.t0) }

    func ce(_ id: String, _ achievement: String = "urn:ce:a", credits: Double, at: Date, verified: Bool = true) -> HeldCredential {
        HeldCredential(id: id, achievementId: achievement, issuerId: "iss", issuedAt: at, credits: credits, verified: verified)
    }

    @Test func validUntilComesFromThePolicy() {
        #expect(validity.validUntil(issuedAt: Fixtures.t0) == Fixtures.day(730))  // 2025 and 2026 have 365 days
        #expect(ValidityPolicy.noExpiry.validUntil(issuedAt: Fixtures.t0) == nil)
    }

    @Test func creditsExactlyAtTheMinimumAreEnough() {
        let held = [ce("a", credits: 1.5, at: Fixtures.day(10)), ce("b", "urn:ce:b", credits: 1.5, at: Fixtures.day(400))]
        let e = policy.eligibility(of: credential, held: held, at: Fixtures.day(700))
        #expect(e.eligible)
        #expect(e.creditsEarned == 3)
        #expect(e.countedCredentialIds == ["a", "b"])
        if case .continuingEducation = e.route {} else { Issue.record("expected the CE route") }
    }

    @Test func creditsBelowTheMinimumSayHowManyAreMissing() {
        let e = policy.eligibility(of: credential, held: [ce("a", credits: 2.5, at: Fixtures.day(10))], at: Fixtures.day(700))
        #expect(!e.eligible)
        #expect(e.reasons.contains { $0.contains("0.5 more needed") })
    }

    @Test func onlyListedVerifiedUnrevokedCreditsInsideTheValidityWindowCount() {
        var revoked = ce("rev", credits: 5, at: Fixtures.day(10))
        revoked.state = .revoked
        var suspended = ce("sus", credits: 5, at: Fixtures.day(10))
        suspended.state = .suspended
        let held = [
            ce("before", credits: 5, at: Fixtures.t0.addingTimeInterval(-1)),
            ce("first-instant", credits: 1, at: Fixtures.t0),
            ce("last-instant", credits: 1, at: expiry),
            ce("after", credits: 5, at: expiry.addingTimeInterval(1)),
            ce("other", "urn:other", credits: 5, at: Fixtures.day(10)),
            ce("unverified", credits: 5, at: Fixtures.day(10), verified: false),
            revoked,
            suspended,
        ]
        let e = policy.eligibility(of: credential, held: held, at: Period.days(10).added(to: expiry))
        #expect(e.countedCredentialIds == ["first-instant", "last-instant"])
        #expect(e.creditsEarned == 2)
    }

    @Test func creditsEarnedAfterTheEvaluationTimeDoNotCount() {
        let e = policy.eligibility(of: credential, held: [ce("a", credits: 3, at: Fixtures.day(710))], at: Fixtures.day(700))
        #expect(!e.eligible)
    }

    @Test func renewalWindowBoundariesAreInclusive() {
        let held = [ce("a", credits: 3, at: Fixtures.day(10))]
        let opens = Period.months(6).subtracted(from: expiry)
        let closes = Period.days(30).added(to: expiry)
        #expect(policy.eligibility(of: credential, held: held, at: opens).eligible)
        #expect(!policy.eligibility(of: credential, held: held, at: opens.addingTimeInterval(-1)).eligible)
        #expect(policy.eligibility(of: credential, held: held, at: closes).eligible)
        let late = policy.eligibility(of: credential, held: held, at: closes.addingTimeInterval(1))
        #expect(!late.eligible)
        #expect(late.reasons.first?.contains("closed") == true)
    }

    @Test func reassessmentRenewsWhenPassedInsideTheWindow() {
        let inside = AttemptRecord(at: Fixtures.day(600), passed: true)
        let tooEarly = AttemptRecord(at: Fixtures.day(100), passed: true)
        let failed = AttemptRecord(at: Fixtures.day(650), passed: false)
        #expect(policy.eligibility(of: credential, held: [], reassessments: [inside], at: Fixtures.day(700)).route == .reassessment)
        #expect(!policy.eligibility(of: credential, held: [], reassessments: [tooEarly, failed], at: Fixtures.day(700)).eligible)
    }

    @Test func revokedSupersededAndNonExpiringCredentialsAreNotRenewable() {
        var c = credential
        c.state = .revoked
        #expect(!policy.eligibility(of: c, held: [ce("a", credits: 9, at: Fixtures.day(10))], at: Fixtures.day(700)).eligible)
        c.state = .suspended
        #expect(!policy.eligibility(of: c, held: [ce("a", credits: 9, at: Fixtures.day(10))], at: Fixtures.day(700)).eligible)
        c.state = .superseded(by: "cred:2")
        #expect(policy.eligibility(of: c, held: [], at: Fixtures.day(700)).reasons.first?.contains("cred:2") == true)
        c = credential
        c.validUntil = nil
        #expect(policy.eligibility(of: c, held: [], reassessments: [AttemptRecord(at: Fixtures.day(600), passed: true)], at: Fixtures.day(700)).window == nil)
    }

    @Test func renewalSupersedesWithoutRevoking() throws {
        let held = [ce("a", credits: 3, at: Fixtures.day(10))]
        let r = try CredentialRenewal.renew(credential, as: "cred:2", policy: policy, validity: validity, held: held, at: Fixtures.day(700))
        #expect(r.renewed.replaces == "cred:1")
        #expect(r.renewed.issuedAt == Fixtures.day(700))
        // Renewed early: the new period starts at the old expiry, so no time is lost.
        #expect(r.renewed.validUntil == Period.years(2).added(to: expiry))
        #expect(r.superseded.state == .superseded(by: "cred:2"))
        #expect(!r.superseded.isRevoked)
        #expect(throws: AwardingError(.notRenewable, "")) {
            try CredentialRenewal.renew(r.superseded, as: "cred:3", policy: policy, validity: validity, held: held, at: Fixtures.day(700))
        }
    }

    @Test func renewalInTheGracePeriodStartsFromTheRenewalDate() throws {
        let at = Period.days(10).added(to: expiry)
        let r = try CredentialRenewal.renew(credential, as: "cred:2", policy: policy, validity: validity,
                                            held: [ce("a", credits: 3, at: Fixtures.day(10))], at: at)
        #expect(r.renewed.validUntil == Period.years(2).added(to: at))
    }

    @Test func ineligibleRenewalIsAClearError() {
        #expect(throws: AwardingError(.notRenewable, "")) {
            try CredentialRenewal.renew(credential, as: "cred:2", policy: policy, validity: validity, held: [], at: Fixtures.day(700))
        }
    }

    @Test func withSeveralCreditRoutesTheOneMetIsReported() {
        let two = RenewalPolicy(routes: [.continuingEducation(requiredCredits: 10, acceptedAchievementIds: ["urn:ce:a"]),
                                         .continuingEducation(requiredCredits: 2, acceptedAchievementIds: ["urn:ce:b"])])
        let e = two.eligibility(of: credential, held: [ce("a", credits: 1, at: Fixtures.day(5)), ce("b", "urn:ce:b", credits: 2, at: Fixtures.day(6))],
                                at: Fixtures.day(700))
        #expect(e.eligible)
        #expect(e.creditsRequired == 2)
        #expect(e.countedCredentialIds == ["b"])
    }
}
