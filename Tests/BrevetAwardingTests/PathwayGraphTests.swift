import BrevetAwarding
import Testing

@Suite struct PathwayGraphTests {
    let home = PathwayTests.home

    func pathway(_ id: String, awards: String, _ root: PathwayStep) throws -> Pathway {
        try Pathway(id: id, name: id, issuerId: home, awardsAchievementId: awards, root: root)
    }

    func cred(_ id: String, _ achievement: String, day: Int) -> HeldCredential {
        HeldCredential(id: id, achievementId: achievement, issuerId: home, issuedAt: Fixtures.day(day), digest: .sri("sha384-\(id)"))
    }

    /// beginner (micro a, b) → operator (beginner + c) → specialist (operator + 1 of d, e).
    func ladder() throws -> [Pathway] {
        [
            try pathway("specialist", awards: "urn:specialist", .allOf("s", [.subPathway("operator"), .nOf("s-el", 1, [.achievement("d"), .achievement("e")])])),
            try pathway("operator", awards: "urn:operator", .allOf("o", [.achievement("urn:beginner"), .achievement("c")])),
            try pathway("beginner", awards: "urn:beginner", .allOf("beginner-steps", [.achievement("a"), .achievement("b")])),
        ]
    }

    @Test func careerLadderOrdersPrerequisitesFirst() throws {
        let g = try PathwayGraph(pathways: ladder())
        #expect(g.topologicalOrder == ["beginner", "operator", "specialist"])
        #expect(g.dependencies(of: "operator") == ["beginner"])
        #expect(g.ladder(to: "operator") == ["beginner", "operator"])
    }

    @Test func nestedSubPathwayProgressIsReported() throws {
        let e = try PathwayEvaluator(pathways: ladder())
        // Holds a and c; the operator sub-pathway needs the beginner credential, which the learner lacks.
        let r = try e.progress(of: "specialist", credentials: [cred("1", "a", day: 1), cred("2", "c", day: 2), cred("3", "d", day: 3)],
                               at: Fixtures.day(100))
        #expect(!r.complete)
        let sub = try #require(r.root.children[0].subPathway)
        #expect(sub.pathwayId == "operator")
        #expect(sub.missing.map(\.stepId) == ["urn:beginner"])
        #expect(r.nextStep?.stepId == "urn:beginner")
        #expect(r.satisfiedBy["s-el"] == ["3"])
    }

    @Test func subPathwayCountsWhenItsAchievementIsHeldOrItIsComplete() throws {
        let e = try PathwayEvaluator(pathways: ladder())
        let viaCredential = try e.progress(of: "specialist", credentials: [cred("op", "urn:operator", day: 5), cred("3", "e", day: 6)],
                                           at: Fixtures.day(100))
        #expect(viaCredential.complete)
        #expect(viaCredential.components.map(\.id) == ["op", "3"])
        let viaNested = try e.progress(of: "specialist", credentials: [cred("b", "urn:beginner", day: 1), cred("2", "c", day: 2), cred("3", "e", day: 3)],
                                       at: Fixtures.day(100))
        #expect(viaNested.complete)
        #expect(viaNested.components.map(\.id) == ["b", "2", "3"])
    }

    @Test func cyclesAcrossPathwaysAreNamed() throws {
        let a = try pathway("A", awards: "urn:A", .allOf("a", [.achievement("urn:B"), .achievement("x")]))
        let b = try pathway("B", awards: "urn:B", .allOf("b", [.subPathway("C")]))
        let c = try pathway("C", awards: "urn:C", .nOf("c", 1, [.achievement("urn:A"), .achievement("y")]))
        let e = try #require(awardingError { () throws(AwardingError) in try PathwayGraph(pathways: [a, b, c]) })
        #expect(e.code == .pathwayCycle)
        #expect(e.reason.contains("A → B → C → A"))
        #expect(throws: AwardingError(.pathwayCycle, "")) { try PathwayEvaluator(pathways: [a, b, c]) }
    }

