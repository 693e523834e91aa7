import BrevetAwarding
import BrevetJSON
import BrevetTestSupport
import Foundation
import Testing

@Suite struct HeldCredentialTests {
    @Test(arguments: ["fullOpenBadge.json", "achievementAlignmentCase.json", "basicOpenBadgeCredential.json", "skillAssertionCase.json"])
    func specExampleCredentialsAreRead(file: String) throws {
        let json = try SharedData.json("standards/examples/ob-v3p0/spec/\(file)")
        let c = try HeldCredential.from(credential: json, verified: false)
        #expect(c.id == json["id"]?.stringValue)
        #expect(c.achievementId == json["credentialSubject"]?["achievement"]?["id"]?.stringValue)
        #expect(c.issuerId == json["issuer"]?["id"]?.stringValue ?? json["issuer"]?.stringValue)
        #expect(c.credits == json["credentialSubject"]?["creditsEarned"]?.numberValue?.doubleValue)
        #expect((c.validUntil == nil) == (json["validUntil"] == nil))
        #expect(!c.verified)
    }

    @Test func awardedCredentialsReadBackWithTheirVersionAndRenewalLink() throws {
        let first = HeldCredential(id: "c1", achievementId: "urn:a", achievementVersion: 1, issuerId: "https://i",
                                   issuedAt: Fixtures.day(-700), validUntil: Fixtures.day(30), credits: 2)
        let renewal = try CredentialRenewal.renew(first, as: "c2", policy: RenewalPolicy(routes: [.reassessment]), validity: .init(validFor: .years(1)),
                                                  held: [], reassessments: [AttemptRecord(at: Fixtures.t0, passed: true)],
                                                  achievementVersion: 2, at: Fixtures.t0)
        let award = AwardedCredential.issue(for: renewal, learnerId: "did:example:l")
        var vc = JSONObject()
        vc["id"] = "c2"
        vc["issuer"] = ["id": "https://i", "type": ["Profile"]]
        vc["validFrom"] = .string(try #require(renewal.renewed.issuedAt.formatted(.iso8601)))
        vc["validUntil"] = .string(try #require(renewal.renewed.validUntil?.formatted(.iso8601)))
        var subject = award.subjectMembers
        subject["achievement"] = ["id": "urn:a"]
        vc["credentialSubject"] = .object(subject)
        for m in award.credentialMembers { vc[m.key] = m.value }
        let held = try HeldCredential.from(credential: .object(vc), verified: true, digest: .sri("sha384-x"))
        var expected = renewal.renewed
        expected.digest = .sri("sha384-x")
        #expect(held == expected)
        #expect(held.achievementVersion == 2)
        #expect(held.replaces == "c1")
    }

    @Test func missingFactsAreAClearError() {
        #expect(throws: AwardingError(.invalidJSON, "")) {
            try HeldCredential.from(credential: ["id": "c", "issuer": "i", "validFrom": "2025-01-01T00:00:00Z", "credentialSubject": [:]], verified: true)
        }
        #expect(throws: AwardingError(.invalidJSON, "")) {
            try HeldCredential.from(credential: ["id": "c", "issuer": "i", "validFrom": "soon",
                                                 "credentialSubject": ["achievement": ["id": "a"]]], verified: true)
        }
    }
}
