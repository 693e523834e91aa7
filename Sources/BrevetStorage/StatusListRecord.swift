import Foundation

/// A status list of an issuer: the bookkeeping behind a `BitstringStatusListCredential`.
///
/// The bits are not stored here: they are derived from the credentials table (a credential's
/// revocation index is set while it is revoked, its suspension index while it is suspended), so a
/// list can never disagree with its credentials. ``version`` grows by one on every change of a bit,
/// so a cached signed status list credential can be told stale.
public struct StatusListRecord: Sendable, Hashable {
    /// The IRI of the status list credential; unique across all organizations.
    public var id: String
    public var organizationID: String
    public var issuerID: String
    public var purpose: StatusPurpose
    /// Number of entries (bits).
    /// [Bitstring Status List §6.1](https://www.w3.org/TR/vc-bitstring-status-list/#bitstring-generation-algorithm):
    /// the bitstring MUST be at least 16KB, that is ``minimumSize`` (131,072) entries, for herd privacy.
    public var size: Int
    /// Starts at 0; incremented on every change of a bit in the list.
    public var version: Int
    /// 1 for an issuer's first list of a purpose, then 2, 3, ... as lists fill up.
    public var sequence: Int
    public var createdAt: Date

    /// The smallest size the store accepts.
    public static let minimumSize = 131_072

    public init(
        id: String, organizationID: String, issuerID: String, purpose: StatusPurpose,
        size: Int = StatusListRecord.minimumSize, version: Int = 0, sequence: Int = 1, createdAt: Date
    ) {
        self.id = id
        self.organizationID = organizationID
        self.issuerID = issuerID
        self.purpose = purpose
        self.size = size
        self.version = version
        self.sequence = sequence
        self.createdAt = createdAt
    }
}
