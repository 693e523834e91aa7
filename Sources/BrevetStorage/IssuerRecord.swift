import BrevetJSON
import Foundation

/// An issuer: an organization's signing identity and its Open Badges 3.0 `Profile`.
///
/// The private key is not in the database: ``keyReference`` names the key file in the data
/// directory.
public struct IssuerRecord: Sendable, Hashable {
    /// The issuer's IRI (a `did:web` or `did:key`); unique across all organizations.
    public var id: String
    public var organizationID: String
    /// The OB 3.0 [Profile](https://www.imsglobal.org/spec/ob/v3p0/#profile), kept member for member.
    public var profile: JSONValue
    /// The `id` of the verification method that signs (`did:...#key-1`).
    public var verificationMethodID: String
    /// Names the private key file in the data directory.
    public var keyReference: String
    /// The cryptosuite used when none is asked for (`eddsa-rdfc-2022`, `eddsa-jcs-2022`, ...).
    public var defaultCryptosuite: String
    public var createdAt: Date

    public init(
        id: String, organizationID: String, profile: JSONValue, verificationMethodID: String,
        keyReference: String, defaultCryptosuite: String, createdAt: Date
    ) {
        self.id = id
        self.organizationID = organizationID
        self.profile = profile
        self.verificationMethodID = verificationMethodID
        self.keyReference = keyReference
        self.defaultCryptosuite = defaultCryptosuite
        self.createdAt = createdAt
    }
}
