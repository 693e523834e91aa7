import BrevetJSON
import BrevetStorage
import Foundation

/// Dates on whole milliseconds, the precision the store keeps.
func at(_ millis: Int) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }

/// An organization with an issuer, an achievement and a revocation and a suspension list: the
/// minimum a credential needs. Ids carry `tag` so two fixtures never collide.
struct Fixture: Sendable {
    let tag: String
    var organization: OrganizationRecord
    var issuer: IssuerRecord
    var achievement: AchievementRecord
    var revocationList: StatusListRecord
    var suspensionList: StatusListRecord

    var organizationID: String { organization.id }

    static func make(_ tag: String, in store: some StoreOperations) async throws -> Fixture {
        let organization = OrganizationRecord(id: "org-\(tag)", name: "Organization \(tag)", createdAt: at(1_700_000_000_000))
        try await store.createOrganization(organization)
        let issuer = IssuerRecord(
            id: "did:web:\(tag).example", organizationID: organization.id,
            profile: try JSONValue(parsing: #"{"id":"did:web:\#(tag).example","type":["Profile"],"name":"Issuer \#(tag)"}"#),
            verificationMethodID: "did:web:\(tag).example#key-1", keyReference: "keys/\(tag).jwk",
            defaultCryptosuite: "eddsa-rdfc-2022", createdAt: at(1_700_000_000_001))
        try await store.createIssuer(issuer)
        let achievement = AchievementRecord(
            id: "https://\(tag).example/achievements/1", organizationID: organization.id, issuerID: issuer.id,
            document: try JSONValue(parsing: #"{"type":["Achievement"],"name":"Welding \#(tag)","criteria":{"narrative":"Weld."}}"#),
            createdAt: at(1_700_000_000_002))
        try await store.createAchievement(achievement)
        let revocation = try await store.currentStatusList(
            organizationID: organization.id, issuerID: issuer.id, purpose: .revocation,
            newListID: "https://\(tag).example/status/r1", at: at(1_700_000_000_003))
        let suspension = try await store.currentStatusList(
            organizationID: organization.id, issuerID: issuer.id, purpose: .suspension,
            newListID: "https://\(tag).example/status/s1", at: at(1_700_000_000_004))
        return Fixture(
            tag: tag, organization: organization, issuer: issuer, achievement: achievement,
            revocationList: revocation, suspensionList: suspension)
    }

    /// A credential of this fixture numbered `n`, with status indices `n` (revocation) and
    /// `n + 1000` (suspension) unless given.
    func credential(
        _ n: Int, recipient: String = "did:example:alice", issuedAt: Date? = nil, validUntil: Date? = nil,
        revocationIndex: Int? = nil, suspensionIndex: Int? = nil
    ) -> CredentialRecord {
        CredentialRecord(
            id: "urn:uuid:\(tag)-credential-\(n)", organizationID: organization.id, issuerID: issuer.id,
            achievementID: achievement.id, recipient: recipient,
            document: "{\"id\": \"urn:uuid:\(tag)-credential-\(n)\",\n  \"proof\":{\"proofValue\":\"z\(n)\"}, \"name\":\"Caf\u{e9} \u{1F393}\"}",
            issuedAt: issuedAt ?? at(1_700_000_100_000 + n * 1000), validFrom: at(1_700_000_100_000),
            validUntil: validUntil,
            revocationListID: revocationList.id, revocationIndex: revocationIndex ?? n,
            suspensionListID: suspensionList.id, suspensionIndex: suspensionIndex ?? (n + 1000))
    }
}
