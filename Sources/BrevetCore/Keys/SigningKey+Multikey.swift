/// Secret keys as multibase (`secretKeyMultibase`, [Controlled Identifiers §2.2.2](https://www.w3.org/TR/cid-1.0/#Multikey)).
///
/// Headers: ed25519-priv 0x1300, p256-priv 0x1306, p384-priv 0x1307. The W3C eddsa vectors store a
/// 32-byte Ed25519 seed, the 1EdTech OB 3.0 vector seed ‖ public key (64 bytes); both are accepted.
extension SigningKey {
    /// Reads a `secretKeyMultibase` (or the older `privateKeyMultibase`) value.
    public init(secretKeyMultibase text: some StringProtocol) throws(CoreError) {
        let bytes = try Multibase.decode(text, expecting: .base58btc)
        let (codec, body) = try Multicodec.split(bytes)
        guard let algorithm = KeyAlgorithm.allCases.first(where: { $0.secretKeyCodec == codec }) else {
            throw CoreError(.unsupportedKeyType, "secret key header \(codec) is not an Ed25519, P-256 or P-384 secret key")
        }
        try self.init(algorithm: algorithm, secretBytes: body)
    }

    /// The secret key as `secretKeyMultibase` (the 32-byte seed for Ed25519).
    public var secretKeyMultibase: String {
        Multibase.encode(algorithm.secretKeyCodec.prefixing(secretBytes), .base58btc)
    }
}
