import BrevetAwarding
import Foundation
import Testing

@Suite struct PathwayTests {
    static let home = "https://brevet.example/issuer"

    func cred(_ id: String, _ achievement: String, day: Int, issuer: String = home, credits: Double? = nil,
              verified: Bool = true) -> HeldCredential {
        HeldCredential(id: id, achievementId: achievement, issuerId: issuer, issuedAt: Fixtures.day(day), credits: credits,
                       verified: verified, digest: .sri("sha384-\(id)"))
    }

    func pathway(_ root: PathwayStep, id: String = "p", awards: String = "urn:cert", window: TimeWindow? = nil) throws -> Pathway {
        try Pathway(id: id, name: id, issuerId: Self.home, awardsAchievementId: awards, root: root, timeWindow: window)
    }

    func progress(_ p: Pathway, _ creds: [HeldCredential], at day: Int = 1000, others: [Pathway] = []) throws -> PathwayProgress {
        try PathwayEvaluator(pathways: [p] + others).progress(of: p.id, credentials: creds, at: Fixtures.day(day))
    }

    @Test func allOfNeedsEveryStep() throws {
        let p = try pathway(.allOf("root", [.achievement("a"), .achievement("b"), .achievement("c")]))
        let partial = try progress(p, [cred("1", "a", day: 1), cred("2", "c", day: 5)])
        #expect(!partial.complete)
        #expect(partial.done.map(\.stepId) == ["a", "c"])
        #expect(partial.missing.map(\.stepId) == ["b"])
        #expect(partial.nextStep?.stepId == "b")
        #expect(partial.root.detail == "2 of 3 done")
        let full = try progress(p, [cred("1", "a", day: 1), cred("2", "c", day: 5), cred("3", "b", day: 9)])
        #expect(full.complete)
        #expect(full.completedAt == Fixtures.day(9))
        #expect(full.satisfiedBy["b"] == ["3"])
        #expect(full.components.map(\.id) == ["1", "3", "2"])
        #expect(full.nextStep == nil)
    }

    @Test func nOfCompletesAtTheNthCredential() throws {
        let p = try pathway(.nOf("root", 2, [.achievement("a"), .achievement("b"), .achievement("c")]))
        let done = try progress(p, [cred("1", "c", day: 30), cred("2", "a", day: 10), cred("3", "b", day: 20)])
        #expect(done.complete)
        #expect(done.completedAt == Fixtures.day(20))
        #expect(done.missing.isEmpty)
    }

    @Test func nOfWithFewerCandidatesThanNIsIncomplete() throws {
        let p = try pathway(.nOf("root", 2, [.achievement("a"), .achievement("b"), .achievement("c")]))
        let one = try progress(p, [cred("1", "b", day: 1)])
        #expect(!one.complete)
        #expect(one.missing.map(\.stepId) == ["a", "c"])
        #expect(one.root.detail == "1 of 3 done, 2 needed")
        #expect(try progress(p, []).nextStep?.stepId == "a")
    }

    @Test func nLargerThanTheStepsIsAnInvalidPathway() {
        #expect(throws: AwardingError(.invalidPathway, "")) { try pathway(.nOf("root", 3, [.achievement("a"), .achievement("b")])) }
        #expect(throws: AwardingError(.invalidPathway, "")) { try pathway(.nOf("root", 0, [.achievement("a")])) }
    }

    @Test func minimumCreditsExactlyAtTheMinimumCompletes() throws {
        let p = try pathway(.minimumCredits("root", 3, [.achievement("a"), .achievement("b"), .achievement("c")]))
        let at = try progress(p, [cred("1", "a", day: 1, credits: 1.5), cred("2", "b", day: 2, credits: 1.5)])
        #expect(at.complete)
        #expect(at.completedAt == Fixtures.day(2))
        let short = try progress(p, [cred("1", "a", day: 1, credits: 1.5), cred("2", "b", day: 2, credits: 1.4)])
        #expect(!short.complete)
        #expect(short.root.detail == "2.9 of 3 credits")
        #expect(short.nextStep?.stepId == "c")
        let noCredits = try progress(p, [cred("1", "a", day: 1), cred("2", "b", day: 2), cred("3", "c", day: 3)])
        #expect(!noCredits.complete)
    }

