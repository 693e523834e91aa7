/// What the bits of a status list mean.
///
/// [Bitstring Status List §2.1](https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry):
/// `statusPurpose` "revocation" is permanent; "suspension" can be undone.
public enum StatusPurpose: String, Sendable, Hashable, CaseIterable {
    case revocation
    case suspension
}
