import Foundation

/// An issued credential: the signed document exactly as it was signed, plus the columns the
/// services query by and the credential's two status list entries.
public struct CredentialRecord: Sendable, Hashable {
    /// The credential's IRI; unique across all organizations.
    public var id: String
    public var organizationID: String
    public var issuerID: String
    public var achievementID: String
    /// The recipient identifier as issued: a hashed email identity (`sha256$...`) or a DID.
    public var recipient: String
    /// The signed credential, byte for byte as issued (never re-encoded: the proof covers it).
    public var document: String
    public var issuedAt: Date
    public var validFrom: Date
    public var validUntil: Date?
    /// The revocation status list (a ``StatusListRecord`` with purpose `.revocation`) and this
    /// credential's index in it; the pair is unique among all credentials.
    public var revocationListID: String
    public var revocationIndex: Int
    /// The suspension status list (purpose `.suspension`) and the index in it; the pair is unique.
    public var suspensionListID: String
    public var suspensionIndex: Int
    /// Set once, when the credential is revoked; revocation is permanent.
    public var revokedAt: Date?
    public var revocationReason: String?
    public var suspended: Bool
    /// When the credential was last suspended; kept after it is unsuspended.
    public var suspendedAt: Date?
    /// The id of the credential that replaces this one (a renewal or a correction).
    public var supersededBy: String?

    public init(
        id: String, organizationID: String, issuerID: String, achievementID: String,
        recipient: String, document: String, issuedAt: Date, validFrom: Date, validUntil: Date? = nil,
        revocationListID: String, revocationIndex: Int, suspensionListID: String, suspensionIndex: Int,
        revokedAt: Date? = nil, revocationReason: String? = nil, suspended: Bool = false,
        suspendedAt: Date? = nil, supersededBy: String? = nil
    ) {
        self.id = id
        self.organizationID = organizationID
        self.issuerID = issuerID
        self.achievementID = achievementID
        self.recipient = recipient
        self.document = document
        self.issuedAt = issuedAt
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.revocationListID = revocationListID
        self.revocationIndex = revocationIndex
        self.suspensionListID = suspensionListID
        self.suspensionIndex = suspensionIndex
        self.revokedAt = revokedAt
        self.revocationReason = revocationReason
        self.suspended = suspended
        self.suspendedAt = suspendedAt
        self.supersededBy = supersededBy
    }

    public var isRevoked: Bool { revokedAt != nil }
}