    @Test func minimumCreditsCompletesWhenTheRunningSumReachesIt() throws {
        let p = try pathway(.minimumCredits("root", 0.3, [.achievement("a"), .achievement("b"), .achievement("c")]))
        let r = try progress(p, [cred("1", "a", day: 1, credits: 0.1), cred("2", "b", day: 2, credits: 0.2), cred("3", "c", day: 3, credits: 5)])
        #expect(r.complete)
        #expect(r.completedAt == Fixtures.day(2))
    }

    @Test func orderedPrerequisitesMustBeEarnedInOrder() throws {
        let p = try pathway(.ordered("root", [.achievement("basics"), .achievement("advanced"), .achievement("capstone")]))
        let inOrder = try progress(p, [cred("1", "basics", day: 1), cred("2", "advanced", day: 5), cred("3", "capstone", day: 5)])
        #expect(inOrder.complete)
        // "advanced" earned before "basics" does not count.
        let outOfOrder = try progress(p, [cred("1", "basics", day: 10), cred("2", "advanced", day: 5)])
        #expect(!outOfOrder.complete)
        #expect(outOfOrder.nextStep?.stepId == "advanced")
        #expect(outOfOrder.root.children[1].detail.contains("issued on or after"))
        // A later step done while an earlier one is missing is blocked, and not the next step.
        let gap = try progress(p, [cred("2", "advanced", day: 5)])
        #expect(gap.nextStep?.stepId == "basics")
        #expect(gap.root.children[2].blocked)
        #expect(gap.done.isEmpty)
        #expect(gap.missing.map(\.stepId) == ["basics", "advanced", "capstone"])
        #expect(gap.satisfiedBy.isEmpty)
        // A second credential for the same achievement, earned later, satisfies the order.
        let retaken = try progress(p, [cred("1", "basics", day: 10), cred("2", "advanced", day: 5), cred("4", "advanced", day: 11),
                                       cred("5", "capstone", day: 12)])
        #expect(retaken.complete)
        #expect(retaken.satisfiedBy["advanced"] == ["4"])
    }

    @Test func nestedGroupsReportProgressAtEveryLevel() throws {
        let p = try pathway(.allOf("root", [
            .achievement("core"),
            .nOf("electives", 2, [.achievement("e1"), .achievement("e2"), .achievement("e3")]),
            .minimumCredits("practice", 2, [.achievement("p1"), .achievement("p2")]),
        ]))
        let r = try progress(p, [cred("1", "core", day: 1), cred("2", "e2", day: 2), cred("3", "p1", day: 3, credits: 2)])
        #expect(!r.complete)
        #expect(r.root.children.map(\.satisfied) == [true, false, true])
        #expect(r.missing.map(\.stepId) == ["e1", "e3"])
        #expect(r.nextStep?.stepId == "e1")
        #expect(r.root.children[1].detail == "1 of 3 done, 2 needed")
        // The unneeded practice step p2 is not "missing": its group is satisfied.
        #expect(!r.missing.contains { $0.stepId == "p2" })
    }

    @Test func timeWindowBoundariesAreInclusive() throws {
        let window = TimeWindow.between(Fixtures.day(10), Fixtures.day(20))
        let p = try pathway(.allOf("root", [.achievement("a"), .achievement("b")]), window: window)
        #expect(try progress(p, [cred("1", "a", day: 10), cred("2", "b", day: 20)]).complete)
        var early = cred("1", "a", day: 10)
        early.issuedAt = early.issuedAt.addingTimeInterval(-1)
        #expect(!(try progress(p, [early, cred("2", "b", day: 20)]).complete))
        var late = cred("2", "b", day: 20)
        late.issuedAt = late.issuedAt.addingTimeInterval(1)
        #expect(!(try progress(p, [cred("1", "a", day: 10), late]).complete))
    }

    @Test func rollingWindowLooksBackFromTheEvaluationTime() throws {
        let p = try pathway(.allOf("root", [.achievement("a")]), window: .within(.days(365)))
        #expect(try progress(p, [cred("1", "a", day: 100)], at: 465).complete)
        #expect(!(try progress(p, [cred("1", "a", day: 100)], at: 466).complete))
    }

