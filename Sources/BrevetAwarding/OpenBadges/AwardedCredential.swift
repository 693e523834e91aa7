import BrevetJSON
import Foundation

/// What the awarding rules hand to the credential builder when a credential is earned: subject,
/// achievement version, validity, OB 3.0 `result` and `evidence` entries, and for a pathway credential
/// its component credentials. Signing and the full `OpenBadgeCredential` are the core module's work.
public struct AwardedCredential: Sendable, Hashable {
    public var id: String
    public var learnerId: String
    public var issuerId: String
    public var achievementId: String
    /// The achievement version the credential was earned under.
    public var achievementVersion: Int
    /// VC 2.0 `validFrom`.
    public var validFrom: Date
    /// VC 2.0 `validUntil`, from the achievement's ``ValidityPolicy``.
    public var validUntil: Date?
    /// OB 3.0 `creditsEarned`.
    public var creditsEarned: Double?
    public var results: [ResultEntry]
    public var evidence: [EvidenceItem]
    /// Component credentials of a pathway credential (VC 2.0 `relatedResource`).
    public var components: [RelatedResource]
    /// The decision that earned it, for a credential earned by assessment.
    public var decisionId: String?
    /// The credential this one renews, for a renewal.
    public var replaces: String?

    /// OB 3.0 `credentialSubject.result` entries.
    public var resultJSON: [JSONValue] { results.map(\.json) }
    /// OB 3.0 `evidence` entries.
    public var evidenceJSON: [JSONValue] { evidence.map(\.json) }
    /// VC 2.0 `relatedResource` entries.
    public var relatedResourceJSON: [JSONValue] { components.map(\.json) }

    /// The member of the credential that records Brevet's award facts (version, renewal, decision).
    public static let extensionMember = "brevetAward"

    /// Members to add to `credentialSubject`: `result` entries and `creditsEarned`, when there are any.
    public var subjectMembers: JSONObject {
        var o = JSONObject()
        if !results.isEmpty { o["result"] = .array(resultJSON) }
        if let creditsEarned { o["creditsEarned"] = number(creditsEarned) }
        return o
    }

    /// Members to add to the credential: `evidence`, `relatedResource` for components, and
    /// ``extensionMember`` with `achievementVersion`, `replaces` and `assessmentDecision`.
    public var credentialMembers: JSONObject {
        var o = JSONObject()
        if !evidence.isEmpty { o["evidence"] = .array(evidenceJSON) }
        if !components.isEmpty { o["relatedResource"] = .array(relatedResourceJSON) }
        var b = JSONBuilder()
        b.set("type", "BrevetAward")
        b.set("achievementVersion", achievementVersion)
        b.set("replaces", replaces)
        b.set("assessmentDecision", decisionId)
        o[Self.extensionMember] = b.value
        return o
    }

    /// The credential as the awarding rules track it afterwards.
    public var held: HeldCredential {
        HeldCredential(id: id, achievementId: achievementId, achievementVersion: achievementVersion, issuerId: issuerId,
                       issuedAt: validFrom, validUntil: validUntil, credits: creditsEarned, replaces: replaces)
    }
}
