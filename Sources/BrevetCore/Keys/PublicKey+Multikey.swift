/// Multikey public keys ([Controlled Identifiers §2.2.2](https://www.w3.org/TR/cid-1.0/#Multikey)).
///
/// `publicKeyMultibase` is multibase base58btc of the multicodec header and the key:
/// "The encoding of an Ed25519 public key MUST start with the two-byte prefix 0xed01 ... followed by
/// the 32-byte public key data" (`z6Mk…`); "The encoding of a P-256 public key MUST start with the
/// two-byte prefix 0x8024 (the varint expression of 0x1200) followed by the 33-byte compressed public
/// key data" (`zDna…`); P-384 uses 0x8124 (0x1201) and 49 bytes (`z82L…`).
extension PublicKey {
    /// Reads a Multikey `publicKeyMultibase` value (`z6Mk…`, `zDna…`, `z82L…`).
    public init(publicKeyMultibase text: some StringProtocol) throws(CoreError) {
        try self.init(multikeyBytes: try Multibase.decode(text, expecting: .base58btc))
    }

    /// Reads the bytes a Multikey value decodes to: multicodec header ‖ key.
    init(multikeyBytes bytes: [UInt8]) throws(CoreError) {
        let (codec, body) = try Multicodec.split(bytes)
        guard let algorithm = KeyAlgorithm.allCases.first(where: { $0.publicKeyCodec == codec }) else {
            throw CoreError(
                .unsupportedKeyType,
                "Multikey header \(codec) is not an Ed25519, P-256 or P-384 public key")
        }
        guard body.count == algorithm.publicKeyLength else {
            let hint = algorithm == .ed25519 ? "" : " (Multikey requires the compressed point)"
            throw CoreError(
                .invalidKey,
                "a \(algorithm) Multikey holds \(algorithm.publicKeyLength) key bytes, not \(body.count)\(hint)")
        }
        try self.init(algorithm: algorithm, rawBytes: body)
    }

    /// The key as a Multikey `publicKeyMultibase` value.
    public var publicKeyMultibase: String {
        Multibase.encode(algorithm.publicKeyCodec.prefixing(rawBytes), .base58btc)
    }
}