    @Test func externalStepsCountOnlyVerifiedCredentialsFromAcceptedIssuers() throws {
        let partner = "https://partner.example"
        let p = try pathway(.allOf("root", [
            .achievement("a"),
            .external(ExternalRequirement(issuerIds: [partner], achievementId: "urn:partner:cloud"), id: "cloud"),
        ]))
        let unverified = try progress(p, [cred("1", "a", day: 1), cred("x", "urn:partner:cloud", day: 2, issuer: partner, verified: false)])
        #expect(!unverified.complete)
        #expect(unverified.missing.first?.detail.contains("not verified") == true)
        let verified = try progress(p, [cred("1", "a", day: 1), cred("x", "urn:partner:cloud", day: 2, issuer: partner)])
        #expect(verified.complete)
        #expect(verified.satisfiedBy["cloud"] == ["x"])
        let wrongIssuer = try progress(p, [cred("1", "a", day: 1), cred("x", "urn:partner:cloud", day: 2, issuer: "https://elsewhere")])
        #expect(!wrongIssuer.complete)
        // A home step does not accept the same achievement id from another issuer.
        #expect(!(try progress(p, [cred("1", "a", day: 1, issuer: partner), cred("x", "urn:partner:cloud", day: 2, issuer: partner)]).complete))
    }

    @Test func supersededCredentialsCountOnlyWhenCurrencyIsNotRequired() throws {
        var old = cred("1", "a", day: 1)
        old.state = .superseded(by: "2")
        let strict = try pathway(.allOf("root", [.achievement("a")]))
        #expect(!(try progress(strict, [old]).complete))
        let lenient = try Pathway(id: "p", name: "p", issuerId: Self.home, awardsAchievementId: "urn:cert",
                                  root: .allOf("root", [.achievement("a")]), requireCurrentCredentials: false)
        #expect(try progress(lenient, [old]).complete)
    }

    @Test func revokedExpiredAndFutureCredentialsDoNotCount() throws {
        let p = try pathway(.allOf("root", [.achievement("a")]))
        var revoked = cred("1", "a", day: 1)
        revoked.state = .revoked
        var expired = cred("2", "a", day: 1)
        expired.validUntil = Fixtures.day(999)
        #expect(!(try progress(p, [revoked, expired, cred("3", "a", day: 1001)], at: 1000).complete))
        var suspended = cred("5", "a", day: 1)
        suspended.state = .suspended
        #expect(!(try progress(p, [suspended]).complete))
        var atExpiry = cred("4", "a", day: 1)
        atExpiry.validUntil = Fixtures.day(1000)
        #expect(try progress(p, [atExpiry], at: 1000).complete)
    }

    @Test func otherVersionsOfAnAchievementCountWithALineage() throws {
        let v1 = try Fixtures.design(id: "urn:a:v1")
        var edit = v1
        edit.evidenceRequirements = ["new"]
        let (old, v2) = try AchievementVersioning.newVersion(of: v1, with: edit, newVersionId: "urn:a:v2")
        let p = try pathway(.allOf("root", [.achievement("urn:a:v2")]))
        let creds = [cred("1", "urn:a:v1", day: 1)]
        #expect(!(try PathwayEvaluator(pathways: [p]).progress(of: "p", credentials: creds, at: Fixtures.day(10)).complete))
        let lineage = try AchievementLineage(designs: [old, v2])
        #expect(try PathwayEvaluator(pathways: [p], lineage: lineage).progress(of: "p", credentials: creds, at: Fixtures.day(10)).complete)
    }

    @Test func malformedPathwaysAreRejected() {
        #expect(throws: AwardingError(.invalidPathway, "")) { try pathway(.allOf("root", [])) }
        #expect(throws: AwardingError(.invalidPathway, "")) { try pathway(.allOf("root", [.achievement("a"), .achievement("a")])) }
        #expect(throws: AwardingError(.invalidPathway, "")) { try pathway(.minimumCredits("root", 0, [.achievement("a")])) }
        #expect(throws: AwardingError(.invalidPathway, "")) {
            try pathway(.external(ExternalRequirement(issuerIds: [Self.home], achievementId: nil), id: "x"))
        }
        #expect(throws: AwardingError(.invalidPathway, "")) {
            try pathway(.achievement("a"), window: .between(Fixtures.day(5), Fixtures.day(1)))
        }
    }
}
