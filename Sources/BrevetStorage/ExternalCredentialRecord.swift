import Foundation

/// A credential from another issuer that a learner presented for a pathway step, kept after Brevet
/// verified it.
public struct ExternalCredentialRecord: Sendable, Hashable {
    /// The credential's own id; with the organization, the key.
    public var id: String
    public var organizationID: String
    public var learner: String
    /// The credential's issuer id and `credentialSubject.achievement.id`.
    public var issuerID: String
    public var achievementID: String
    /// The credential exactly as presented.
    public var document: String
    /// Its digest as a VC 2.0 `digestSRI` (`sha384-...`) over `document`'s bytes.
    public var digest: String
    public var verifiedAt: Date

    public init(id: String, organizationID: String, learner: String, issuerID: String, achievementID: String,
                document: String, digest: String, verifiedAt: Date) {
        self.id = id
        self.organizationID = organizationID
        self.learner = learner
        self.issuerID = issuerID
        self.achievementID = achievementID
        self.document = document
        self.digest = digest
        self.verifiedAt = verifiedAt
    }
}
