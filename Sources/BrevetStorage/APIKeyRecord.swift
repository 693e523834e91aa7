import Foundation

/// An API key of an organization. The secret itself is never stored: only its SHA-256 hash, so a
/// leaked database does not leak usable keys.
public struct APIKeyRecord: Sendable, Hashable {
    /// Chosen by the caller; unique.
    public var id: String
    public var organizationID: String
    /// A label people gave the key ("CI", "registrar's office").
    public var name: String
    /// Lowercase hex of SHA-256 over the secret's UTF-8 bytes; unique across all organizations.
    public var secretHash: String
    /// The first characters of the secret, shown to people so they can tell keys apart.
    public var prefix: String
    public var createdAt: Date
    /// When the key was revoked; a revoked key no longer authenticates.
    public var revokedAt: Date?

    public init(
        id: String, organizationID: String, name: String, secretHash: String, prefix: String,
        createdAt: Date, revokedAt: Date? = nil
    ) {
        self.id = id
        self.organizationID = organizationID
        self.name = name
        self.secretHash = secretHash
        self.prefix = prefix
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }

    public var isRevoked: Bool { revokedAt != nil }
}
