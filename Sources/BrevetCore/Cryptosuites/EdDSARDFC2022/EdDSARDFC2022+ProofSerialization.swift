extension EdDSARDFC2022 {
    /// [Proof Serialization (eddsa-rdfc-2022)](https://www.w3.org/TR/vc-di-eddsa/#proof-serialization-eddsa-rdfc-2022):
    /// Pure Ed25519 over `hashData`, 64 bytes.
    public func serializeProof(hashData: [UInt8], key: SigningKey) throws(CoreError) -> [UInt8] {
        try checkKey(key.algorithm)
        return try key.sign(hashData)
    }

    /// [Proof Verification (eddsa-rdfc-2022)](https://www.w3.org/TR/vc-di-eddsa/#proof-verification-eddsa-rdfc-2022).
    public func verifyProof(hashData: [UInt8], proofBytes: [UInt8], publicKey: PublicKey) -> Bool {
        publicKey.algorithm == .ed25519 && publicKey.verify(signature: proofBytes, for: hashData)
    }
}
