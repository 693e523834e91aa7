import BrevetJSON
import BrevetStorage
import Foundation

/// Records of the awarding tables for a ``Fixture``'s organization; ids carry the fixture's tag
/// unless the test gives them.
extension Fixture {
    func framework(_ id: String, title: String = "Welding skills", createdAt: Date = at(1_700_000_001_000)) throws -> FrameworkRecord {
        FrameworkRecord(
            id: id, organizationID: organizationID, title: title, source: "case",
            document: try JSONValue(parsing: #"{"CFDocument":{"identifier":"\#(id)","title":"\#(title)"},"CFItems":[{"code":"W.1","n":1.50}]}"#),
            createdAt: createdAt)
    }

    func evidenceFile(_ content: [UInt8], sha256: String, name: String = "weld.jpg", mediaType: String = "image/jpeg") -> EvidenceFileRecord {
        EvidenceFileRecord(
            organizationID: organizationID, sha256: sha256, mediaType: mediaType, name: name, content: content,
            createdAt: at(1_700_000_002_000))
    }

    func submission(_ id: String, learner: String = "alice@example.org", achievementID: String? = nil) throws -> SubmissionRecord {
        SubmissionRecord(
            id: id, organizationID: organizationID, achievementID: achievementID ?? achievement.id, learner: learner,
            document: try JSONValue(parsing: #"{"text":"Caf\u00e9 \u2713","links":[],"files":[{"sha256":"\#(String(repeating: "a", count: 64))","size":3}]}"#),
            submittedAt: at(1_700_000_003_000))
    }

    func decision(
        _ id: String, learner: String = "alice@example.org", achievementID: String? = nil, passed: Bool = false,
        decidedAt: Date = at(1_700_000_004_000), submissionID: String? = nil, credentialID: String? = nil
    ) throws -> AssessmentDecisionRecord {
        AssessmentDecisionRecord(
            id: id, organizationID: organizationID, submissionID: submissionID,
            achievementID: achievementID ?? achievement.id, learner: learner, passed: passed, decidedAt: decidedAt,
            document: try JSONValue(parsing: #"{"assessor":"bob","rationale":"Even bead.","scores":[3,2.0,1e2]}"#),
            credentialID: credentialID)
    }

    func pathway(_ id: String, createdAt: Date = at(1_700_000_005_000)) throws -> PathwayRecord {
        PathwayRecord(
            id: id, organizationID: organizationID, issuerID: issuer.id, awardsAchievementID: achievement.id,
            document: try JSONValue(parsing: #"{"steps":[{"requires":["urn:x:1"]},{"anyOf":2}],"name":"Path"}"#),
            createdAt: createdAt)
    }

    func externalCredential(_ id: String, learner: String = "alice@example.org", verifiedAt: Date = at(1_700_000_006_000)) -> ExternalCredentialRecord {
        ExternalCredentialRecord(
            id: id, organizationID: organizationID, learner: learner, issuerID: "did:web:other.example",
            achievementID: "https://other.example/achievements/7",
            document: "{\"id\": \"\(id)\",\n  \"name\":\"Caf\u{e9} \u{1F393}\", \"proof\":{}}",
            digest: "sha384-\(id.count)", verifiedAt: verifiedAt)
    }
}

/// The text a document is stored and compared as.
func documentText(_ value: JSONValue) -> String { JSONWriter().string(value) }
