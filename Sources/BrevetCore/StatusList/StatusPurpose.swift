/// What a status list entry or a status list means by a set bit.
///
/// [§2.1 BitstringStatusListEntry](https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry):
/// statusPurpose "MUST be a string ... Values include `refresh`, `revocation`, `suspension` and
/// `message`" — the set is open, so other values are kept as they are and compared as strings.
public struct StatusPurpose: Sendable, Hashable, RawRepresentable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    /// A set status cancels the credential permanently.
    public static let revocation: StatusPurpose = "revocation"
    /// A set status holds the credential back for now; it can be cleared.
    public static let suspension: StatusPurpose = "suspension"
    /// The status selects one of the entry's `statusMessage` values.
    public static let message: StatusPurpose = "message"
    /// A set status says a newer version of the credential is available.
    public static let refresh: StatusPurpose = "refresh"

    /// True for the four purposes the specification names.
    public var isDefinedBySpecification: Bool {
        self == .revocation || self == .suspension || self == .message || self == .refresh
    }

    public var description: String { rawValue }
}