    @Test func aPathwayRequiringItsOwnAchievementIsACycle() throws {
        let p = try pathway("P", awards: "urn:P", .allOf("p", [.achievement("urn:P"), .achievement("x")]))
        #expect(throws: AwardingError(.pathwayCycle, "")) { try PathwayGraph(pathways: [p]) }
        let q = try pathway("Q", awards: "urn:Q", .subPathway("Q", id: "self"))
        #expect(throws: AwardingError(.pathwayCycle, "")) { try PathwayGraph(pathways: [q]) }
    }

    @Test func unknownAndDuplicatePathwaysAreRejected() throws {
        let p = try pathway("P", awards: "urn:P", .subPathway("missing"))
        #expect(throws: AwardingError(.unknownPathway, "")) { try PathwayGraph(pathways: [p]) }
        let q = try pathway("Q", awards: "urn:Q", .achievement("a"))
        #expect(throws: AwardingError(.invalidPathway, "")) { try PathwayGraph(pathways: [q, q]) }
        #expect(throws: AwardingError(.unknownPathway, "")) {
            try PathwayEvaluator(pathways: [q]).progress(of: "nope", credentials: [], at: Fixtures.t0)
        }
    }

    @Test func completedPathwayIssuesACredentialListingItsComponents() throws {
        let e = try PathwayEvaluator(pathways: ladder())
        let progress = try e.progress(of: "beginner", credentials: [cred("1", "a", day: 1), cred("2", "b", day: 2)], at: Fixtures.day(10))
        let award = try AwardedCredential.issue(for: progress, learnerId: "did:example:learner", credentialId: "urn:cred:b",
                                                issuerId: home, validity: ValidityPolicy(validFor: .years(3)), issuedAt: Fixtures.day(10))
        #expect(award.achievementId == "urn:beginner")
        #expect(award.components.map(\.id) == ["1", "2"])
        #expect(award.relatedResourceJSON.first?["digestSRI"] == "sha384-1")
        #expect(award.evidence.map(\.id) == ["1", "2"])
        #expect(award.validUntil == Period.years(3).added(to: Fixtures.day(10)))
        let incomplete = try e.progress(of: "beginner", credentials: [cred("1", "a", day: 1)], at: Fixtures.day(10))
        #expect(throws: AwardingError(.invalidPathway, "")) {
            try AwardedCredential.issue(for: incomplete, learnerId: "l", credentialId: "c", issuerId: home, validity: .noExpiry, issuedAt: Fixtures.day(10))
        }
        var noDigest = cred("2", "b", day: 2)
        noDigest.digest = nil
        let undigested = try e.progress(of: "beginner", credentials: [cred("1", "a", day: 1), noDigest], at: Fixtures.day(10))
        #expect(throws: AwardingError(.invalidPathway, "")) {
            try AwardedCredential.issue(for: undigested, learnerId: "l", credentialId: "c", issuerId: home, validity: .noExpiry, issuedAt: Fixtures.day(10))
        }
    }

    @Test func aVeryLongLadderIsOrderedWithoutExhaustingTheStack() throws {
        let n = 5_000
        let chain = try (0..<n).map { i in
            try pathway("p\(i)", awards: "urn:p\(i)", i == 0 ? .achievement("start") : .achievement("urn:p\(i - 1)"))
        }
        let g = try PathwayGraph(pathways: chain.reversed())
        #expect(g.topologicalOrder.first == "p0")
        #expect(g.topologicalOrder.last == "p\(n - 1)")
        #expect(g.ladder(to: "p2") == ["p0", "p1", "p2"])
    }

    @Test func subPathwaysNestAtMostTheLimit() throws {
        func chain(_ n: Int) throws -> [Pathway] {
            try (0..<n).map { i in try pathway("q\(i)", awards: "urn:q\(i)", i == 0 ? .achievement("start") : .subPathway("q\(i - 1)", id: "sub")) }
        }
        #expect(throws: AwardingError(.invalidPathway, "")) { try PathwayGraph(pathways: chain(PathwayGraph.maxSubPathwayDepth + 1)) }
        let e = try PathwayEvaluator(pathways: chain(PathwayGraph.maxSubPathwayDepth))
        let r = try e.progress(of: "q\(PathwayGraph.maxSubPathwayDepth - 1)", credentials: [cred("s", "start", day: 1)], at: Fixtures.day(5))
        #expect(r.complete)
        #expect(r.components.map(\.id) == ["s"])
    }
}
